// text.placeholder: template text left in a report.
import { placeholder } from '../../../src/shared/rules/text/placeholder';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

ruleTester(placeholder, {
  valid: [
    { name: 'a filled-in report', text: buildReportText() },
    {
      name: 'Latin words and codes are not gaps (APP, LED, XXL, Windows XP)',
      text: buildReportText({
        prose: {
          '1': '（一）主动公开\n通过“看西区”APP、LED显示屏和XXL尺寸展板公开信息，旧电脑的Windows XP系统已停用。',
        },
      }),
    },
    {
      name: 'a single × between numbers is a multiplication sign',
      text: buildReportText({ prose: { '6': '展板规格为3×4米。本年度未收取信息处理费。' } }),
    },
    {
      name: 'the words 文字 and 填写 in ordinary sentences',
      text: buildReportText({
        prose: { '6': '指导申请人填写申请表，并用文字说明答复理由。本年度未收取信息处理费。' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a title with XX and 20XX',
      text: buildReportText({ title: 'XX县司法局20XX年政府信息公开工作年度报告' }),
      findings: [
        { message: '占位「XX」', quotes: ['XX'], actual: 'XX', severity: 'error' },
        { message: '年份占位「20XX」（标题 1 处', quotes: ['20XX'], actual: '20XX' },
      ],
    },
    {
      name: 'the template instruction （文字描述） left in section 五 and 六',
      text: buildReportText({
        prose: { '5': '（文字描述）', '6': '（文字描述，收取信息处理费情况在此处报告。）' },
      }),
      findings: [
        { message: '模板说明占位「（文字描述）」（第五部分', quotes: ['（文字描述）'] },
        {
          message: '第六部分「其他需要报告的事项」 1 处',
          quotes: ['（文字描述，收取信息处理费情况在此处报告。）'],
        },
      ],
    },
    {
      name: 'the same placeholder twice is one finding with both places',
      text: buildReportText({
        prose: {
          '6': '××县××局本年度未收取信息处理费。',
        },
      }),
      findings: [{ message: '「××」（第六部分「其他需要报告的事项」 2 处', quotes: ['××', '××'] }],
    },
    {
      name: 'a date with X for month and day, and 此处填写',
      text: buildReportText({
        prose: { '6': '本年度未收取信息处理费。\n此处填写落款单位\n2025年X月X日' },
      }),
      findings: [
        { message: '「此处填写落款单位」', quotes: ['此处填写落款单位'] },
        { message: '日期占位「X」', quotes: ['X', 'X'] },
      ],
    },
  ],
});
