// structure.intro-parts: an intro sentence "本报告由…六部分组成" lists as many parts as it promises.
import type { SectionId } from '../../model/schema';
import { chineseNumberToNumber } from '../../text/numbers';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { ordinal, sectionIds, sectionLabel } from '../support/sections';

/** "六部分", "6个部分", "六大部分" — not "部分公开". */
const PARTS = /([一二三四五六七八九十两]|\d{1,2})\s*(?:个|大)?\s*部分(?!公开)/;
const COMPOSED = /组成|构成|分为|包括|包含/;
/** Where the list of parts begins: "由", "包括", "分为". */
const LIST_START = /(?:由|包括|包含|分为|分成)[：:]?/g;

/** The words by which a listed part names a section. */
const NAMES: Record<SectionId, RegExp> = {
  '1': /总体|概述|基本情况/,
  '2': /主动公开/,
  '3': /申请/,
  '4': /复议|诉讼/,
  '5': /问题|改进/,
  '6': /其他/,
};

/**
 * Counts the parts of a list "总体情况、主动公开政府信息情况、…". "行政复议、行政诉讼情况" is one
 * part split by its own 、; an item naming two sections ("…改进情况和其他需要报告的事项") is two.
 */
const countParts = (list: string): { count: number; named: Set<SectionId> } => {
  const named = new Set<SectionId>();
  let count = 0;
  let previous: string | null = null;
  for (const raw of list.split(/[、，,；;]/)) {
    const item = raw.trim().replace(/等$/, '');
    if (item === '') continue;
    const ids = sectionIds.filter((id) => NAMES[id].test(item));
    ids.forEach((id) => named.add(id));
    const key = ids.join('');
    if (ids.length === 1 && key === previous) continue;
    count += Math.max(1, ids.length);
    previous = key;
  }
  return { count, named };
};

export const introParts = defineRule({
  meta: {
    id: 'structure.intro-parts',
    category: 'structure',
    severity: 'info',
    title: '引言所述部分数不符',
    description:
      '报告开头“本报告由……六部分组成”之类的句子，所说的部分数应与其列出的部分、与报告实际的部分数一致。',
  },
  check(ctx) {
    const view = ctx.prose();
    const sectionCount = new Set(ctx.doc.headings.map((h) => h.id)).size;
    for (const s of ctx.sentences()) {
      if (s.text.length > 300 || !/报告/.test(s.text) || !COMPOSED.test(s.text)) continue;
      const m = PARTS.exec(s.text);
      const promised = m ? chineseNumberToNumber(m[1]!) : null;
      if (!m || promised === null || promised < 2) continue;
      let listFrom = -1;
      for (const l of s.text.slice(0, m.index).matchAll(LIST_START))
        listFrom = l.index + l[0].length;
      const list = listFrom >= 0 ? s.text.slice(listFrom, m.index) : '';
      const lead = s.text.length - s.text.trimStart().length;
      const span = viewRangeToBase(view, s.start + lead, s.end);
      const trimmed = s.text.trim().replace(/[。；;]$/, '');
      const quoted = trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
      // A list that ends in 等 is not meant to be complete.
      const parts = list.length >= 4 && !/等\s*$/.test(list) ? countParts(list) : null;
      const absent = parts ? sectionIds.filter((id) => !parts.named.has(id)) : [];
      const unlisted =
        absent.length > 0 ? `（未列${absent.map((id) => `第${ordinal[id]}部分`).join('、')}）` : '';
      const completion = absent.length > 0 ? `补列${absent.map(sectionLabel).join('、')}，并` : '';
      if (parts && parts.count !== promised) {
        ctx.report({
          message: `引言「${quoted}」称报告分为${m[1]}部分，但列出的是 ${parts.count} 部分${parts.count < promised ? unlisted : ''}`,
          spans: [span],
          expected: parts.count,
          actual: promised,
          suggestion:
            parts.count < promised && absent.length > 0
              ? `补列${absent.map(sectionLabel).join('、')}，使所列部分与所称部分数一致`
              : `将“${m[0].trim()}”改为与所列部分一致的数目`,
        });
      } else if (sectionCount === 6 && promised !== 6) {
        ctx.report({
          message: `引言「${quoted}」称报告分为${m[1]}部分${parts ? unlisted : ''}，而报告实有六部分`,
          spans: [span],
          expected: 6,
          actual: promised,
          suggestion: `${completion}将“${m[0].trim()}”改为“六部分”`,
        });
      }
    }
  },
});
