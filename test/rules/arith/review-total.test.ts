import { reviewTotal } from '../../../src/shared/rules/arith/review-total';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(91);
const n = (p: string): number => Number(cells[p]);
const group = (r: string): string[] =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `review/${r}/${c}`);
const with_ = (over: Record<string, number | string | null>) =>
  buildReportText({ cells: { ...cells, ...over } });

ruleTester(reviewTotal, {
  valid: [
    { name: 'three consistent groups', text: buildReportText({ cells }) },
    {
      name: 'the line of 15 numbers from PDF text',
      text: flattenLikePdf(buildReportText({ cells })),
    },
    {
      name: 'a blank 尚未审结: the group is not checked',
      text: with_({ 'review/litigationDirect/pending': '/' }),
    },
  ],
  invalid: [
    {
      name: 'the 行政复议 total one short',
      text: with_({ 'review/reconsideration/total': n('review/reconsideration/total') + 4 }),
      findings: [
        {
          message: `表四「行政复议」总计列应为 ${n('review/reconsideration/total')}（结果维持、结果纠正、其他结果、尚未审结之和），实为 ${n('review/reconsideration/total') + 4}`,
          severity: 'error',
          cells: group('reconsideration'),
          expected: n('review/reconsideration/total'),
          actual: n('review/reconsideration/total') + 4,
        },
      ],
    },
    {
      name: 'a 维持 result raised in the 复议后起诉 group',
      text: with_({
        'review/litigationAfterReconsideration/upheld':
          n('review/litigationAfterReconsideration/upheld') + 1,
      }),
      findings: [
        {
          message: '表四「行政诉讼 复议后起诉」总计列应为',
          cells: group('litigationAfterReconsideration'),
        },
      ],
    },
  ],
});
