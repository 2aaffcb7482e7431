// structure.heading-numbering: the six headings read "一、总体情况" … "六、其他需要报告的事项".
import type { SectionId } from '../../model/schema';
import { officialHeadings } from '../../parser/sections';
import type { HeadingInfo, ParsedDocument } from '../../parser/types';
import { defineRule } from '../types';
import {
  essentialWording,
  headingSpan,
  mergedHeadings,
  officialWording,
  quoteHeading,
  ordinal,
  sectionTable,
} from '../support/sections';

/** "二、" and the trivial variants "二." "二．" "二 、" of the right numeral. */
const numberingIsRight = (numbering: string, id: SectionId): boolean =>
  new RegExp(`^${ordinal[id]}\\s*[、.．]$`).test(numbering);

/** The wording after the numbering; a heading wrapped by a PDF gets its short second line. */
const wordingOf = (doc: ParsedDocument, h: HeadingInfo): string => {
  const rest = h.text.slice(h.text.indexOf(h.numbering) + h.numbering.length).trim();
  const official = essentialWording(officialWording(h.id));
  if (essentialWording(rest) === official) return rest;
  const after = doc.report.text
    .slice(h.span[1] + 1)
    .split('\n', 1)[0]!
    .trim();
  const joined = rest + after;
  return after.length > 0 && after.length <= 6 && essentialWording(joined) === official
    ? joined
    : rest;
};

export const headingNumbering = defineRule({
  meta: {
    id: 'structure.heading-numbering',
    formOnly: true,
    category: 'structure',
    severity: 'warning',
    title: '部分标题不规范',
    description:
      '六个部分的标题应按格式写作“一、总体情况”至“六、其他需要报告的事项”：序号用“一、”等中文数字，不用“2、”“第二部分”，也不能缺序号；标题文字不应改写。仅多“方面”“工作”、标点或“的”之类的差别不提示。表格前缺少本部分标题的，也在此提示；某部分的内容在而只缺标题行（从其小标题读出）的，作为提示信息列出。',
  },
  check(ctx) {
    const { doc } = ctx;
    const merged = mergedHeadings(doc);
    for (const h of doc.headings) {
      const official = officialHeadings[h.id];
      const span = headingSpan(doc, h);
      if (!h.found && h.placement === 'sub-heading') {
        // The section's content is there, found through its sub-heading: a conversion can drop
        // a heading line, and the reviewer still sees the section, so this is only a note.
        ctx.report({
          message: `第${ordinal[h.id]}部分的内容在，但未见其标题「${official}」（可能是文件转换时丢失了标题行）`,
          severity: 'info',
          spans: [span],
          expected: official,
          actual: null,
          suggestion: `核对原件，在该部分之前应有标题“${official}”`,
        });
        continue;
      }
      if (!h.found) {
        const table = sectionTable[h.id] ?? '表格';
        ctx.report({
          message: `${table}之前缺少本部分标题「${official}」`,
          spans: [span],
          expected: official,
          actual: null,
          suggestion: `在${table}之前加上标题“${official}”`,
        });
        continue;
      }
      if (merged.some((m) => m.span[0] < h.span[1] && h.span[0] < m.span[1])) continue;
      const numberingOk = numberingIsRight(h.numbering.replace(/\s+/g, ''), h.id);
      const wording = wordingOf(doc, h);
      const wordingOk = essentialWording(wording) === essentialWording(officialWording(h.id));
      if (numberingOk && wordingOk) continue;
      const expectedNumbering = `${ordinal[h.id]}、`;
      const numberingProblem =
        h.numbering === ''
          ? `缺少序号「${expectedNumbering}」`
          : `序号应为「${expectedNumbering}」，实为「${h.numbering}」`;
      const message = wordingOk
        ? `第${ordinal[h.id]}部分标题「${quoteHeading(h.text)}」${numberingProblem}`
        : numberingOk
          ? `第${ordinal[h.id]}部分标题「${quoteHeading(h.text)}」与格式规定的「${official}」不一致`
          : `第${ordinal[h.id]}部分标题「${quoteHeading(h.text)}」${numberingProblem}，文字也与格式规定的「${official}」不一致`;
      ctx.report({
        message,
        spans: [span],
        expected: official,
        actual: h.text,
        suggestion: `改为“${official}”`,
      });
    }
  },
});
