// Table 二 copied from a web page one cell a line, its empty cells dropped: a row whose cells were
// all left empty shows as its label directly followed by the next label ("行政规范性文件" then
// "第二十条第（五）项"). The row is there, blank — not missing.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText } from '../support/report-builder';

const base = buildReportText({});

/** The report with table 二 replaced by `cells`, one a line. */
const withTable2 = (cells: string[]): string => {
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('三、收到和处理');
  return `${base.slice(0, start)}${cells.join('\n')}\n\n${base.slice(end)}`;
};

const table = (normativeDocs: string[], coercion: string[], fees: string[]): string[] => [
  '第二十条第(一)项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '规章',
  '0',
  '0',
  '0',
  '行政规范性文件',
  ...normativeDocs,
  '第二十条第(五)项',
  '信息内容',
  '本年处理决定数量',
  '行政许可',
  '356',
  '第二十条第(六)项',
  '信息内容',
  '本年处理决定数量',
  '行政处罚',
  '42',
  '行政强制',
  ...coercion,
  '第二十条第(八)项',
  '信息内容',
  '本年收费金额(单位:万元)',
  '行政事业性收费',
  ...fees,
];

const cell = (doc: ReturnType<typeof parseReport>, path: string) => doc.report.cells[path];
const rowMissing = (doc: ReturnType<typeof parseReport>) =>
  doc.diagnostics.filter((d) => d.kind === 'row-missing' && d.table === 'active');

describe('a blank row between two labels, one cell a line', () => {
  it('reads the rows with no numbers as blank and every other row as written', () => {
    const doc = parseReport(withTable2(table([], [], ['12.5'])));
    expect(rowMissing(doc)).toEqual([]);
    expect(cell(doc, 'active/normativeDocs/issued')?.value).toBeNull();
    expect(cell(doc, 'active/coercion/decisions')?.value).toBeNull();
    expect(cell(doc, 'active/regulations/valid')?.value).toBe(0);
    expect(cell(doc, 'active/licensing/decisions')?.value).toBe(356);
    expect(cell(doc, 'active/punishment/decisions')?.value).toBe(42);
    expect(cell(doc, 'active/fees/amount')?.value).toBe(12.5);
    const findings = runRules(doc, allRules).filter((f) => f.message.includes('表二'));
    expect(findings.map((f) => f.ruleId)).toEqual(['table.cell-blank']);
    expect(findings[0]!.message).toContain('「行政规范性文件」一行 3 格均为空白');
    expect(findings[0]!.message).toContain('「行政强制」本年处理决定数量为空白');
  });

  it('changes nothing when every row has its numbers', () => {
    const doc = parseReport(withTable2(table(['2', '1', '9'], ['0'], ['0'])));
    expect(rowMissing(doc)).toEqual([]);
    expect(cell(doc, 'active/normativeDocs/valid')?.value).toBe(9);
    expect(cell(doc, 'active/coercion/decisions')?.value).toBe(0);
  });

  it('leaves a lone label at the end of the text missing (the copy may stop there)', () => {
    const doc = parseReport(withTable2(table([], [], [])));
    expect(rowMissing(doc).map((d) => ('row' in d ? d.row : null))).toContain('fees');
  });
});
