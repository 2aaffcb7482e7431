import { describe, expect, it } from 'vitest';
import { allCellPaths } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { buildReportText, consistentCells } from '../support/report-builder';
import { flattenLikePdf } from '../support/pdf-like';

const expectCells = (text: string, cells: Record<string, number | string | null>): void => {
  const doc = parseReport(text);
  expect(doc.diagnostics).toEqual([]);
  for (const path of allCellPaths) {
    const cell = doc.report.cells[path]!;
    expect(cell.value, path).toBe(cells[path] ?? 0);
    expect(doc.report.text.slice(cell.span![0], cell.span![1]), path).toBe(
      String(cells[path] ?? 0),
    );
  }
};

describe('parser on generated reports with non-zero tables', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    it(`reads every cell of a Word-style report exactly (seed ${seed})`, () => {
      const cells = consistentCells(seed);
      expectCells(buildReportText({ cells }), cells);
    });
    it(`reads every cell of a PDF-style flattened report exactly (seed ${seed})`, () => {
      const cells = consistentCells(seed);
      expectCells(flattenLikePdf(buildReportText({ cells })), cells);
    });
  }

  it('keeps a blank cell as null, never 0, and places the other numbers in their columns', () => {
    const cells = consistentCells(7);
    const text = buildReportText({
      cells: { ...cells, 'requests/3.1/natural': null, 'active/regulations/issued': '/' },
    });
    const doc = parseReport(text);
    expect(doc.report.cells['requests/3.1/natural']!.value).toBeNull();
    expect(doc.report.cells['requests/3.1/total']!.value).toBe(cells['requests/3.1/total']);
    expect(doc.report.cells['requests/3.1/commercial']!.value).toBe(
      cells['requests/3.1/commercial'],
    );
    expect(doc.report.cells['active/regulations/issued']).toMatchObject({ value: null, raw: '/' });
    expect(doc.report.cells['active/regulations/repealed']!.value).toBe(
      cells['active/regulations/repealed'],
    );
  });

  it('reports a row it cannot place instead of guessing', () => {
    const cells = consistentCells(9);
    // Two numbers missing in the middle of nowhere: the columns cannot be known.
    const text = buildReportText({ cells }).replace(
      /^(一、本年新收政府信息公开申请数量)\t.*$/m,
      '$1\t5\t9',
    );
    const doc = parseReport(text);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'row-unaligned', table: 'requests', row: '1' }),
    );
    expect(doc.report.cells['requests/1/natural']!.value).toBeNull();
    expect(doc.report.cells['requests/1/total']!.value).toBeNull();
  });

  it('names a row whose label is missing', () => {
    const text = buildReportText().replace(/^.*属于行政查询事项.*$/m, '');
    const doc = parseReport(text);
    expect(doc.diagnostics).toContainEqual({
      kind: 'row-missing',
      table: 'requests',
      row: '3.3.8',
    });
    expect(doc.report.cells['requests/3.3.8/natural']).toEqual({
      value: null,
      raw: '',
      span: null,
    });
  });

  it('reports a table that is not there, and every cell is still present', () => {
    const doc = parseReport(buildReportText({ omit: ['4'] }));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'table-missing', table: 'review' }),
    );
    expect(Object.keys(doc.report.cells)).toHaveLength(200);
  });

  it('reads the 2019 single row （六）其他处理 as 3.6 and detects the trial format', () => {
    const text = buildReportText()
      .replace(/^\t\(六\) 其他处理\t1\..*$/m, '\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0')
      .replace(/^\t\t2\. 申请人逾期未按.*\n/m, '')
      .replace(/^\t\t3\. 其他\t.*\n/m, '');
    const doc = parseReport(text);
    expect(doc.report.cells['requests/3.6/total']!.value).toBe(0);
    expect(doc.report.cells['requests/3.6.1/total']).toBeUndefined();
    expect(doc.report.formatVersion).toBe('2019');
  });
});

