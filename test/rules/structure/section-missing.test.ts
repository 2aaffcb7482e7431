import { sectionMissing } from '../../../src/shared/rules/structure/section-missing';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

ruleTester(sectionMissing, {
  valid: [
    { name: 'all six sections', text: buildReportText() },
    { name: 'PDF-like text', text: flattenLikePdf(buildReportText()) },
    {
      name: 'headings numbered otherwise still mark their sections',
      text: buildReportText({
        headings: {
          '1': '第一部分 总体情况',
          '2': '2、主动公开政府信息情况',
          '6': '其他需要报告的事项',
        },
      }),
    },
    {
      name: 'table 三 standing in for its lost heading',
      text: buildReportText().replace('三、收到和处理政府信息公开申请情况\n', ''),
    },
    {
      name: 'sections five and six merged under one heading (section-order says so)',
      text: buildReportText({
        omit: ['6'],
        headings: { '5': '五、存在的主要问题及改进情况和其他需要报告的事项' },
      }),
    },
  ],
  invalid: [
    {
      name: 'section 五 left out',
      text: buildReportText({ omit: ['5'] }),
      findings: [
        {
          message:
            '缺少第五部分「五、存在的主要问题及改进情况」，应位于「六、其他需要报告的事项」之前',
          severity: 'error',
          expected: '五、存在的主要问题及改进情况',
          actual: null,
          quotes: ['六、其他需要报告的事项'],
        },
      ],
    },
    {
      name: 'the last section left out',
      text: buildReportText({ omit: ['6'] }),
      findings: [
        {
          message:
            '缺少第六部分「六、其他需要报告的事项」，应位于「五、存在的主要问题及改进情况」之后',
          quotes: ['五、存在的主要问题及改进情况'],
        },
      ],
    },
    {
      name: 'section 二 with its table left out, and section 四',
      text: buildReportText({ omit: ['2', '4'] }),
      findings: [
        {
          message: '缺少第二部分「二、主动公开政府信息情况」（含表二）',
          quotes: ['三、收到和处理政府信息公开申请情况'],
        },
        {
          message: '缺少第四部分「四、政府信息公开行政复议、行政诉讼情况」（含表四）',
          quotes: ['五、存在的主要问题及改进情况'],
        },
      ],
    },
    {
      name: 'a heading reworded beyond recognition',
      text: buildReportText({ headings: { '5': '五、问题与建议' } }),
      findings: [{ message: '缺少第五部分', quotes: ['六、其他需要报告的事项'] }],
    },
    {
      name: 'a text with no sections at all',
      text: '某县司法局2024年政府信息公开工作年度报告\n\n本年度我局认真贯彻落实《政府信息公开条例》。\n',
      findings: [
        {
          message: '未找到报告的任何部分',
          expected: 6,
          actual: 0,
          quotes: ['某县司法局2024年政府信息公开工作年度报告'],
        },
      ],
    },
  ],
});
