// content.fee-statement: section 六 reports the 信息处理费.
import { feeStatement } from '../../../src/shared/rules/content/fee-statement';
import { buildReportText, completeTables } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withSix = (six: string, cells = {}): string =>
  buildReportText({ prose: { '6': six }, cells });

/** Table 三 with `n` applications ended because the fee notice went unpaid. */
const unpaidNotices = (n: number) =>
  completeTables({ 'requests/1/natural': n, 'requests/3.6.2/natural': n });

ruleTester(feeStatement, {
  valid: [
    {
      name: 'a 2020 report (2019 form) is not asked for the 信息处理费 statement',
      text: buildReportText({
        year: 2020,
        prose: { '6': '（一）进一步完善政府信息公开制度。（二）进一步加强业务能力培训。' },
      }),
    },
    {
      name: '"未收取信息处理费" with no unpaid notice in table 三',
      text: withSix('本年度未收取信息处理费。'),
    },
    {
      name: 'no notice sent and nothing collected (sample 004)',
      text: withSix('渠县司法局2024年未发出政府信息处理费收费通知，未收取信息处理费。'),
    },
    {
      name: 'the regulation named, then the statement (sample 000)',
      text: withSix(
        '依据《政府信息公开信息处理费管理办法》规定，2024年我单位不存在收取信息处理费等情况。',
      ),
    },
    {
      name: 'all three figures given',
      text: withSix('本年度发出收费通知2件，总金额400元，实际收取信息处理费200元。'),
    },
    {
      name: 'notices sent and none paid, matching table 三',
      text: withSix('本年度发出收费通知3件，共计600元，申请人均未缴纳。', unpaidNotices(3)),
    },
  ],
  invalid: [
    {
      name: 'section 六 about other things only (sample 001)',
      text: withSix('（一）进一步完善政府信息公开制度。（二）进一步加强业务能力培训。'),
      findings: [
        {
          message: '第六部分「其他需要报告的事项」未说明信息处理费收取情况（连“未收取”也没有写）',
          quotes: ['六、其他需要报告的事项'],
          severity: 'warning',
        },
      ],
    },
    {
      name: 'only the title of the regulation, no statement',
      text: withSix('严格执行《政府信息公开信息处理费管理办法》。'),
      findings: [{ message: '未说明信息处理费收取情况', severity: 'warning' }],
    },
    {
      name: 'the fee reported in section 三 instead of 六',
      text: buildReportText({
        prose: { '3': '本年度未收取信息处理费。', '6': '本年度无其他需要报告的事项。' },
      }),
      findings: [
        {
          message:
            '信息处理费情况写在第三部分「收到和处理政府信息公开申请情况」（「本年度未收取信息处理费」）',
          severity: 'info',
          quotes: ['本年度未收取信息处理费', '六、其他需要报告的事项'],
        },
      ],
    },
    {
      name: 'an amount collected without the notices',
      text: withSix('本年度共收取信息处理费200元。'),
      findings: [
        {
          message: '未写明发出收费通知的件数、收费通知的总金额',
          severity: 'info',
          actual: '发出收费通知的件数、收费通知的总金额',
          quotes: ['本年度共收取信息处理费200元'],
        },
      ],
    },
    {
      name: '"未收取" while table 三 shows unpaid notices',
      text: withSix('本年度未收取信息处理费。', unpaidNotices(2)),
      findings: [
        {
          message: '表三「三、（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用」总计列为 2',
          severity: 'info',
          cells: ['requests/3.6.2/total'],
          quotes: ['本年度未收取信息处理费', '2'],
        },
      ],
    },
    {
      name: 'no section 六 and no word on the fee anywhere',
      text: buildReportText({ omit: ['6'] }),
      findings: [
        { message: '报告没有第六部分', quotes: ['某县司法局2024年政府信息公开工作年度报告'] },
      ],
    },
  ],
});
