// "减4" / "增加2" is a signed number only in the 2019 form's 本年增/减 column. Written in a cell of
// table 三 or 四 (or any other column of table 二) it is words in a number cell: kept as the cell's
// raw text, read as no number (value null), and reported by table.cell-invalid as not a number,
// never taken for −4 in the sums. It still holds its cell, so the row's other numbers keep
// their columns.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText, consistentCells } from '../support/report-builder';
import { with2019Table } from '../support/form-2019';

const cells = consistentCells(7);

describe('本年增/减 in words outside its column', () => {
  it('is no number in a cell of table 三, and the row keeps its columns', () => {
    const doc = parseReport(
      buildReportText({ cells: { ...cells, 'requests/3.2/natural': '减4' } }),
    );
    const cell = doc.report.cells['requests/3.2/natural']!;
    expect(cell.raw).toBe('减4');
    expect(cell.value).toBeNull();
    // The next cells are read in their own columns, not shifted by one.
    expect(doc.report.cells['requests/3.2/commercial']?.value).toBe(
      Number(cells['requests/3.2/commercial']),
    );
    expect(doc.report.cells['requests/3.2/total']?.value).toBe(Number(cells['requests/3.2/total']));
    const findings = runRules(doc, allRules);
    expect(
      findings.filter((f) => f.cells.includes('requests/3.2/natural')).map((f) => f.message),
    ).toEqual(['表三「三、（二）部分公开」自然人列填为「减4」，不是数字。']);
  });

  it('is no number in table 四 either', () => {
    const doc = parseReport(
      buildReportText({ cells: { ...cells, 'review/reconsideration/corrected': '增加2' } }),
    );
    expect(doc.report.cells['review/reconsideration/corrected']).toMatchObject({
      raw: '增加2',
      value: null,
    });
  });

  it('"未增未减" (no change, 0 in 本年增/减) is no number in table 三 either', () => {
    const doc = parseReport(
      buildReportText({ cells: { ...cells, 'requests/3.2/natural': '未增未减' } }),
    );
    expect(doc.report.cells['requests/3.2/natural']).toMatchObject({
      raw: '未增未减',
      value: null,
    });
    expect(doc.report.cells['requests/3.2/total']?.value).toBe(Number(cells['requests/3.2/total']));
  });

  it('is no number in a 2019 table 二 column other than 本年增/减', () => {
    const doc = parseReport(
      with2019Table(2019).replace('行政许可\t0\t0\t0', '行政许可\t减3\t减3\t0'),
    );
    expect(doc.report.cells['active/licensing/lastYearItems']).toMatchObject({
      raw: '减3',
      value: null,
    });
    expect(doc.report.cells['active/licensing/change']).toMatchObject({ raw: '减3', value: -3 });
    expect(doc.report.cells['active/licensing/decisions']?.value).toBe(0);
  });
});
