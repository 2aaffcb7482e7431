import { cellBlank } from '../../../src/shared/rules/table/cell-blank';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(31);
const COLUMNS = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
const row = (id: string): string[] => COLUMNS.map((c) => `requests/${id}/${c}`);
const set = (paths: string[], v: string | null) => Object.fromEntries(paths.map((p) => [p, v]));
const REGULATIONS = ['issued', 'repealed', 'valid'].map((c) => `active/regulations/${c}`);
const REVIEW = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap(
  (r) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review/${r}/${c}`),
);

ruleTester(cellBlank, {
  valid: [
    { name: 'every cell filled', text: buildReportText({ cells }) },
    { name: 'every cell 0 (0 is a value, not a blank)', text: buildReportText() },
    { name: 'a PDF-style report', text: flattenLikePdf(buildReportText({ cells })) },
    {
      name: 'a missing row is table.row-missing, not a blank',
      text: buildReportText({ cells }).replace(/^.*属于行政查询事项.*\n/m, ''),
    },
    {
      name: 'a missing table is table.missing, not 15 blanks',
      text: buildReportText({ cells, omit: ['4'] }),
    },
  ],
  invalid: [
    {
      name: 'one cell of table 三 left empty',
      text: buildReportText({ cells: { ...cells, 'requests/3.1/natural': null } }),
      findings: [
        {
          message: '表三「三、（一）予以公开」自然人列为空白，没有填写数字。空白不等于 0',
          severity: 'warning',
          cells: ['requests/3.1/natural'],
          actual: '空白',
          quotes: [
            `三、本年度办理结果\t(一) 予以公开\t\t${row('3.1')
              .slice(1)
              .map((p) => cells[p])
              .join('\t')}`,
          ],
        },
      ],
    },
    {
      name: 'a dash and a 无 are blanks too, one finding for the table',
      text: buildReportText({
        cells: { ...cells, 'active/licensing/decisions': '—', 'active/coercion/decisions': '无' },
      }),
      findings: [
        {
          message:
            '表二「主动公开政府信息情况」有 2 格没有填写数字：「行政许可」本年处理决定数量为「—」；「行政强制」本年处理决定数量为「无」。空白不等于 0。',
          cells: ['active/licensing/decisions', 'active/coercion/decisions'],
          quotes: ['—', '无'],
        },
      ],
    },
    {
      name: 'many blanks of one table: one finding, every cell marked, a few named',
      text: buildReportText({
        cells: {
          ...cells,
          ...set(row('3.1'), null),
          'requests/3.2/natural': null,
          'requests/3.3.1/natural': null,
          'requests/3.3.2/natural': null,
          'requests/3.3.3/natural': null,
        },
      }),
      findings: [
        {
          message:
            '表三「收到和处理政府信息公开申请情况」有 11 格没有填写数字：「三、（一）予以公开」一行 7 格均为空白；',
          cells: [
            ...row('3.1'),
            'requests/3.2/natural',
            'requests/3.3.1/natural',
            'requests/3.3.2/natural',
            'requests/3.3.3/natural',
          ],
        },
      ],
    },
    {
      name: 'a whole row left empty: one finding for the row',
      text: buildReportText({ cells: { ...cells, ...set(row('3.2'), null) } }),
      findings: [
        {
          message: '表三「三、（二）部分公开」一行 7 格均为空白',
          cells: row('3.2'),
          quotes: ['(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)'],
        },
      ],
    },
    {
      name: '规章 "/" of a unit without rule-making power is a note',
      text: buildReportText({ cells: { ...cells, ...set(REGULATIONS, '/') } }),
      findings: [
        {
          message: '表二「规章」一行 3 格均为「/」，没有填写数字。如本单位无规章制定权，可不填',
          severity: 'info',
          cells: REGULATIONS,
          quotes: ['规章\t/\t/\t/'],
        },
      ],
    },
    {
      name: 'an empty 规章 cell is still a warning',
      text: buildReportText({ cells: { ...cells, 'active/regulations/repealed': null } }),
      findings: [
        {
          message: '表二「规章」本年废止件数为空白',
          severity: 'warning',
          quotes: [
            `规章\t${cells['active/regulations/issued']}\t\t${cells['active/regulations/valid']}`,
          ],
        },
      ],
    },
    {
      name: 'an empty one-cell row of table 二',
      text: buildReportText({ cells: { ...cells, 'active/licensing/decisions': null } }),
      findings: [
        {
          message: '表二「行政许可」本年处理决定数量为空白',
          cells: ['active/licensing/decisions'],
          quotes: ['行政许可'],
        },
      ],
    },
    {
      name: 'table 四 all "/": one finding for the table',
      text: buildReportText({ cells: { ...cells, ...set(REVIEW, '/') } }),
      findings: [
        {
          message: '表四「政府信息公开行政复议、行政诉讼情况」全部空白',
          cells: REVIEW,
          quotes: ['四、政府信息公开行政复议、行政诉讼情况'],
        },
      ],
    },
  ],
});
