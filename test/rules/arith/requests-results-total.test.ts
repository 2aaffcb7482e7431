import { requestsResultsTotal } from '../../../src/shared/rules/arith/requests-results-total';
import { requestLeafRows } from '../../../src/shared/model/form';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(71);
const n = (p: string): number => Number(cells[p]);
const COLUMNS = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
const bump = (...paths: string[]) =>
  buildReportText({ cells: { ...cells, ...Object.fromEntries(paths.map((p) => [p, n(p) + 1])) } });
const resultsColumn = (c: string): string[] =>
  [...requestLeafRows, '3.7'].map((r) => `requests/${r}/${c}`);
const row = (r: string): string[] => COLUMNS.map((c) => `requests/${r}/${c}`);

/** The 2019 format's single row （六）其他处理, holding the sums of the three sub-rows. */
const legacy = (extra = 0): string => {
  const sum = (c: string): number =>
    ['3.6.1', '3.6.2', '3.6.3'].reduce((s, r) => s + n(`requests/${r}/${c}`), 0);
  const values = COLUMNS.map((c, i) => sum(c) + (i === 0 || c === 'total' ? extra : 0));
  return buildReportText({ cells })
    .replace(/^\t\(六\) 其他处理\t1\..*$/m, `\t(六) 其他处理\t${values.join('\t')}`)
    .replace(/^\t\t2\. 申请人逾期未按.*\n/m, '')
    .replace(/^\t\t3\. 其他\t.*\n/m, '');
};

ruleTester(requestsResultsTotal, {
  valid: [
    { name: 'a consistent table', text: buildReportText({ cells }) },
    { name: 'the 2019 single row （六）其他处理 counts as one leaf', text: legacy() },
    {
      name: 'a blank leaf: the column is not checked (blank is not 0)',
      text: buildReportText({ cells: { ...cells, 'requests/3.2/ngo': null } }),
    },
  ],
  invalid: [
    {
      name: 'one wrong leaf: one finding naming the cell, not two broken totals',
      text: bump('requests/3.1/natural'),
      findings: [
        {
          message: `表三「三、（一）予以公开」自然人列填的 ${n('requests/3.1/natural') + 1} 可能有误：它所在的 2 处勾稽关系都不成立（自然人列各项办理结果之和 ${n('requests/3.7/natural') + 1}，（七）总计 ${n('requests/3.7/natural')}；「三、（一）予以公开」一行各类申请人之和 ${n('requests/3.1/total') + 1}，总计 ${n('requests/3.1/total')}）。若其他数字无误，该格应为 ${n('requests/3.1/natural')}`,
          cells: [...new Set([...resultsColumn('natural'), ...row('3.1')])],
          expected: n('requests/3.1/natural'),
          actual: n('requests/3.1/natural') + 1,
          quotes: [String(n('requests/3.1/natural') + 1)],
        },
      ],
    },
    {
      name: 'a leaf and its row total both raised: the two column totals are short',
      text: bump('requests/3.2/natural', 'requests/3.2/total'),
      findings: [
        {
          message: `表三「三、（七）总计」自然人列应为 ${n('requests/3.7/natural') + 1}（各项办理结果之和），实为 ${n('requests/3.7/natural')}`,
          cells: resultsColumn('natural'),
          expected: n('requests/3.7/natural') + 1,
          actual: n('requests/3.7/natural'),
          quotes: [String(n('requests/3.7/natural'))],
        },
        { message: '表三「三、（七）总计」总计列应为', cells: resultsColumn('total') },
      ],
    },
    {
      name: 'two slips that mimic each other: no cell is blamed, each total is reported',
      text: bump('requests/3.1/natural', 'requests/3.3.1/commercial'),
      findings: [
        { message: '表三「三、（七）总计」自然人列应为', cells: resultsColumn('natural') },
        { message: '表三「三、（七）总计」商业企业列应为', cells: resultsColumn('commercial') },
      ],
    },
    {
      name: 'a wrong 2019 row （六）其他处理 is named with its label',
      text: legacy(0).replace(/^(\t\(六\) 其他处理\t)(\d+)/m, (_, a, v) => `${a}${Number(v) + 2}`),
      findings: [
        {
          message: '表三「三、（六）其他处理」自然人列填的',
          expected: ['3.6.1', '3.6.2', '3.6.3'].reduce((s, r) => s + n(`requests/${r}/natural`), 0),
        },
      ],
    },
  ],
});
