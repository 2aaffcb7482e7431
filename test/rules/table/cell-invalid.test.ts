import { parseReport } from '../../../src/shared/parser';
import { runRules } from '../../../src/shared/rules/engine';
import { allRules } from '../../../src/shared/rules/registry';
import { cellInvalid, cellProblems } from '../../../src/shared/rules/table/cell-invalid';
import { describe, expect, it } from 'vitest';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(41);

ruleTester(cellInvalid, {
  valid: [
    { name: 'non-negative integers', text: buildReportText({ cells }) },
    {
      name: 'the fee in 万元 with four decimals',
      text: buildReportText({ cells: { ...cells, 'active/fees/amount': '0.0350' } }),
    },
    {
      name: 'blank cells are table.cell-blank, not invalid',
      text: buildReportText({ cells: { ...cells, 'active/licensing/decisions': '/' } }),
    },
    {
      name: 'a fee written in 元 is arith.fee-unit, reported once',
      text: buildReportText({ cells: { ...cells, 'active/fees/amount': '251000元' } }),
    },
  ],
  invalid: [
    {
      name: 'a negative count',
      text: buildReportText({ cells: { ...cells, 'requests/3.3.1/natural': -2 } }),
      findings: [
        {
          message: '表三「三、（三）不予公开 1.属于国家秘密」自然人列填为「-2」，为负数',
          severity: 'error',
          cells: ['requests/3.3.1/natural'],
          actual: '-2',
          quotes: ['-2'],
        },
      ],
    },
    {
      name: 'a fractional count',
      text: buildReportText({ cells: { ...cells, 'active/licensing/decisions': '1.5' } }),
      findings: [
        { message: '表二「行政许可」本年处理决定数量填为「1.5」，件数不是整数', quotes: ['1.5'] },
      ],
    },
    {
      name: 'a unit inside a count cell',
      text: buildReportText({ cells: { ...cells, 'active/punishment/decisions': '12件' } }),
      findings: [
        {
          message: '表二「行政处罚」本年处理决定数量填为「12件」，格内带有单位“件”，只应填数字',
          expected: '12',
          actual: '12件',
          quotes: ['12件'],
        },
      ],
    },
    {
      name: '万元 written in the fee cell is only a note',
      text: buildReportText({ cells: { ...cells, 'active/fees/amount': '2.5万元' } }),
      findings: [{ message: '格内带有单位“万元”', severity: 'info', expected: '2.5' }],
    },
    {
      name: 'a 20-digit count (beyond exact integers): value null, raw kept, never 1e20',
      text: buildReportText({
        cells: { ...cells, 'requests/4/natural': '99999999999999999999' },
      }),
      findings: [
        {
          message:
            '表三「四、结转下年度继续办理」自然人列填为「99999999999999999999」，数字超过 12 位，超出年度报告可能的范围',
          cells: ['requests/4/natural'],
          actual: '99999999999999999999',
        },
      ],
    },
    {
      name: 'a 400-digit count (Infinity as a double) is quoted short',
      text: buildReportText({ cells: { ...cells, 'active/licensing/decisions': '9'.repeat(400) } }),
      findings: [
        {
          message: `表二「行政许可」本年处理决定数量填为「${'9'.repeat(20)}…（共 400 个字符）」，数字超过 12 位`,
          actual: '9'.repeat(400),
        },
      ],
    },
    {
      name: 'a negative fee',
      text: buildReportText({ cells: { ...cells, 'active/fees/amount': '-0.5' } }),
      findings: [{ message: '表二「行政事业性收费」本年收费金额（万元）填为「-0.5」，为负数' }],
    },
  ],
});

describe('table.cell-invalid on a cell the parser kept as text', () => {
  it('says the cell is not a number (the contract allows value null with its raw text)', () => {
    const doc = parseReport(buildReportText({ cells }));
    const span = doc.report.cells['active/licensing/decisions']!.span!;
    doc.report.cells['active/licensing/decisions'] = { value: null, raw: '十二', span };
    const findings = runRules(doc, [cellInvalid]);
    expect(findings.map((f) => f.message)).toEqual([
      '表二「行政许可」本年处理决定数量填为「十二」，不是数字。',
    ]);
    expect(findings[0]!.spans).toEqual([span]);
  });
});

describe('the 2019 form’s table 二 cells', () => {
  it('takes a negative 本年增/减: items dropped this year', () => {
    expect(cellProblems('active/punishment/change', { raw: '-18', value: -18 })).toEqual([]);
    expect(cellProblems('active/licensing/decisions', { raw: '-18', value: -18 })).toEqual([
      { text: '为负数', fix: null },
    ]);
  });
  it('takes 采购总金额 with its unit and decimals, as written', () => {
    expect(
      cellProblems('active/procurement/amount', { raw: '75394432.52元', value: 75394432.52 }),
    ).toEqual([]);
    expect(cellProblems('active/procurement/amount', { raw: '约七千万', value: null })).toEqual([
      { text: '不是数字', fix: null },
    ]);
  });
});

describe('numbers too long for a report', () => {
  it('are kept as raw text with value null, so no rule ever computes with Infinity', () => {
    const text = buildReportText({ cells: { ...cells, 'requests/4/natural': '9'.repeat(400) } });
    const doc = parseReport(text);
    expect(doc.report.cells['requests/4/natural']).toMatchObject({
      value: null,
      raw: '9'.repeat(400),
    });
    const all = runRules(doc, allRules);
    expect(JSON.stringify(all)).not.toMatch(/Infinity|NaN|e\+\d/);
    // 12 digits are still read as the number they are.
    const ok = parseReport(
      buildReportText({ cells: { ...cells, 'requests/4/natural': '123456789012' } }),
    );
    expect(ok.report.cells['requests/4/natural']!.value).toBe(123456789012);
  });
});
