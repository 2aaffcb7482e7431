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
