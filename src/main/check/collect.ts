// Expands the paths given on the command line: files as given, folders recursively.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReportFileName } from '../../shared/formats';

/**
 * Files named explicitly (whatever their extension) come in the order given; a folder contributes its report files in
 * name order, recursively. A path that does not exist is kept, so it gets its own error entry.
 */
export const collectInputs = async (paths: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && isReportFileName(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
};
