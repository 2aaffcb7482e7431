// Files the UI specs import: the five real samples, and a few made for a purpose (an unreadable
// file, a report with one misread cell, a report with hundreds of findings) in a temp folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportText, consistentCells } from '../../support/report-builder';

const samplesDir = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');

/** The five real reports, UTF-8 text form. */
export const samples = [
  '000_a5e6e1e0a8da6139.txt',
  '001_f5110ba79a44df9c.txt',
  '002_73996fd1531b3677.txt',
  '003_bd471127bf420aa0.txt',
  '004_e6a1a50ddf61be61.txt',
].map((f) => join(samplesDir, f));

const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-'));

/** Bytes that are no report at all: the import must show a Chinese message, not crash. */
export const brokenFile = join(dir, '损坏的文件.txt');
writeFileSync(
  brokenFile,
  Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 1, 2, 3, 0, 0, 0, 9]),
);

/**
 * A consistent report whose 表三「三、（一）予以公开」总计 is printed 10 too high, as a misread
 * figure would be: the arithmetic rules flag that cell, and correcting it clears them.
 */
export const misread = (() => {
  const cells = consistentCells(7);
  const path = 'requests/3.1/total';
  const right = Number(cells[path]);
  cells[path] = right + 10;
  const file = join(dir, '误读单元格的报告.txt');
  writeFileSync(file, buildReportText({ agency: '某县自然资源局', year: 2024, cells }));
  return { file, path, right, printed: right + 10 };
})();

/**
 * Every figure of 表三 written with its unit ("3件") and table 四's totals off by one, as a badly
 * filled form would be: one finding per cell, hundreds in all.
 */
export const crowded = (() => {
  const cells = consistentCells(11);
  for (const key of Object.keys(cells)) {
    if (key.startsWith('requests/')) cells[key] = `${cells[key]}件`;
    if (key.startsWith('review/') && key.endsWith('/total')) cells[key] = Number(cells[key]) + 1;
  }
  const file = join(dir, '问题很多的报告.txt');
  writeFileSync(file, buildReportText({ agency: '某区市场监督管理局', year: 2024, cells }));
  return { file };
})();
