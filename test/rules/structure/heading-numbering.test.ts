import { headingNumbering } from '../../../src/shared/rules/structure/heading-numbering';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

ruleTester(headingNumbering, {
  valid: [
    { name: 'the official headings', text: buildReportText() },
    { name: 'PDF-like text', text: flattenLikePdf(buildReportText()) },
    {
      name: 'trivial differences: 的, 方面, a colon, spaces, 一. , no 、 between 复议 and 诉讼',
      text: buildReportText({
        headings: {
          '1': '一. 总体情况',
          '2': '二、主动公开政府信息的情况',
          '3': '三、收到和处理政府信息公开申请情况：',
          '4': '四、政府信息公开行政复议行政诉讼情况',
          '5': '五、存在的主要问题和改进情况方面',
          '6': '六 、其他需要报告的事项',
        },
      }),
    },
    {
      name: 'the report’s subject named in a heading: 五、政府信息公开工作存在的主要问题及改进情况',
      text: buildReportText({
        headings: { '5': '五、政府信息公开工作存在的主要问题及改进情况' },
      }),
    },
    {
      name: 'a heading wrapped over two lines',
      text: buildReportText({ headings: { '4': '四、政府信息公开行政复议、行政诉讼情\n况' } }),
    },
    {
      name: 'sub-headings of section 一 are not section headings',
      text: buildReportText({
        prose: { '1': '（二）主动公开政府信息情况\n本年度主动公开政府信息120条。' },
      }),
    },
    {
      name: 'a merged heading is left to section-order',
      text: buildReportText({
        omit: ['6'],
        headings: { '5': '五、存在的主要问题及改进情况和其他事项' },
      }),
    },
  ],
  invalid: [
    {
      name: 'Arabic numbering "2、" and "3、" (as in a real report)',
      text: buildReportText({
        headings: { '2': '2、 主动公开政府信息情况', '3': '3、 收到和处理政府信息公开申请情况' },
      }),
      findings: [
        {
          message: '第二部分标题「2、 主动公开政府信息情况」序号应为「二、」，实为「2、」',
          severity: 'warning',
          expected: '二、主动公开政府信息情况',
          actual: '2、 主动公开政府信息情况',
          quotes: ['2、 主动公开政府信息情况'],
        },
        {
          message: '第三部分标题「3、 收到和处理政府信息公开申请情况」序号应为「三、」',
          expected: '三、收到和处理政府信息公开申请情况',
          quotes: ['3、 收到和处理政府信息公开申请情况'],
        },
      ],
    },
    {
      name: '"第二部分" as numbering',
      text: buildReportText({ headings: { '2': '第二部分 主动公开政府信息情况' } }),
      findings: [
        { message: '序号应为「二、」，实为「第二部分」', expected: '二、主动公开政府信息情况' },
      ],
    },
    {
      name: 'no numbering',
      text: buildReportText({ headings: { '6': '其他需要报告的事项' } }),
      findings: [
        {
          message: '第六部分标题「其他需要报告的事项」缺少序号「六、」',
          expected: '六、其他需要报告的事项',
          quotes: ['其他需要报告的事项'],
        },
      ],
    },
    {
      name: 'the numeral of another section',
      text: buildReportText({ headings: { '2': '三、主动公开政府信息情况' } }),
      findings: [
        { message: '第二部分标题「三、主动公开政府信息情况」序号应为「二、」，实为「三、」' },
      ],
    },
    {
      name: 'a renamed heading',
      text: buildReportText({ headings: { '5': '五、存在的主要问题及改进举措' } }),
      findings: [
        {
          message:
            '第五部分标题「五、存在的主要问题及改进举措」与格式规定的「五、存在的主要问题及改进情况」不一致',
          expected: '五、存在的主要问题及改进情况',
          actual: '五、存在的主要问题及改进举措',
        },
      ],
    },
    {
      name: 'renamed and numbered otherwise',
      text: buildReportText({
        headings: { '4': '第四部分 因政府信息公开工作被申请行政复议和提起行政诉讼情况' },
      }),
      findings: [
        {
          message:
            '序号应为「四、」，实为「第四部分」，文字也与格式规定的「四、政府信息公开行政复议、行政诉讼情况」不一致',
        },
      ],
    },
    {
      name: 'a section whose heading line was lost but whose sub-heading is there: info only',
      text: buildReportText({
        prose: { '5': '（一）2024年工作中存在问题的改进情况\n本年度完善了政府信息公开目录。' },
      }).replace('五、存在的主要问题及改进情况\n', ''),
      findings: [
        {
          message:
            '第五部分的内容在，但未见其标题「五、存在的主要问题及改进情况」（可能是文件转换时丢失了标题行）',
          severity: 'info',
          expected: '五、存在的主要问题及改进情况',
          actual: null,
        },
      ],
    },
    {
      name: 'a table without its heading',
      text: buildReportText().replace('三、收到和处理政府信息公开申请情况\n', ''),
      findings: [
        {
          message: '表三之前缺少本部分标题「三、收到和处理政府信息公开申请情况」',
          actual: null,
          quotes: [
            '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况\t\t\t\t\t\t\t总计',
          ],
        },
      ],
    },
  ],
});
