// Table 二 of a 2021 report whose first part kept the 2019 headers (本年新制作数量, 本年新公开数量,
// 对外公开总数量) while 许可/处罚/收费 use 2021's: the first part's numbers go to the 2019 columns,
// never to 本年制发/本年废止/现行有效 (本年新公开 read as 本年废止 would be a misread cell).
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const base = buildReportText({ year: 2021 });

const withTable2 = (table: string[]): string => {
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('三、收到和处理');
  return `${base.slice(0, start)}${table.join('\n')}\n\n${base.slice(end)}`;
};

const rest = [
  '第二十条第(五)项 | ||||',
  '信息内容 | 本年处理决定数量 | |||',
  '行政许可 | 7 | |||',
  '第二十条第(六)项 | ||||',
  '信息内容 | 本年处理决定数量 | |||',
  '行政处罚 | 2 | |||',
  '行政强制 | 0 | |||',
  '第二十条第(八)项 | ||||',
  '信息内容 | 本年收费金额(单位:万元) | |||',
  '行政事业性收费 | 1.5 |',
];

const value = (doc: ReturnType<typeof parseReport>, path: string) => doc.report.cells[path]?.value;

describe('table 二 with the 2019 headers over its first part only', () => {
  it('puts 规章 and 规范性文件 in the 2019 columns, the other rows in 2021’s', () => {
    const doc = parseReport(
      withTable2([
        '第二十条第(一)项 | ||||',
        '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |',
        '规章 | 1 | 2 | 3 | |',
        '规范性文件 | 4 | 5 | 9 | |',
        ...rest,
      ]),
    );
    expect(value(doc, 'active/regulations/made')).toBe(1);
    expect(value(doc, 'active/regulations/published')).toBe(2);
    expect(value(doc, 'active/normativeDocs/publicTotal')).toBe(9);
    // Never as 2021's columns.
    expect(doc.report.cells['active/regulations/repealed']).toBeUndefined();
    expect(doc.report.cells['active/normativeDocs/valid']).toBeUndefined();
    expect(value(doc, 'active/licensing/decisions')).toBe(7);
    expect(value(doc, 'active/punishment/decisions')).toBe(2);
    expect(value(doc, 'active/fees/amount')).toBe(1.5);
  });

  it('also when the web copy cut the headers to "本年新 | 本年新 | 对外公开总数量"', () => {
    const doc = parseReport(
      withTable2([
        '第二十条第(一)项 | ||||',
        '信息内容 | 本年新 | 本年新 | 对外公开总数量 | |',
        '规章 | 1 | 2 | 3 | |',
        '规范性文件 | 4 | 5 | 9 | |',
        ...rest,
      ]),
    );
    expect(value(doc, 'active/normativeDocs/published')).toBe(5);
    expect(doc.report.cells['active/normativeDocs/repealed']).toBeUndefined();
  });

  it('keeps the 2021 columns when the first part has the 2021 headers', () => {
    const doc = parseReport(
      withTable2([
        '第二十条第(一)项 | ||||',
        '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | |',
        '规章 | 1 | 2 | 3 | |',
        '行政规范性文件 | 4 | 5 | 9 | |',
        ...rest,
      ]),
    );
    expect(value(doc, 'active/regulations/repealed')).toBe(2);
    expect(value(doc, 'active/normativeDocs/valid')).toBe(9);
    expect(doc.report.cells['active/regulations/published']).toBeUndefined();
  });
});
