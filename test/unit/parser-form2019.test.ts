import { describe, expect, it } from 'vitest';
import { describeCell } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

/** Table 二 as the 2019 form (国办公开办函〔2019〕60号) has it, tab-separated like a Word table. */
const TABLE_2019 = [
  '第二十条第（一）项',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t89\t89\t89',
  '第二十条第（五）项',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t396\t0\t181',
  '其他对外管理服务事项\t10\t0\t153',
  '第二十条第（六）项',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政处罚\t2648\t-18\t430',
  '行政强制\t126\t0\t25',
  '第二十条第（八）项',
  '信息内容\t上一年项目数量\t本年增/减\t',
  '行政事业性收费\t35\t-15\t',
  '第二十条第（九）项',
  '信息内容\t采购项目数量\t采购总金额\t',
  '政府集中采购\t1357\t5394432.52元\t',
].join('\n');

const report2019 = (): string => {
  const text = buildReportText({ year: 2019 });
  const start = text.indexOf('第二十条第（一）项');
  const end = text.indexOf('三、收到和处理政府信息公开申请情况');
  return `${text.slice(0, start)}${TABLE_2019}\n${text.slice(end)}`;
};

describe('the 2019 form is read as the 2019 form', () => {
  it('reads table 二 with the 2019 rows and columns, and says formatVersion 2019', () => {
    const doc = parseReport(report2019());
    const v = (p: string) => doc.report.cells[p]?.value;
    expect(doc.report.formatVersion).toBe('2019');
    expect(v('active/normativeDocs/made')).toBe(89);
    expect(v('active/licensing/lastYearItems')).toBe(396);
    expect(v('active/licensing/decisions')).toBe(181);
    expect(v('active/otherServices/decisions')).toBe(153);
    expect(v('active/punishment/change')).toBe(-18);
    expect(v('active/fees/change')).toBe(-15);
    expect(v('active/procurement/items')).toBe(1357);
    expect(v('active/procurement/amount')).toBe(5394432.52);
    // No 2021 cell of table 二 is invented, and nothing is reported as extra.
    expect(doc.report.cells['active/regulations/issued']).toBeUndefined();
    expect(doc.diagnostics.filter((d) => 'table' in d && d.table === 'active')).toEqual([]);
    // Table 三 and 四 are still read.
    expect(v('requests/1/total')).toBe(0);
  });

  it('names the 2019 cells by that form', () => {
    expect(describeCell('active/licensing/change')).toBe('表二「行政许可」本年增/减');
    expect(describeCell('active/procurement/amount')).toBe('表二「政府集中采购」采购总金额');
  });

  it('keeps reading a 2021 table 二 with the 2021 form', () => {
    const doc = parseReport(buildReportText());
    expect(doc.report.cells['active/regulations/issued']).toBeDefined();
    expect(doc.report.cells['active/licensing/change']).toBeUndefined();
  });
});
