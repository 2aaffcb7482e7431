import { reviewNarrative } from '../../../src/shared/rules/consistency/review-narrative';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText, completeTables } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const overview = (account: string): string =>
  `（一）主动公开\n本年度在政府门户网站主动公开政府信息。\n（二）依申请公开\n${account}\n（三）政府信息管理\n严格落实信息发布审核制度。`;

/** Table 四 with 1 行政复议 (维持), 1 直接起诉 (尚未审结) and 1 复议后起诉 (其他结果). */
const someCases = completeTables({
  'review/reconsideration/upheld': 1,
  'review/litigationDirect/pending': 1,
  'review/litigationAfterReconsideration/other': 1,
});
const oneReconsideration = completeTables({ 'review/reconsideration/corrected': 1 });

ruleTester(reviewNarrative, {
  valid: [
    {
      name: '"未发生…被行政复议纠错或行政诉讼败诉" speaks of outcomes, not of no cases',
      text: buildReportText({
        prose: {
          '1': overview('全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。'),
        },
        cells: someCases,
      }),
    },
    {
      name: '"本报告包括……等六个部分" counts parts of the report, not cases',
      text: buildReportText({
        prose: {
          '1': overview(
            '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分。',
          ),
        },
      }),
    },
    {
      name: 'none, and none in table 四 (PDF-like text)',
      text: flattenLikePdf(
        buildReportText({
          prose: {
            '1': overview(
              '2024 年，我局收到政府信息公开申请 0 件，因政府信息公开引发的行政复议或行政诉讼 0 件。',
            ),
          },
        }),
      ),
    },
    {
      name: 'counts that agree, per row',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度因政府信息公开被申请行政复议1件，被提起行政诉讼2件，其中复议后起诉1件。',
          ),
        },
        cells: someCases,
      }),
    },
    {
      name: 'the 司法局 as 复议机关: cases it received and handled are its work',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度共受理行政复议案件56件，办结50件，其中涉及政府信息公开的3件。公开行政复议决定书12件。',
          ),
        },
      }),
    },
    {
      name: '"行政复议 3 个专栏" next to 政府信息公开',
      text: buildReportText({
        prose: { '1': overview('除政府信息公开专栏外，还维护法治政府建设和行政复议 3 个专栏。') },
      }),
    },
    {
      name: 'a notice of rights is no statement',
      text: buildReportText({
        prose: {
          '1': overview('申请人对政府信息公开答复不服的，可以依法申请行政复议或者提起行政诉讼。'),
        },
        cells: someCases,
      }),
    },
    {
      name: '"未发生…行政复议和行政诉讼" with an empty table 四',
      text: buildReportText({
        prose: { '4': '本年度未发生因政府信息公开引起的行政复议和行政诉讼。' },
      }),
    },
    {
      name: '"各1件" gives each row, not their sum',
      text: buildReportText({
        prose: {
          '1': overview('本年度因政府信息公开被申请行政复议、被提起行政诉讼各1件。'),
        },
        cells: completeTables({
          'review/reconsideration/upheld': 1,
          'review/litigationDirect/upheld': 1,
        }),
      }),
    },
    {
      name: 'cases of the whole county',
      text: buildReportText({
        prose: { '1': overview('全县因政府信息公开被申请行政复议10件。') },
        cells: oneReconsideration,
      }),
    },
    {
      name: 'last year’s cases are not this year’s',
      text: buildReportText({
        prose: { '1': overview('2023年因政府信息公开被申请行政复议2件。') },
        cells: oneReconsideration,
      }),
    },
  ],
  invalid: [
    {
      name: '"行政复议或行政诉讼 0 件" while table 四 has a case',
      text: buildReportText({
        prose: {
          '1': overview(
            '我局收到政府信息公开申请0件，因政府信息公开引发的行政复议或行政诉讼 0 件。',
          ),
        },
        cells: oneReconsideration,
      }),
      findings: [
        {
          message:
            '正文「因政府信息公开引发的行政复议或行政诉讼 0 件」称行政复议、行政诉讼 0 件，与表四不一致：表四「行政复议」总计列为 1',
          severity: 'error',
          cells: [
            'review/reconsideration/total',
            'review/litigationDirect/total',
            'review/litigationAfterReconsideration/total',
          ],
          expected: 1,
          actual: 0,
          quotes: [
            '我局收到政府信息公开申请0件，因政府信息公开引发的行政复议或行政诉讼 0 件',
            '1',
            '0',
            '0',
          ],
        },
      ],
    },
    {
      name: '"未被申请行政复议" in section 四',
      text: buildReportText({
        prose: { '4': '本年度我局未被申请行政复议。' },
        cells: someCases,
      }),
      findings: [
        {
          message: '称没有因政府信息公开引发的行政复议',
          cells: ['review/reconsideration/total'],
          expected: 1,
          actual: 0,
          quotes: ['本年度我局未被申请行政复议', '1'],
        },
      ],
    },
    {
      name: 'a litigation count against an empty table',
      text: buildReportText({
        prose: { '1': overview('本年度因政府信息公开被提起行政诉讼1件，目前尚未审结。') },
      }),
      findings: [
        {
          message: '称行政诉讼 1 件',
          cells: ['review/litigationDirect/total', 'review/litigationAfterReconsideration/total'],
          expected: 0,
          actual: 1,
        },
      ],
    },
    {
      name: '"均为0" in section 四',
      text: buildReportText({
        prose: { '4': '本年度行政复议、行政诉讼数量均为0。' },
        cells: someCases,
      }),
      findings: [{ expected: 3, actual: 0 }],
    },
  ],
});
