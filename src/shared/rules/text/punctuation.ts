// text.punctuation: half-width commas and brackets in Chinese prose that elsewhere uses the
// full-width ones, bracket pairs of mixed width, a space inside a year. Tables are left alone.
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import { defineRule } from '../types';
import { countByPlace, excerpt } from '../support/prose';

/** Characters that make a neighbouring comma or bracket part of Chinese writing. */
const CHINESE = /[\u3400-\u9fff“”‘’《》〈〉「」、。；：！？]/;

/** Half-width comma with Chinese on one side, not inside a number ("3,000"). */
const HALF_COMMA = /,/g;
/** A half-width pair around Chinese words: "(一)", "(以下简称《条例》)". */
const HALF_PAIR = /\([^()（）\n]{1,40}\)/g;
/** A pair opened in one width and closed in the other: "（2024)", "(一）". */
const MIXED_PAIR = /（[^()（）\n]{0,40}\)|\([^()（）\n]{0,40}）/g;
/** A year broken by a space: "20 24年". */
const SPLIT_YEAR = /(?<![\d.])(?:1 9\d\d|2 0\d\d|19 \d\d|20 \d\d|19\d \d|20\d \d)(?=年)/g;

interface Kind {
  name: string;
  why: string;
  spans: Span[];
  suggestion: string;
}

const neighbour = (s: string, i: number, step: 1 | -1): string => {
  let j = i + step;
  while (j >= 0 && j < s.length && s[j] === ' ') j += step;
  return s[j] ?? '';
};

export const punctuation = defineRule({
  meta: {
    id: 'text.punctuation',
    category: 'text',
    severity: 'info',
    title: '标点全半角混用',
    description:
      '中文正文中混用半角逗号“,”、半角括号“()”与全角“，”“（）”，括号前后全半角不配对，或年份数字中间夹有空格。表格不检查。',
  },
  check(ctx) {
    const view = ctx.prose();
    const sentences = ctx.sentences();
    const commas: Span[] = [];
    const pairs: Span[] = [];
    const mixed: Span[] = [];
    const spaces: Span[] = [];
    let fullCommas = 0;
    let fullPairs = 0;
    const add = (list: Span[], at: number, len: number): void => {
      list.push(viewRangeToBase(view, at, at + len));
    };
    for (const s of sentences) {
      const t = s.text;
      fullCommas += (t.match(/，/g) ?? []).length;
      fullPairs += (t.match(/（/g) ?? []).length;
      for (const m of t.matchAll(HALF_COMMA)) {
        const before = neighbour(t, m.index, -1);
        const after = neighbour(t, m.index, 1);
        if (CHINESE.test(before) || CHINESE.test(after)) add(commas, s.start + m.index, 1);
      }
      for (const m of t.matchAll(HALF_PAIR)) {
        if (/[\u3400-\u9fff]/.test(m[0])) add(pairs, s.start + m.index, m[0].length);
      }
      for (const m of t.matchAll(MIXED_PAIR)) add(mixed, s.start + m.index, m[0].length);
      for (const m of t.matchAll(SPLIT_YEAR)) add(spaces, s.start + m.index, m[0].length);
    }
    // Half-width marks count only where the report also uses the full-width ones: a report
    // written wholly in one style may have been converted so; a mix is the author's.
    const kinds: Kind[] = [
      {
        name: '半角逗号「,」',
        why: '与文中其他地方使用的全角逗号「，」不一致',
        spans: fullCommas > 0 ? commas : [],
        suggestion: '中文句子中的逗号统一改为全角「，」',
      },
      {
        name: '半角括号「()」',
        why: '与文中其他地方使用的全角括号「（）」不一致',
        spans: fullPairs > 0 ? pairs : [],
        suggestion: '中文句子中的括号统一改为全角「（）」',
      },
      {
        name: '前后全半角不配对的括号',
        why: '左右括号一个全角、一个半角',
        spans: mixed,
        suggestion: '括号前后统一改为全角「（）」',
      },
      {
        name: '年份数字中间的空格',
        why: '年份被空格隔开',
        spans: spaces,
        suggestion: '删除年份数字中间的空格',
      },
    ];
    for (const kind of kinds) {
      if (kind.spans.length === 0) continue;
      const first = kind.spans[0]!;
      const example = excerpt(ctx.text, first[0], first[1], 10);
      ctx.report({
        message: `中文正文中有 ${kind.spans.length} 处${kind.name}（${countByPlace(
          ctx.doc,
          kind.spans.map((sp) => sp[0]),
        )}，如「${example}」），${kind.why}`,
        spans: kind.spans,
        actual: kind.spans.length,
        suggestion: kind.suggestion,
      });
    }
  },
});
