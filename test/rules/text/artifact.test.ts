// text.artifact: conversion leftovers, one finding per kind.
import { artifact } from '../../../src/shared/rules/text/artifact';
import { buildReportText } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const PROBLEMS_LONG =
  '一年来，县司法局在政府信息公开工作方面做了大量细致的工作，也取得了一定的成效，但是离县委县政府的要求和人民群众的期待还有一定差距。';

/** PDF-like text whose first wrapped prose line of section 五 is followed by a page number. */
const pdfWithPageBreakInProse = (): string => {
  const pdf = flattenLikePdf(
    buildReportText({
      prose: { '5': `${PROBLEMS_LONG}${PROBLEMS_LONG}改进情况：一是加强培训；二是完善制度。` },
    }),
  );
  const cut = pdf.indexOf('\n\n', pdf.indexOf('一年来'));
  return `${pdf.slice(0, cut)}\n\n- 5 -${pdf.slice(cut)}`;
};

ruleTester(artifact, {
  valid: [
    { name: 'a clean report', text: buildReportText() },
    {
      name: 'a page number between two paragraphs',
      text: buildReportText({
        prose: { '5': `${PROBLEMS_LONG}\n- 3 -\n改进情况：一是加强培训；二是完善制度。` },
      }),
    },
    {
      name: 'PDF text: page numbers inside the tables and a page break inside a wrapped sentence',
      text: pdfWithPageBreakInProse(),
    },
    {
      name: 'dashes and asterisks in ordinary text',
      text: buildReportText({
        prose: { '6': '本年度未收取信息处理费。\n注*：2023-2024 年数据已核对。\n-1.5万元为退费。' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a Word bookmark (sample 002)',
      text: buildReportText({
        prose: {
          '1': '[bookmark: _GoBack]2023年，区司法局坚持以习近平新时代中国特色社会主义思想为指导。',
        },
      }),
      findings: [
        {
          message: '1 处 Word 书签标记「[bookmark: _GoBack]」（第一部分「总体情况」 1 处',
          quotes: ['2023年，'],
          actual: '[bookmark: _GoBack]',
          severity: 'info',
        },
      ],
    },
    {
      name: 'Markdown bold marks (sample 003), also one split over a PDF line',
      text: buildReportText({
        prose: {
          '5': '问题：公开内容不够丰富。改进：**一是**加强培训。**二是*\n*完善制度。',
        },
      }),
      findings: [{ message: '加粗符号「**」2 处', quotes: ['一是', '二是'] }],
    },
    {
      name: 'Markdown list marks before the numbering (sample 001)',
      text: buildReportText({
        prose: {
          '6': '- (一) 进一步完善政府信息公开制度。\n- (二) 进一步加强业务能力培训。\n本年度未收取信息处理费。',
        },
      }),
      findings: [
        {
          message: '行首列表或标题符号「-」2 处（第六部分「其他需要报告的事项」 2 处',
          quotes: ['- ', '- '],
        },
      ],
    },
    {
      name: 'a page number pasted into the middle of a paragraph',
      text: buildReportText({
        prose: {
          '5': `${PROBLEMS_LONG}一是重点领域信息公开工作还需加\n- 4 -\n强，公共法律服务领域的政策解读还需加强。\n改进情况：一是加强培训；二是完善制度。`,
        },
      }),
      findings: [{ message: '1 处页码（「- 4 -」）插在句子中间', quotes: ['强，公共法律'] }],
    },
  ],
});
