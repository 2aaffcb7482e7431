// Reports of one county for the roll-up flows: three consistent ones of 2024, one whose table
// 三 has a 勾稽 error, one without table 四 (left out), and last year's report of one agency.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportText, consistentCells, type CellValues } from '../../support/report-builder';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-rollup-'));

const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

export const county: Array<{ agency: string; cells: CellValues }> = [
  { agency: '某县司法局', cells: consistentCells(21) },
  { agency: '某县财政局', cells: { ...consistentCells(22), 'requests/1/natural': 400 } },
  { agency: '某县教育局', cells: consistentCells(23) },
];
// 财政局's 一、本年新收 自然人 far above its peers, with its row total and the balance kept.
{
  const c = county[1]!.cells;
  const extra = 400 - Number(consistentCells(22)['requests/1/natural']);
  c['requests/1/total'] = Number(c['requests/1/total']) + extra;
  c['requests/3.1/natural'] = Number(c['requests/3.1/natural']) + extra;
  c['requests/3.1/total'] = Number(c['requests/3.1/total']) + extra;
  c['requests/3.7/natural'] = Number(c['requests/3.7/natural']) + extra;
  c['requests/3.7/total'] = Number(c['requests/3.7/total']) + extra;
}

/** 住建局: 一、本年新收 总计 printed 5 too high — a 勾稽 error the roll-up carries. */
export const broken = (() => {
  const cells = consistentCells(24);
  cells['requests/1/total'] = Number(cells['requests/1/total']) + 5;
  return { agency: '某县住建局', cells };
})();

export const rollupFiles = [
  ...county.map((c) =>
    write(`${c.agency}2024.txt`, buildReportText({ agency: c.agency, year: 2024, cells: c.cells })),
  ),
  write(
    `${broken.agency}2024.txt`,
    buildReportText({ agency: broken.agency, year: 2024, cells: broken.cells }),
  ),
  write('某县水利局2024.txt', buildReportText({ agency: '某县水利局', year: 2024, omit: ['4'] })),
  write(
    '某县司法局2023.txt',
    buildReportText({ agency: '某县司法局', year: 2023, cells: consistentCells(9) }),
  ),
];
