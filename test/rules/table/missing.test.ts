import { missing } from '../../../src/shared/rules/table/missing';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const full = buildReportText({ cells: consistentCells(11) });
/** Replaces the body of table 三 (from its 勾稽 note to the next heading). */
const withRequestsBody = (body: string): string =>
  full.replace(/\(本列数据[\s\S]*?(?=\n\n四、政府)/, body);

ruleTester(missing, {
  valid: [
    { name: 'all three tables of a Word-style report', text: full },
    { name: 'all three tables of an all-zero report', text: buildReportText() },
    { name: 'tables flattened as PDF text, with page numbers', text: flattenLikePdf(full) },
    {
      name: 'a lost heading, the table found by its own words',
      text: full.replace('三、收到和处理政府信息公开申请情况\n', ''),
    },
  ],
  invalid: [
    {
      name: 'table 四 and its section left out',
      text: buildReportText({ cells: consistentCells(11), omit: ['4'] }),
      findings: [{ message: '未找到表四「政府信息公开行政复议、行政诉讼情况」', quotes: [] }],
    },
    {
      name: 'table 三 pasted as a picture',
      text: withRequestsBody('[图片]'),
      findings: [
        {
          message: '表三「收到和处理政府信息公开申请情况」似以图片形式插入',
          severity: 'error',
          quotes: ['三、收到和处理政府信息公开申请情况'],
        },
      ],
    },
    {
      name: 'a heading with only prose under it',
      text: withRequestsBody('本年度未收到政府信息公开申请。'),
      findings: [
        {
          message: '「三、收到和处理政府信息公开申请情况」下没有读到表格数字',
          quotes: ['三、收到和处理政府信息公开申请情况'],
        },
      ],
    },
  ],
});
