// structure.title: the report has a title that names the agency and the reporting year.
import type { Span } from '../../model/schema';
import { splitLines } from '../../text/lines';
import { defineRule } from '../types';
import { titleYear } from '../support/years';
import { BREADCRUMB } from '../../parser/header';

/** "我局", "本单位": a title must name the agency, not refer to it. */
const PRONOUN_AGENCY = /^(?:我|本)(?:局|单位|机关|部门|委|办|院|中心|镇|乡|街道)$/;

/** A line that looks like an attempt at a title: short, names a 报告, no sentence in it. */
const TITLE_LIKE = /(?:报告|年报)$/;

const STANDARD = '政府信息公开工作年度报告';

export const title = defineRule({
  meta: {
    id: 'structure.title',
    category: 'structure',
    severity: 'error',
    title: '标题缺少机关名称或年度',
    description:
      '报告标题应写明机关名称和报告年度，如“某县司法局2024年政府信息公开工作年度报告”（标题可分两行书写）。缺少标题、标题不写机关或年度的，报告无法归档和比对。',
  },
  check(ctx) {
    const { doc } = ctx;
    const { report } = doc;
    const year = report.year;
    const proposed = (agency: string | null): string =>
      `${agency ?? '机关名称'}${year !== null ? `${year}年` : '××××年'}${STANDARD}`;

    if (!doc.titleSpan || report.title === null) {
      const firstHeading = doc.headings[0]?.span[0] ?? Math.min(report.text.length, 2000);
      const candidate = splitLines(report.text.slice(0, firstHeading))
        .map((l) => ({ ...l, trimmed: l.text.trim() }))
        // A page's breadcrumb ("…年报 > 关区报告") ends in 报告 too, but is no title.
        .find(
          (l) =>
            l.trimmed.length >= 4 &&
            l.trimmed.length <= 60 &&
            TITLE_LIKE.test(l.trimmed) &&
            !BREADCRUMB.test(l.trimmed),
        );
      if (candidate && !/[。；;，,]/.test(candidate.trimmed)) {
        const lead = candidate.text.length - candidate.text.trimStart().length;
        const span: Span = [
          candidate.start + lead,
          candidate.start + lead + candidate.trimmed.length,
        ];
        // A title that names agency and year in other words is a lesser fault than none.
        const named = /^[^\d\s]{2,30}(?:19|20)\d{2}\s*年/.test(candidate.trimmed);
        ctx.report({
          message: `标题「${candidate.trimmed}」不是规范的“机关名称＋年度＋${STANDARD}”形式`,
          ...(named ? { severity: 'warning' as const } : {}),
          spans: [span],
          expected: proposed(null),
          actual: candidate.trimmed,
          suggestion: `将标题改为“${proposed(null)}”`,
        });
        return;
      }
      ctx.report({
        message: `未找到报告标题：正文之前应有“机关名称＋年度＋${STANDARD}”形式的标题`,
        spans: doc.headings[0] ? [doc.headings[0].span] : [],
        expected: proposed(null),
        actual: null,
        suggestion: `在报告开头加上标题“${proposed(null)}”`,
      });
      return;
    }

    const agency = report.agency;
    const agencyMissing = agency === null || PRONOUN_AGENCY.test(agency);
    const yearMissing = titleYear(doc) === null;
    if (!agencyMissing && !yearMissing) return;
    const what =
      agencyMissing && yearMissing ? '机关名称和报告年度' : agencyMissing ? '机关名称' : '报告年度';
    const fixed = proposed(agencyMissing ? null : agency);
    ctx.report({
      message: `标题「${report.title}」未写明${what}`,
      spans: [doc.titleSpan],
      expected: fixed,
      actual: report.title,
      suggestion:
        yearMissing && year === null
          ? `在标题中写明机关名称和报告年度，如“${fixed}”`
          : `将标题改为“${fixed}”`,
    });
  },
});
