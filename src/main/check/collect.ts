// Expands the paths given on the command line: files as given, folders recursively.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Extensions picked up inside folders (a file named explicitly is always taken). */
export const REPORT_EXTENSIONS = [
  '.txt',
  '.docx',
  '.pdf',
  '.doc',
  '.wps',
  '.rtf',
  '.odt',
  // Scans: each image is one report (read with OCR).
  '.jpg',
  '.jpeg',
  '.png',
  '.tif',
  '.tiff',
];

const isReportName = (name: string): boolean =>
  !name.startsWith('.') &&
  !name.startsWith('~$') &&
  REPORT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

/**
 * Files named explicitly come in the order given; a folder contributes its report files in
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
      else if (e.isFile() && isReportName(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
};
