import { title } from '../../../src/shared/rules/structure/title';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withPeriod = (titleText: string): string =>
  buildReportText({
    title: titleText,
    prose: {
      '1': '本报告所列数据的统计期限自2024年1月1日至2024年12月31日止。\n（一）主动公开\n本年度在政府门户网站主动公开政府信息。',
    },
  });

ruleTester(title, {
  valid: [
    { name: 'the official form', text: buildReportText() },
    {
      name: 'a title wrapped over two lines',
      text: buildReportText({ title: '攀枝花市西区司法局\n\n2023 年政府信息公开工作年度报告' }),
    },
    {
      name: 'the year in Chinese numerals, with 年度',
      text: buildReportText({ title: '某县司法局二〇二四年度政府信息公开工作年度报告' }),
    },
    {
      name: 'the year before the agency',
      text: buildReportText({ title: '2024年度某县人民政府政府信息公开工作年度报告' }),
    },
    { name: 'PDF-like text', text: flattenLikePdf(buildReportText({ agency: '渠县司法局' })) },
  ],
  invalid: [
    {
      name: 'no year in the title (the period gives it)',
      text: withPeriod('某县司法局政府信息公开工作年度报告'),
      findings: [
        {
          message: '标题「某县司法局政府信息公开工作年度报告」未写明报告年度',
          expected: '某县司法局2024年政府信息公开工作年度报告',
          actual: '某县司法局政府信息公开工作年度报告',
          quotes: ['某县司法局政府信息公开工作年度报告'],
        },
      ],
    },
    {
      name: 'no agency in the title',
      text: buildReportText({ title: '2024年政府信息公开工作年度报告' }),
      findings: [
        {
          message: '未写明机关名称',
          severity: 'error',
          expected: '机关名称2024年政府信息公开工作年度报告',
          quotes: ['2024年政府信息公开工作年度报告'],
        },
      ],
    },
    {
      name: '"我局" is no agency name',
      text: buildReportText({ title: '我局2024年政府信息公开工作年度报告' }),
      findings: [{ message: '未写明机关名称', quotes: ['我局2024年政府信息公开工作年度报告'] }],
    },
    {
      name: 'neither agency nor year',
      text: buildReportText({ title: '政府信息公开工作年度报告' }),
      findings: [{ message: '未写明机关名称和报告年度', actual: '政府信息公开工作年度报告' }],
    },
    {
      name: 'a title that is not a 政府信息公开工作年度报告',
      text: buildReportText({ title: '某县司法局2024年政务公开工作报告' }),
      findings: [
        {
          message: '标题「某县司法局2024年政务公开工作报告」不是规范的',
          severity: 'warning',
          actual: '某县司法局2024年政务公开工作报告',
          quotes: ['某县司法局2024年政务公开工作报告'],
        },
      ],
    },
    {
      name: 'agency and year named, in other words: a warning',
      text: buildReportText({ title: '某县司法局关于2024年度政府信息公开工作的报告' }),
      findings: [
        {
          message: '标题「某县司法局关于2024年度政府信息公开工作的报告」不是规范的',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'no title at all',
      text: buildReportText({ title: '' }),
      findings: [
        { message: '未找到报告标题', severity: 'error', actual: null, quotes: ['一、总体情况'] },
      ],
    },
    {
      // A page's breadcrumb ends in 报告 too; quoting it as the report's title misleads.
      name: 'a breadcrumb ending in 报告 is no title: the title is missing',
      text: buildReportText({
        title: '您的位置:首页 > 政府信息公开 > 政府信息公开年报 > 部门报告',
      }),
      findings: [{ message: '未找到报告标题', severity: 'error', actual: null }],
    },
  ],
});
