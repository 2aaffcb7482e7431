// Some agencies publish the form with its filling notes left in the row labels:
// "其他对外管理服务事项（指行政许可以外的事项，含行政处罚、行政强制等）". A note that names
// other rows of the table must not make the row it belongs to be read as one of them: that
// would put one row's numbers in another row's cells (a misread) and lose the real row.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText, consistentCells } from '../support/report-builder';

const value = (doc: ReturnType<typeof parseReport>, path: string) => doc.report.cells[path]?.value;

describe('row labels carrying the form’s bracketed notes', () => {
  it('reads a 2021 table 二 whose 行政许可 label notes that it excludes 处罚 and 强制', () => {
    const cells = {
      ...consistentCells(5),
      'active/licensing/decisions': 41,
      'active/punishment/decisions': 7,
      'active/coercion/decisions': 2,
    };
    const text = buildReportText({ cells }).replace(
      /^行政许可\t/m,
      '行政许可（本机关作出的许可决定，行政处罚、行政强制决定另行统计）\t',
    );
    const doc = parseReport(text);
    expect(value(doc, 'active/licensing/decisions')).toBe(41);
    expect(value(doc, 'active/punishment/decisions')).toBe(7);
    expect(value(doc, 'active/coercion/decisions')).toBe(2);
  });

  it('reads a 2019 table 二 whose rows carry long notes, one note naming 处罚 and 强制', () => {
    const table = [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章（设区的市级以上人民政府填写）\t0\t0\t0',
      '规范性文件（以“规定”“办法”等为题的公文一般属于规范性文件）\t12\t12\t40',
      '第二十条第（五）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t30\t2\t515',
      '其他对外管理服务事项（指许可以外的事项，包括行政确认、行政处罚、行政强制等）\t9\t-1\t60',
      '第二十条第（六）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政处罚\t14\t0\t33',
      '行政强制\t3\t0\t4',
    ].join('\n');
    const text = `某街道办事处2020年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度依法公开政府信息。\n\n二、主动公开政府信息情况\n\n${table}\n`;
    const doc = parseReport(text);
    expect(doc.report.formatVersion).toBe('2019');
    const read = (row: string) =>
      ['lastYearItems', 'change', 'decisions'].map((c) => value(doc, `active/${row}/${c}`));
    expect(read('otherServices')).toEqual([9, -1, 60]);
    expect(read('punishment')).toEqual([14, 0, 33]);
    expect(read('coercion')).toEqual([3, 0, 4]);
    expect(value(doc, 'active/normativeDocs/publicTotal')).toBe(40);
  });

  it('still reads a label whose words an OCR slip left inside an unclosed bracket', () => {
    const text = buildReportText({ cells: consistentCells(8) }).replace(
      '\t(三) 不予公开\t1. 属于国家秘密',
      '\t(三不予公开\t1. 属于国家秘密',
    );
    const doc = parseReport(text);
    const expected = consistentCells(8)['requests/3.3.1/total'];
    expect(value(doc, 'requests/3.3.1/total')).toBe(expected);
  });
});
