// text.typo: misspelt fixed terms ("依申公开" for "依申请公开", "政府信箱公开申请"…).
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { countByPlace, excerpt, pushTo } from '../support/prose';
import { allTypos, type TypoEntry } from '../support/typo-dictionary';

/** Entries by their first two characters, so the scan stays linear in the text. */
const index = (() => {
  const byKey = new Map<string, TypoEntry[]>();
  for (const e of allTypos()) {
    const key = e.wrong.slice(0, 2);
    pushTo(byKey, key, e);
  }
  // Longest first: "政府信息平台建设" must win over a shorter entry at the same place.
  for (const list of byKey.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return byKey;
})();
/** Where an entry may start: the view is searched for these characters, not walked. */
const FIRST_CHARS = `[${[...new Set([...index.keys()].map((k) => k.charCodeAt(0)))]
  .map((c) => `\\u${c.toString(16).padStart(4, '0')}`)
  .join('')}]`;

export const typo = defineRule({
  meta: {
    id: 'text.typo',
    category: 'text',
    severity: 'warning',
    title: '固定用语错别字',
    description:
      '年报格式和《政府信息公开条例》中的固定用语写错，如“依申公开”应为“依申请公开”、“六部分成”应为“六部分组成”、“政府信息平台建设”应为“政府信息公开平台建设”、“政府信箱公开申请”应为“政府信息公开申请”，以及固定用语中多字、漏字或前后颠倒。',
  },
  check(ctx) {
    const view = ctx.prose();
    const t = view.text;
    const groups = new Map<TypoEntry, Span[]>();
    const starts = new RegExp(FIRST_CHARS, 'g');
    for (let m = starts.exec(t); m && m.index + 1 < t.length; m = starts.exec(t)) {
      const i = m.index;
      const candidates = index.get(t.slice(i, i + 2));
      if (!candidates) continue;
      const entry = candidates.find(
        (e) =>
          t.startsWith(e.wrong, i) &&
          !(e.notBefore && e.notBefore.test(t.slice(i + e.wrong.length, i + e.wrong.length + 2))),
      );
      if (!entry) continue;
      const span = viewRangeToBase(view, i, i + entry.wrong.length);
      pushTo(groups, entry, span);
      starts.lastIndex = i + entry.wrong.length;
    }
    for (const [entry, spans] of groups) {
      const first = spans[0]!;
      ctx.report({
        message: `「${entry.wrong}」应为「${entry.right}」（${countByPlace(
          ctx.doc,
          spans.map((s) => s[0]),
        )}，如「${excerpt(ctx.text, first[0], first[1])}」）`,
        spans,
        expected: entry.right,
        actual: entry.wrong,
        suggestion: `将「${entry.wrong}」改为「${entry.right}」`,
      });
    }
  },
});
