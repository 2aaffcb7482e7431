// Expands the paths given on the command line: files as given, folders recursively.
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isReportFileName } from '../../shared/formats';
import { decodeNameBytes, locateFile, shownPath } from '../extract/file-name';
import { groupPageImages } from '../extract/ocr/page-group';

/**
 * Files named explicitly (whatever their extension) come in the order given; a folder contributes its report files in
 * name order, recursively. A path that does not exist is kept, so it gets its own error entry.
 * Page images of one report become one input (the rule is in extract/ocr/page-group.ts).
 */
export const collectInputs = async (paths: readonly string[]): Promise<string[]> => {
  const out: string[] = [];
  const walked = new Set<string>();
  // Names are read as bytes and shown decoded (GBK names of a Windows zip included); reading
  // a file finds its bytes again from that name (extract/file-name.ts).
  const walk = async (dir: string): Promise<void> => {
    walked.add(dirname(join(dir, 'x')));
    const entries = (
      await readdir(locateFile(dir).path, { withFileTypes: true, encoding: 'buffer' })
    )
      .map((e) => ({ e, name: decodeNameBytes(e.name) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const { e, name } of entries) {
      const full = join(dir, name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && isReportFileName(name)) out.push(full);
    }
  };
  for (const p of paths) {
    const info = await stat(locateFile(p).path).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else out.push(shownPath(p));
  }
  return groupPageImages(out, walked);
};
