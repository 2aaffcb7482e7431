// Roll-up inputs made from generated report texts, parsed by the real parser.
import { parseReport } from '../../src/shared/parser';
import type { RollupInput } from '../../src/shared/rollup';
import type { CellOverride } from '../../src/shared/review/corrections';
import { buildReportText, consistentCells, type CellValues } from '../support/report-builder';

export const input = (
  id: string,
  agency: string,
  cells: CellValues,
  more: { corrections?: CellOverride[]; text?: (t: string) => string; year?: number } = {},
): RollupInput => {
  const text = buildReportText({ agency, year: more.year ?? 2024, cells });
  return {
    id,
    agency,
    year: more.year ?? 2024,
    version: 1,
    doc: parseReport(more.text ? more.text(text) : text),
    corrections: more.corrections ?? [],
  };
};

export const AGENCIES = ['某县司法局', '某县财政局', '某县教育局', '某县卫健委', '某县民政局'];

/** Five consistent reports, seeds 11…15. */
export const fiveAgencies = (): Array<{ agency: string; cells: CellValues }> =>
  AGENCIES.map((agency, i) => ({ agency, cells: consistentCells(11 + i) }));

/** Turns a 2021 report text into one keeping the 2019 single row （六）其他处理. */
export const to2019Row = (text: string, values: readonly number[]): string =>
  text
    .replace(/^\t\(六\) 其他处理\t1\..*$/m, `\t(六) 其他处理\t${values.join('\t')}`)
    .replace(/^\t\t2\. 申请人逾期未按.*\n/m, '')
    .replace(/^\t\t3\. 其他\t.*\n/m, '');
