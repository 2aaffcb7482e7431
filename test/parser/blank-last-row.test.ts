// A web table's last row written as its label and one cell border ("行政事业性收费 |") with
// nothing after it: the row is there with its cells left empty, not missing.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const base = buildReportText({});

/** The report with table 二 replaced by `table` (the lines between heading 二 and heading 三). */
const withTable2 = (table: string[]): string => {
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('三、收到和处理');
  return `${base.slice(0, start)}${table.join('\n')}\n\n${base.slice(end)}`;
};

const head = [
  '第二十条第(一)项 | |||',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '规章 | 1 | 0 | 4 |',
  '行政规范性文件 | 3 | 1 | 12 |',
  '第二十条第(五)项 | |||',
  '信息内容 | 本年处理决定数量 | ||',
  '行政许可 | 7 | ||',
  '第二十条第(六)项 | |||',
  '信息内容 | 本年处理决定数量 | ||',
  '行政处罚 | 2 | ||',
  '行政强制 | 0 | ||',
  '第二十条第(八)项 | |||',
  '信息内容 | 本年收费金额(单位:万元) | ||',
];

const rowMissing = (doc: ReturnType<typeof parseReport>, row: string) =>
  doc.diagnostics.some(
    (d) => d.kind === 'row-missing' && d.table === 'active' && 'row' in d && d.row === row,
  );

describe('the last row of a table with its cells left empty', () => {
  it('reads "行政事业性收费 |" at the table\'s end as a blank row', () => {
    const doc = parseReport(withTable2([...head, '行政事业性收费 |']));
    expect(rowMissing(doc, 'fees')).toBe(false);
    const fee = doc.report.cells['active/fees/amount'];
    expect(fee).toBeDefined();
    expect(fee?.value).toBeNull();
    // The rows above keep their numbers.
    expect(doc.report.cells['active/normativeDocs/valid']?.value).toBe(12);
    expect(doc.report.cells['active/punishment/decisions']?.value).toBe(2);
  });

  it('still takes the number of a row written one cell per line ("行政事业性收费 |", "5 |")', () => {
    const doc = parseReport(withTable2([...head, '行政事业性收费 |', '5 |']));
    expect(doc.report.cells['active/fees/amount']?.value).toBe(5);
  });

  it("a label without a border at the table's end is still no row (nothing says a cell is there)", () => {
    const doc = parseReport(withTable2([...head, '行政事业性收费']));
    expect(rowMissing(doc, 'fees')).toBe(true);
  });
});
