import { requestsRowTotal } from '../../../src/shared/rules/arith/requests-row-total';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(81);
const n = (p: string): number => Number(cells[p]);
const COLUMNS = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
const row = (r: string): string[] => COLUMNS.map((c) => `requests/${r}/${c}`);
const bump = (...paths: string[]) =>
  buildReportText({ cells: { ...cells, ...Object.fromEntries(paths.map((p) => [p, n(p) + 1])) } });

ruleTester(requestsRowTotal, {
  valid: [
    { name: 'a consistent table', text: buildReportText({ cells }) },
    {
      name: 'a blank applicant cell: the row is not checked',
      text: buildReportText({ cells: { ...cells, 'requests/3.1/legal': null } }),
    },
    {
      name: 'a single wrong cell is reported once, by the column rule that owns it',
      text: bump('requests/3.4.1/ngo'),
    },
    {
      name: 'a row with a surplus number that cannot be placed is not checked',
      text: buildReportText({ cells }).replace(
        /^(\t\(七\) 总计\t\d+)\t/m,
        `$1\t${n('requests/3.7/natural') + 5}\t`,
      ),
    },
  ],
  invalid: [
    {
      name: 'one case added to 自然人 everywhere but the 总计 column not updated',
      text: bump('requests/1/natural', 'requests/3.1/natural', 'requests/3.7/natural'),
      findings: [
        {
          message: `表三「一、本年新收政府信息公开申请数量」总计列应为 ${n('requests/1/total') + 1}（自然人及五类法人或其他组织之和），实为 ${n('requests/1/total')}`,
          severity: 'error',
          cells: row('1'),
          expected: n('requests/1/total') + 1,
          actual: n('requests/1/total'),
          quotes: [String(n('requests/1/total'))],
        },
        { message: '表三「三、（一）予以公开」总计列应为', cells: row('3.1') },
        { message: '表三「三、（七）总计」总计列应为', cells: row('3.7') },
      ],
    },
  ],
});
