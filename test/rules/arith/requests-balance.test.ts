import { requestsBalance } from '../../../src/shared/rules/arith/requests-balance';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(61);
const n = (p: string): number => Number(cells[p]);
const bump = (...paths: string[]) =>
  buildReportText({ cells: { ...cells, ...Object.fromEntries(paths.map((p) => [p, n(p) + 1])) } });
const column = (c: string): string[] => ['1', '2', '3.7', '4'].map((r) => `requests/${r}/${c}`);

ruleTester(requestsBalance, {
  valid: [
    ...[1, 2, 3].map((seed) => ({
      name: `a consistent table (seed ${seed})`,
      text: buildReportText({ cells: consistentCells(seed) }),
    })),
    {
      name: 'a consistent table read from PDF-style text',
      text: flattenLikePdf(buildReportText({ cells })),
    },
    { name: 'an all-zero table', text: buildReportText() },
    {
      name: 'a blank 上年结转 is not 0: the column is not checked',
      text: buildReportText({
        cells: {
          ...cells,
          'requests/2/natural': null,
          'requests/1/natural': n('requests/1/natural') + 3,
        },
      }),
    },
    {
      name: 'a wrong leaf breaks its row and column totals, not the balance',
      text: bump('requests/3.1/natural'),
    },
  ],
  invalid: [
    {
      name: 'one wrong 本年新收 cell: one finding naming it',
      text: bump('requests/1/natural'),
      findings: [
        {
          message: `表三「一、本年新收政府信息公开申请数量」自然人列填的 ${n('requests/1/natural') + 1} 可能有误：它所在的 2 处勾稽关系都不成立`,
          severity: 'error',
          cells: [
            ...column('natural'),
            ...['commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(
              (c) => `requests/1/${c}`,
            ),
          ],
          expected: n('requests/1/natural'),
          actual: n('requests/1/natural') + 1,
          quotes: [String(n('requests/1/natural') + 1)],
        },
      ],
    },
    {
      name: 'a wrong (七)总计 breaks three relations: one finding, here',
      text: bump('requests/3.7/commercial'),
      findings: [
        {
          message: '表三「三、（七）总计」商业企业列填的',
          expected: n('requests/3.7/commercial'),
          actual: n('requests/3.7/commercial') + 1,
        },
      ],
    },
    {
      name: 'a 本年新收 row raised in a column and its total: two columns fail, no single cell',
      text: bump('requests/1/natural', 'requests/1/total'),
      findings: [
        {
          message: `表三自然人列勾稽关系不成立：一、本年新收 ${n('requests/1/natural') + 1} + 二、上年结转 ${n('requests/2/natural')} = ${n('requests/1/natural') + 1 + n('requests/2/natural')}，而（七）总计`,
          cells: column('natural'),
          expected: n('requests/1/natural') + 1 + n('requests/2/natural'),
          actual: n('requests/3.7/natural') + n('requests/4/natural'),
          quotes: [String(n('requests/3.7/natural')), String(n('requests/4/natural'))],
        },
        { message: '表三总计列勾稽关系不成立', cells: column('total') },
      ],
    },
  ],
});
