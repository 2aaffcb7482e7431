import { sectionOrder } from '../../../src/shared/rules/structure/section-order';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** Moves the section starting at heading `from` (up to heading `to`, or the end) to the end. */
const moveToEnd = (text: string, from: string, to: string | null): string => {
  const s = text.indexOf(from);
  const e = to ? text.indexOf(to) : text.length;
  return `${text.slice(0, s)}${text.slice(e).trimEnd()}\n\n${text.slice(s, e).trimEnd()}\n`;
};

const intro =
  '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。';

ruleTester(sectionOrder, {
  valid: [
    { name: 'six sections in order', text: buildReportText() },
    { name: 'PDF-like text', text: flattenLikePdf(buildReportText()) },
    {
      name: 'an intro sentence naming every heading is no merged heading',
      text: buildReportText({ title: `某县司法局2024年政府信息公开工作年度报告\n${intro}` }),
    },
    {
      name: 'an intro sentence wrapped by the page width, a line starting with a heading’s words',
      text: buildReportText({
        title:
          '某县司法局2024年政府信息公开工作年度报告\n根据条例要求编制本报告。本报告包括总体情况、主动公开政府信息情况、\n收到和处理政府信息公开申请情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府\n信息公开工作存在的主要问题及改进情况和其他需要报告的事项等六个部分。',
      }),
    },
    {
      name: 'a sub-heading naming two topics under section 一',
      text: buildReportText({
        prose: { '1': '（二）依申请公开和行政复议情况\n本年度未收到政府信息公开申请。' },
      }),
    },
    {
      name: 'a section left out is not disorder (section-missing says so)',
      text: buildReportText({ omit: ['3'] }),
    },
  ],
  invalid: [
    {
      name: 'section 五 after section 六',
      text: moveToEnd(buildReportText(), '五、存在的主要问题及改进情况', '六、其他需要报告的事项'),
      findings: [
        {
          message:
            '第五部分「五、存在的主要问题及改进情况」排在第六部分「六、其他需要报告的事项」之后，顺序应为一至六',
          severity: 'warning',
          expected: '第五部分',
          quotes: ['五、存在的主要问题及改进情况'],
        },
      ],
    },
    {
      name: 'table 四 standing before section 三',
      text: moveToEnd(
        buildReportText(),
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ),
      findings: [{ message: '第三部分「三、收到和处理政府信息公开申请情况」排在第四部分' }],
    },
    {
      name: 'sections 五 and 六 under one heading',
      text: buildReportText({
        omit: ['6'],
        headings: { '5': '五、存在的主要问题及改进情况和其他需要报告的事项' },
      }),
      findings: [
        {
          message:
            '标题「五、存在的主要问题及改进情况和其他需要报告的事项」把第五部分、第六部分合并在一起',
          actual: '五、存在的主要问题及改进情况和其他需要报告的事项',
          quotes: ['五、存在的主要问题及改进情况和其他需要报告的事项'],
        },
      ],
    },
    {
      name: 'sections 三 and 四 under one heading',
      text: buildReportText({
        omit: ['4'],
        headings: { '3': '三、收到和处理政府信息公开申请及行政复议、行政诉讼情况' },
      }),
      findings: [{ message: '把第三部分、第四部分合并在一起' }],
    },
  ],
});
