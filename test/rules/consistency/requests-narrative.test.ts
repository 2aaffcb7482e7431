import { requestsNarrative } from '../../../src/shared/rules/consistency/requests-narrative';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';
import { requestCells } from './helpers';

/** Section 一 with the given account of 依申请公开. */
const overview = (account: string): string =>
  `（一）主动公开\n本年度在政府门户网站主动公开政府信息。\n（二）依申请公开\n${account}\n（三）政府信息管理\n严格落实信息发布审核制度。`;

const balanced = requestCells({ received: 5, carried: 1, handled: 4, pending: 2 });

ruleTester(requestsNarrative, {
  valid: [
    {
      name: 'every figure of the account agrees with table 三',
      text: buildReportText({
        prose: {
          '1': overview(
            '2024年，我局共收到政府信息公开申请5件，上年结转1件，办结4件，结转下年度继续办理2件。',
          ),
        },
        cells: balanced,
      }),
    },
    {
      name: 'applications for a road permit ("占用城市道路申请件40件") are not 政府信息公开申请',
      text: buildReportText({
        prose: {
          '1': overview(
            '2024年，我局共受理依申请公开5件，上年结转1件，办结4件，结转下年度继续办理2件。2024年办理占用城市道路申请件40件，均已办结。',
          ),
        },
        cells: balanced,
      }),
    },
    {
      name: '"另有…件申请…顺延到下年度答复" speaks of 结转下年度',
      text: buildReportText({
        prose: {
          '1': overview(
            '2024年，我局共收到政府信息公开申请80件，已答复8件，另有72件申请因需征求第三方意见，顺延到下年度答复。',
          ),
        },
        cells: requestCells({ received: 80, handled: 8, pending: 72 }),
      }),
    },
    {
      name: '"转下一年度办理" is carried over; "同意公开答复 9 件" is one result, not all handled',
      text: buildReportText({
        prose: {
          '1': overview(
            '2024年，我局共收到政府信息公开申请10件，所有办结的信息公开申请中同意公开答复 9 件，转下一年度办理答复的有 1 件。',
          ),
        },
        cells: requestCells({ received: 10, handled: 9, pending: 1 }),
      }),
    },
    {
      name: 'Chinese numerals: 两件, 十二件',
      text: buildReportText({
        prose: { '1': overview('本年度新收依申请公开申请十二件，上年结转两件。') },
        cells: requestCells({ received: 12, carried: 2, handled: 14 }),
      }),
    },
    {
      name: 'none received, none in the table',
      text: buildReportText({
        prose: { '1': overview('2024 年我局未收到任何形式的依申请政府信息公开申请。') },
      }),
    },
    {
      name: 'other things counted: 法律援助咨询, 信访, 行政复议, 备案, 来电来访',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度共接待来电来访各类法律援助咨询 2000 余人次。办理信访件30件。受理行政复议申请12件。报送规范性文件备案3件。未收到政府信息公开申请。',
          ),
        },
      }),
    },
    {
      name: 'a comparison with last year and last year’s figure are not this year’s count',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度收到政府信息公开申请5件，较上年增加3件。2023年收到政府信息公开申请2件。',
          ),
        },
        cells: balanced,
      }),
    },
    {
      name: 'a breakdown by applicant and by result is not a row total',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度收到政府信息公开申请5件，其中自然人申请4件，予以公开3件，不予处理1件。',
          ),
        },
        cells: balanced,
      }),
    },
    {
      name: 'received including the carried-over ones (一 + 二)',
      text: buildReportText({
        prose: { '1': overview('本年度共办理政府信息公开申请6件（含上年结转1件）。') },
        cells: balanced,
      }),
    },
    {
      name: '3 个专栏 and 来信 after the account are not applications',
      text: buildReportText({
        prose: {
          '1': overview('收到政府信息公开申请5件，收到群众来信3件。维护依申请公开等3个专栏。'),
        },
        cells: balanced,
      }),
    },
    {
      name: 'applications of other kinds in the same sentence',
      text: buildReportText({
        prose: {
          '1': overview('本年度收到政府信息公开申请5件，受理行政许可申请50件，法律援助申请120件。'),
        },
        cells: balanced,
      }),
    },
    {
      name: 'a bare 申请 once the sentence is about them',
      text: buildReportText({
        prose: { '1': overview('政府信息公开申请办理情况：本年度收到申请5件，办结4件。') },
        cells: balanced,
      }),
    },
    {
      name: 'a new paragraph does not go on about applications',
      text: buildReportText({
        prose: { '1': overview('本年度收到政府信息公开申请5件。\n全年办结群众诉求30件。') },
        cells: balanced,
      }),
    },
    {
      name: 'figures of the whole county are not the agency’s table',
      text: buildReportText({
        prose: { '1': overview('全县各单位共收到政府信息公开申请120件。') },
        cells: balanced,
      }),
    },
    {
      name: 'no table 三 to compare with',
      text: buildReportText({
        prose: { '1': overview('本年度收到政府信息公开申请5件。') },
        omit: ['3'],
      }),
    },
    {
      name: 'a PDF that wraps "0" and "件" onto separate lines',
      text: flattenLikePdf(
        buildReportText({
          prose: {
            '1': overview(
              '2024 年，我局依法依规办理依申请公开事项，收到政府信息公开申请 0 件，因政府信息公开引发的行政复议或行政诉讼 0 件。',
            ),
          },
        }),
      ),
    },
  ],
  invalid: [
    {
      name: '"有2个依申请公开的案件" while table 三 is all zero',
      text: buildReportText({
        year: 2023,
        prose: { '1': overview('2023年我局有2个依申请公开的案件。') },
      }),
      findings: [
        {
          message: '正文「2023年我局有2个依申请公开的案件」称政府信息公开申请 2 件',
          cells: ['requests/1/total', 'requests/3.7/total'],
          expected: 0,
          actual: 2,
          quotes: ['2023年我局有2个依申请公开的案件', '0', '0'],
        },
      ],
    },
    {
      name: '"未收到…申请" while the table has some',
      text: buildReportText({
        prose: { '1': overview('本年度，我局未收到政府信息公开申请。') },
        cells: requestCells({ received: 3, handled: 3 }),
      }),
      findings: [
        {
          message:
            '称未收到政府信息公开申请，与表三不一致：表三「一、本年新收政府信息公开申请数量」总计列为 3',
          severity: 'error',
          cells: ['requests/1/total'],
          expected: 3,
          actual: 0,
          quotes: ['本年度，我局未收到政府信息公开申请', '3'],
        },
      ],
    },
    {
      name: '"无依申请公开" while the table has some',
      text: buildReportText({
        prose: { '1': overview('本年度无依申请公开情况。') },
        cells: requestCells({ received: 3, handled: 3 }),
      }),
      findings: [
        {
          message: '正文「本年度无依申请公开情况」称没有政府信息公开申请',
          cells: ['requests/1/total', 'requests/3.7/total'],
          expected: 3,
          actual: 0,
          quotes: ['本年度无依申请公开情况', '3', '3'],
        },
      ],
    },
    {
      name: 'handled and carried to next year differ from the table',
      text: buildReportText({
        prose: {
          '1': overview('本年度收到政府信息公开申请5件，上年结转1件，已办结3件，结转下年度3件。'),
        },
        cells: balanced,
      }),
      findings: [
        {
          message: '称办结（答复）申请 3 件，与表三不一致：表三「三、（七）总计」总计列为 4',
          cells: ['requests/3.7/total'],
          expected: 4,
          actual: 3,
        },
        {
          message: '称结转下年度继续办理的申请 3 件',
          cells: ['requests/4/total'],
          expected: 2,
          actual: 3,
          quotes: ['本年度收到政府信息公开申请5件，上年结转1件，已办结3件，结转下年度3件', '2'],
        },
      ],
    },
    {
      name: 'the account goes on in the next sentence of the paragraph',
      text: buildReportText({
        prose: {
          '1': overview(
            '本年度收到政府信息公开申请5件，上年结转1件。已办结3件，结转下年度继续办理2件。',
          ),
        },
        cells: balanced,
      }),
      findings: [
        {
          message: '正文「已办结3件」称办结（答复）申请 3 件',
          expected: 4,
          actual: 3,
          quotes: ['已办结3件，结转下年度继续办理2件', '4'],
        },
      ],
    },
    {
      name: 'a bare 申请 that differs',
      text: buildReportText({
        prose: { '1': overview('政府信息公开申请办理情况：本年度收到申请7件。') },
        cells: balanced,
      }),
      findings: [{ cells: ['requests/1/total'], expected: 5, actual: 7 }],
    },
    {
      name: 'a Chinese numeral that differs (十二件 against 5)',
      text: buildReportText({
        prose: { '3': '本年度共受理政府信息公开申请十二件。' },
        cells: balanced,
      }),
      findings: [
        {
          message: '称本年收到政府信息公开申请 12 件',
          cells: ['requests/1/total'],
          expected: 5,
          actual: 12,
          quotes: ['本年度共受理政府信息公开申请十二件', '5'],
        },
      ],
    },
    {
      name: 'the text says some were received, the table says none',
      text: flattenLikePdf(
        buildReportText({
          prose: { '1': overview('2024 年，我局收到政府信息公开申请 3 件，均已按时答复。') },
        }),
      ),
      findings: [{ cells: ['requests/1/total'], expected: 0, actual: 3 }],
    },
  ],
});
