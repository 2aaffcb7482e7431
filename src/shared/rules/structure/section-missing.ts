// structure.section-missing: each of the six sections is there (a heading, or its table).
import type { SectionId, Span } from '../../model/schema';
import { officialHeadings } from '../../parser/sections';
import { defineRule } from '../types';
import {
  headingSpan,
  mergedHeadings,
  quoteHeading,
  sectionIds,
  sectionLabel,
  sectionTable,
} from '../support/sections';

export const sectionMissing = defineRule({
  meta: {
    id: 'structure.section-missing',
    formOnly: true,
    category: 'structure',
    severity: 'error',
    title: '缺少部分',
    description:
      '报告应包括格式规定的六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。二至四部分的表格在而标题丢失的，视为该部分存在（标题问题另行提示）；两部分合并在一个标题下的，由“部分顺序”规则提示。',
  },
  check(ctx) {
    const { doc } = ctx;
    const present = new Set<SectionId>(doc.headings.map((h) => h.id));
    // A section named in a merged heading is there; structure.section-order reports the merger.
    for (const merged of mergedHeadings(doc)) for (const id of merged.ids) present.add(id);
    const missing = sectionIds.filter((id) => !present.has(id));
    if (missing.length === 0) return;
    if (missing.length === sectionIds.length) {
      ctx.report({
        message:
          '未找到报告的任何部分：报告应按格式分为“一、总体情况”至“六、其他需要报告的事项”六个部分',
        spans: doc.titleSpan ? [doc.titleSpan] : [],
        expected: 6,
        actual: 0,
        suggestion: '按国办公开办函〔2021〕30号规定的格式编写六个部分',
      });
      return;
    }
    const headings = [...doc.headings].sort((a, b) => a.span[0] - b.span[0]);
    for (const id of missing) {
      // The place it belongs: before the next section that is there, else after the last one.
      const next = headings.find((h) => h.id > id);
      const prev = [...headings].reverse().find((h) => h.id < id);
      const at: Span[] = next ? [headingSpan(doc, next)] : prev ? [headingSpan(doc, prev)] : [];
      const where = next
        ? `，应位于「${quoteHeading(next.text)}」之前`
        : prev
          ? `，应位于「${quoteHeading(prev.text)}」之后`
          : '';
      const table = sectionTable[id];
      ctx.report({
        message: `缺少${sectionLabel(id)}${table ? `（含${table}）` : ''}${where}`,
        spans: at,
        expected: officialHeadings[id],
        actual: null,
        suggestion: `补充“${officialHeadings[id]}”${table ? `及${table}` : '及其内容'}`,
      });
    }
  },
});
