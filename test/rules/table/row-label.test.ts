import { expect, it } from 'vitest';
import { parseReport } from '../../../src/shared/parser';
import { rowLabelTypo } from '../../../src/shared/rules/table/row-label';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(7);
const full = buildReportText({ cells });
const rowCells = (row: string): string[] =>
  ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(
    (c) => `requests/${row}/${c}`,
  );
const misspelled = full.replace('2. 其他法律行政法规禁止公开', '2. 其他法律行政止公开');

ruleTester(rowLabelTypo, {
  valid: [
    { name: 'every label as the form has it', text: full },
    { name: 'a PDF-style report with wrapped labels', text: flattenLikePdf(full) },
    {
      name: 'a row deleted is missing (table.row-missing), not misspelled',
      text: full.replace(/^.*其他法律行政法规禁止公开.*\n/m, ''),
    },
  ],
  invalid: [
    {
      name: 'a typo in a label between its siblings',
      text: misspelled,
      findings: [
        {
          message:
            '表三「三、（三）不予公开 2.其他法律行政法规禁止公开」一行的行名写作「2.其他法律行政止公开」',
          severity: 'warning',
          cells: rowCells('3.3.2'),
          expected: '三、（三）不予公开 2.其他法律行政法规禁止公开',
          actual: '2.其他法律行政止公开',
          quotes: ['2. 其他法律行政止公开'],
        },
      ],
    },
  ],
});

it('reads the misspelled row in its place: its numbers take part in every sum', () => {
  const doc = parseReport(misspelled);
  for (const p of rowCells('3.3.2')) expect(doc.report.cells[p]!.value).toBe(cells[p]);
  expect(doc.diagnostics.filter((d) => d.kind === 'row-missing')).toEqual([]);
});

/** Table 二 copied from a web page one cell per paragraph, the label cell of `blank` left empty. */
const paragraphTable = (blank: string): string => {
  const cellsOf = [
    '第二十条第（一）项',
    '信息内容',
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '规章',
    '0',
    '0',
    '0',
    '行政规范性文件',
    '1',
    '0',
    '5',
    '第二十条第（五）项',
    '信息内容',
    '本年处理决定数量',
    '行政许可',
    '37',
    '第二十条第（六）项',
    '信息内容',
    '本年处理决定数量',
    '行政处罚',
    '2',
    '行政强制',
    '0',
    '第二十条第（八）项',
    '信息内容',
    '本年收费金额（单位：万元）',
    '行政事业性收费',
    '0',
  ].map((c) => (c === blank ? ' ' : c));
  return [
    '某镇人民政府2024年政府信息公开工作年度报告',
    '一、总体情况',
    '2024年，本镇在县政府网站公开信息80条。',
    '二、主动公开政府信息情况',
    ...cellsOf,
  ].join('\n\n');
};

it('a row whose label cell is empty is read in its place and reported as having no label', () => {
  const doc = parseReport(paragraphTable('行政许可'));
  expect(doc.report.cells['active/licensing/decisions']?.value).toBe(37);
  expect(doc.report.cells['active/punishment/decisions']?.value).toBe(2);
});

ruleTester(rowLabelTypo, {
  valid: [{ name: 'every label cell filled', text: paragraphTable('') }],
  invalid: [
    {
      name: 'the 行政许可 label cell left empty: no label, not one written as the column header',
      text: paragraphTable('行政许可'),
      findings: [
        {
          message: '表二「行政许可」一行没有行名；已按其位置读作该行，数字参与核对',
          expected: '行政许可',
          actual: '',
        },
      ],
    },
  ],
});