describe('parser never throws', () => {
  it('survives garbage, empty text and fragments of real reports', () => {
    const real = buildReportText({ cells: consistentCells(3) });
    let s = 12345;
    const rnd = (n: number) => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n;
    const inputs = [
      '',
      '\n\n\n',
      '\t\t\t',
      '一、',
      '三、收到和处理政府信息公开申请情况\n0 0 0',
      '(七) 总计\t1\t2',
    ];
    for (let i = 0; i < 200; i++) {
      const a = rnd(real.length);
      const b = a + rnd(real.length - a);
      const junk = Array.from({ length: rnd(50) }, () => String.fromCharCode(rnd(0x9fff))).join('');
      inputs.push(real.slice(a, b) + junk + real.slice(0, rnd(200)));
    }
    for (const input of inputs) {
      const doc = parseReport(input);
      expect(Object.keys(doc.report.cells).length).toBeGreaterThanOrEqual(200 - 21);
    }
  });
});

describe('placing blanks and words in number cells', () => {
  const row = (line: string) => buildReportText().replace(/^\t\(二\) 部分公开.*$/m, line);

  it('takes a blank from its tab position when only one reading fits', () => {
    const doc = parseReport(buildReportText().replace(/^规章\t.*$/m, '规章\t\t1\t25'));
    expect(doc.report.cells['active/regulations/issued']).toMatchObject({ value: null });
    expect(doc.report.cells['active/regulations/repealed']!.value).toBe(1);
    expect(doc.report.cells['active/regulations/valid']!.value).toBe(25);
  });

  it('does not guess where the blank of a space-separated row is', () => {
    const doc = parseReport(
      flattenLikePdf(buildReportText()).replace(
        /^三、本年度办理结果\(一\) 予以公开.*$/m,
        '三、本年度办理结果(一) 予以公开 4 17 0 7 0 28',
      ),
    );
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'row-unaligned', row: '3.1' }),
    );
    expect(doc.report.cells['requests/3.1/commercial']!.value).toBeNull();
  });

  it('does not guess between a blank first column and a blank total', () => {
    const doc = parseReport(row('\t(二) 部分公开\t\t0\t0\t0\t0\t0\t0\t'));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ kind: 'row-unaligned', row: '3.2' }),
    );
    expect(doc.report.cells['requests/3.2/total']!.value).toBeNull();
  });

  it('reads a row left blank in a Word table as blank cells, not as a missing row', () => {
    const doc = parseReport(row('\t(二) 部分公开\t\t\t\t\t\t\t'));
    expect(doc.diagnostics).toEqual([]);
    expect(doc.report.cells['requests/3.2/natural']).toEqual({ value: null, raw: '', span: null });
    expect(doc.report.cells['requests/3.3.1/natural']!.value).toBe(0);
  });

  it('keeps words in a number cell as an unread cell with its text', () => {
    const doc = parseReport(buildReportText().replace(/^行政许可\t.*$/m, '行政许可\t十二'));
    expect(doc.report.cells['active/licensing/decisions']).toMatchObject({
      value: null,
      raw: '十二',
    });
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads table 四 written as three rows of five', () => {
    const text = buildReportText().replace(
      /^0(\t0){14}$/m,
      '行政复议\t1\t0\t0\t0\t1\n未经复议直接起诉\t0\t1\t0\t0\t1\n复议后起诉\t0\t0\t0\t2\t2',
    );
    const doc = parseReport(text);
    expect(doc.report.cells['review/reconsideration/upheld']!.value).toBe(1);
    expect(doc.report.cells['review/litigationDirect/corrected']!.value).toBe(1);
    expect(doc.report.cells['review/litigationAfterReconsideration/total']!.value).toBe(2);
  });
});

describe('（六） group label wrapped inside the label of its first sub-row', () => {
  it('gives the numbers to 3.6.1, not to a 2019-style 3.6', () => {
    const text = flattenLikePdf(buildReportText()).replace(
      /^\(六\) 其他处理1\.[\s\S]*?\n0 0 0 0 0 0 0\n/m,
      '1.申请人无正当理由逾期\n不补正、行政机关不再\n（六）其他处理 0 0 0 0 15 0 15\n处理其政府信息公开申\n请\n',
    );
    const doc = parseReport(text);
    expect(doc.report.cells['requests/3.6.1/legal']!.value).toBe(15);
    expect(doc.report.cells['requests/3.6/total']).toBeUndefined();
    expect(doc.report.formatVersion).toBe('2021');
  });
});
