import { outdatedFormat } from '../../../src/shared/rules/structure/outdated-format';
import { with2019Table } from '../../support/form-2019';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** A 2021-form report whose table 三 keeps 2019's single row （六）其他处理. */
const singleOtherRow = buildReportText().replace(
  /\t\(六\) 其他处理\t1\.[^\n]*\n\t\t2\.[^\n]*\n\t\t3\. 其他(?:\t0)+\n/,
  '\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n',
);

/** A report in the format used before 2019: 概述, 收费及减免, 咨询处理情况, no 2021 tables. */
const preFormat = [
  '某县司法局2024年政府信息公开工作年度报告',
  '一、概述',
  '本年度我局认真贯彻落实《政府信息公开条例》。',
  '二、主动公开政府信息情况',
  '本年度主动公开政府信息120条。',
  '三、依申请公开政府信息情况',
  '本年度未收到政府信息公开申请，无否决公开的情况。',
  '四、政府信息公开的收费及减免情况',
  '本年度未收取任何费用。',
  '五、咨询处理情况',
  '本年度接受咨询30人次。',
  '六、因政府信息公开申请行政复议、提起行政诉讼的情况',
  '本年度未发生。',
  '七、存在的主要问题及改进情况',
  '信息更新不够及时，将加强培训。',
].join('\n');

ruleTester(outdatedFormat, {
  valid: [
    { name: 'the 2021 form', text: buildReportText() },
    { name: 'a 2020 report may still use the 2019 trial format', text: with2019Table(2020) },
    {
      name: 'a misread （六） row is no evidence when its 2021 sub-rows are named',
      text: buildReportText().replace(
        /\t\(六\) 其他处理\t1\.[^\n]*/,
        '\t(六) 其他处理\t0\t0\t0\t0\t0\t0\t0\n1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      ),
    },
  ],
  invalid: [
    {
      name: 'a 2024 report with the 2019 table 二',
      text: with2019Table(2024),
      findings: [
        {
          message:
            '本报告为2024年度报告，但仍按2019年试行格式（国办公开办函〔2019〕60号）编制（「本年新制作数量」「本年新公开数量」「对外公开总数量」「上一年项目数量」）',
          severity: 'error',
          expected: '2021年格式',
          actual: '2019年试行格式',
          quotes: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量'],
        },
      ],
    },
    {
      name: 'the 2019 format and no year to be sure: a warning',
      text: with2019Table(null),
      findings: [{ message: '未能确定报告年度', severity: 'warning' }],
    },
    {
      name: 'table 三 with the single row （六）其他处理',
      text: singleOtherRow,
      findings: [
        {
          message: '表三「（六）其他处理」只有一行、未分为三项',
          cells: [
            'requests/3.6/natural',
            'requests/3.6/commercial',
            'requests/3.6/research',
            'requests/3.6/ngo',
            'requests/3.6/legal',
            'requests/3.6/other',
            'requests/3.6/total',
          ],
          quotes: ['0'],
        },
      ],
    },
    {
      name: 'the format used before 2019',
      text: preFormat,
      findings: [
        {
          message:
            '本报告为2024年度报告，但仍按2019年以前的旧格式编制（「概述」「否决公开」「收费及减免」「咨询处理情况」）',
          severity: 'error',
          actual: '2019年以前格式',
          quotes: ['一、概述', '否决公开', '收费及减免', '咨询处理情况'],
        },
      ],
    },
    {
      name: '2021 tables under old headings: a warning about the wording',
      text: buildReportText({
        headings: { '1': '一、概述' },
        prose: { '6': '本年度收费及减免情况：未收取任何费用。咨询处理情况：接受咨询30人次。' },
      }),
      findings: [
        {
          message:
            '表格已按2021年格式填报，但正文仍有2019年以前旧格式的栏目或表述（「概述」「收费及减免」「咨询处理情况」）',
          severity: 'warning',
          quotes: ['一、概述', '收费及减免', '咨询处理情况'],
        },
      ],
    },
  ],
});
