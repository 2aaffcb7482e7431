// structure.section-order: the sections follow one another from 一 to 六, each under its own heading.
import { officialHeadings } from '../../parser/sections';
import type { HeadingInfo } from '../../parser/types';
import { defineRule } from '../types';
import {
  headingSpan,
  mergedHeadings,
  ordinal,
  quoteHeading,
  sectionLabel,
} from '../support/sections';

/** The headings that keep the longest run in the form's order; the others are out of place. */
const outOfPlace = (headings: readonly HeadingInfo[]): Set<HeadingInfo> => {
  const n = headings.length;
  const best = new Array<number>(n).fill(1);
  const from = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++)
      if (headings[j]!.id < headings[i]!.id && best[j]! + 1 > best[i]!) {
        best[i] = best[j]! + 1;
        from[i] = j;
      }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i]! > best[end]!) end = i;
  const keep = new Set<number>();
  for (let i = n > 0 ? end : -1; i >= 0; i = from[i]!) keep.add(i);
  return new Set(headings.filter((_, i) => !keep.has(i)));
};

export const sectionOrder = defineRule({
  meta: {
    id: 'structure.section-order',
    formOnly: true,
    category: 'structure',
    severity: 'warning',
    title: '部分顺序错乱或合并',
    description:
      '六个部分应按一至六的顺序排列，每部分有自己的标题；把两部分合并在一个标题下（如“五、存在的主要问题及改进情况和其他需要报告的事项”）或调换顺序的，不符合格式要求。',
  },
  check(ctx) {
    const { doc } = ctx;
    for (const m of mergedHeadings(doc)) {
      const names = m.ids.map((id) => `第${ordinal[id]}部分`).join('、');
      ctx.report({
        message: `标题「${quoteHeading(m.text)}」把${names}合并在一起，格式要求各部分分列`,
        spans: [m.span],
        expected: m.ids.map((id) => `「${officialHeadings[id]}」`).join(''),
        actual: m.text,
        suggestion: `分为${m.ids.map((id) => `「${officialHeadings[id]}」`).join('、')}${m.ids.length}个部分分别叙述`,
      });
    }
    const headings = [...doc.headings].sort((a, b) => a.span[0] - b.span[0]);
    const misplaced = outOfPlace(headings);
    for (const h of headings) {
      if (!misplaced.has(h)) continue;
      const before = headings.slice(0, headings.indexOf(h)).find((o) => o.id > h.id);
      ctx.report({
        message: `${sectionLabel(h.id)}排在${before ? sectionLabel(before.id) : '后面的部分'}之后，顺序应为一至六`,
        spans: [headingSpan(doc, h)],
        expected: `第${ordinal[h.id]}部分`,
        actual: h.text,
        suggestion: '按“一、总体情况”至“六、其他需要报告的事项”的顺序调整各部分',
      });
    }
  },
});
