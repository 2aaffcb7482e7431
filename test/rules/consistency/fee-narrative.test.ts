import { feeNarrative } from '../../../src/shared/rules/consistency/fee-narrative';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';
import { requestCells } from './helpers';

/** Two applications ended as 逾期未按收费通知要求缴纳费用. */
const unpaid = requestCells({ received: 2, handled: 2, resultRow: '3.6.2' });

ruleTester(feeNarrative, {
  valid: [
    {
      name: 'no notice sent, and none unpaid in the table (PDF-like)',
      text: flattenLikePdf(
        buildReportText({
          prose: { '6': '渠县司法局 2024 年未发出政府信息处理费收费通知，未收取信息处理费。' },
        }),
      ),
    },
    {
      name: '"未收取" alone: notices may have gone unpaid',
      text: buildReportText({ prose: { '6': '本年度未收取信息处理费。' }, cells: unpaid }),
    },
    {
      name: 'notices sent at least as many as unpaid',
      text: buildReportText({
        prose: { '6': '本年度发出收费通知3件，总金额300元，实际收取100元。' },
        cells: unpaid,
      }),
    },
    {
      name: 'the row 逾期未按收费通知要求缴纳费用 quoted in prose is no claim',
      text: buildReportText({
        prose: {
          '6': '申请人逾期未按收费通知要求缴纳费用的，不再处理其申请。本年度未收取信息处理费。',
        },
        cells: unpaid,
      }),
    },
  ],
  invalid: [
    {
      name: 'section 六 says no notice was sent, table 三 (六)2 says two went unpaid',
      text: buildReportText({
        prose: { '6': '本年度未发出收费通知，未收取信息处理费。' },
        cells: unpaid,
      }),
      findings: [
        {
          message:
            '第六部分「本年度未发出收费通知」称未发出收费通知，但表三「三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用」总计列为 2',
          severity: 'error',
          cells: ['requests/3.6.2/total'],
          expected: 2,
          actual: 0,
          quotes: ['本年度未发出收费通知，未收取信息处理费', '2'],
        },
      ],
    },
    {
      name: 'fewer notices sent than went unpaid',
      text: buildReportText({
        prose: { '6': '本年度向申请人发出信息处理费收费通知1件，申请人未缴费。' },
        cells: unpaid,
      }),
      findings: [
        {
          message: '称发出收费通知 1 件',
          cells: ['requests/3.6.2/total'],
          expected: 2,
          actual: 1,
        },
      ],
    },
  ],
});
