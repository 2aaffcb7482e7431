// consistency.parts-sum: "共N条，其中a条，b条，c条" whose parts do not add up to N.
import { defineRule } from '../types';
import { findCounts, showCount, type Count } from '../support/counts';
import { clauseStarts, sentenceRangeToBase } from '../support/narrative';

/** Between the total and 其中 only punctuation may stand: "123 条，其中". */
const TOTAL_GAP = /^[\s，,：:]*$/;
/**
 * A label that starts another statement, not a part: rates, comparisons, new totals, and the
 * other figures of an account of applications (上年结转, 办结).
 */
const STOP =
  /同比|环比|较|增长|增加|减少|下降|上升|占|率|办结|答复|按时|均|全部|其中|另|此外|同时|共计|共有|共[\s\d一二两三四五六七八九十]|合计|累计|总计|结转|上年|新收|收到|受理|[%％]/;
/** Markers that the list names only some of the parts. */
const PARTIAL = /等|其他|其它|其余|另有|包括|主要|以及/;
const MAX_LABEL = 20;

interface List {
  total: Count;
  parts: Count[];
  complete: boolean;
}

/** True when nothing but punctuation follows `from` in the sentence. */
const closesSentence = (sentence: string, from: number): boolean => {
  for (let i = from; i < sentence.length; i++)
    if (!/[\s。！？!?；;，,]/.test(sentence[i]!)) return false;
  return true;
};

/**
 * The list opened by the 其中 at `at`, or null when no total stands just before it.
 * `next` is the index of the first count after `at`.
 */
const listAt = (
  sentence: string,
  counts: readonly Count[],
  at: number,
  next: number,
): List | null => {
  const total = counts[next - 1];
  if (!total || total.approx || total.inParens) return null;
  if (at - total.end > 4 || !TOTAL_GAP.test(sentence.slice(total.end, at))) return null;
  const parts: Count[] = [];
  let complete = true;
  let sum = 0;
  let from = at + 2;
  for (let k = next; k < counts.length; k++) {
    const c = counts[k]!;
    if (c.inParens) continue;
    // A long way to the next count: it belongs to another statement.
    const label =
      c.start - from > MAX_LABEL + 4
        ? null
        : sentence.slice(from, c.start).replace(/^[\s，,；;、：:]+/, '');
    from = c.end;
    if (c.approx) return null;
    if (label === null || STOP.test(label) || label.length > MAX_LABEL || c.unit !== total.unit) {
      complete = false;
      break;
    }
    // The list already added up, and a further count follows: a new statement begins.
    if (parts.length > 0 && sum === total.value && sum + c.value > total.value) break;
    if (PARTIAL.test(label)) complete = false;
    parts.push(c);
    sum += c.value;
  }
  const last = parts.at(-1);
  if (!last) return null;
  // Complete only when the list closes the sentence: not "…2条等", not "…2条，占总数的80%".
  if (!closesSentence(sentence, last.end)) complete = false;
  return { total, parts, complete };
};

/** Above this many parts, no subsets are tried (2^12 sums at most). */
const MAX_SUBSET_PARTS = 12;

/**
 * True when some of the parts, others left out, add up to the total exactly: "动态类1744条，
 * 政务信息393条，解读类21条，回应热点2条" of 2139 counts the 解读 inside the 政务信息.
 */
const someAddUp = (parts: readonly Count[], total: number): boolean => {
  if (parts.length > MAX_SUBSET_PARTS) return false;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    let sum = 0;
    for (let i = 0; i < parts.length; i++) if (mask & (1 << i)) sum += parts[i]!.value;
    if (sum === total) return true;
  }
  return false;
};

export const partsSum = defineRule({
  meta: {
    id: 'consistency.parts-sum',
    category: 'consistency',
    severity: 'warning',
    title: '分项之和与总数不符',
    description:
      '正文“共N条，其中a条，b条……”中，各分项之和不应超过总数；列举完整（无“等”“其他”）时应等于总数。只比较同一句中单位相同的数字；去掉某些分项后恰好等于总数的（一项是另一项的细分），视为嵌套列举，不提示。',
  },
  check(ctx) {
    for (const sentence of ctx.narrative({ semicolons: false })) {
      const text = sentence.text;
      if (!text.includes('其中')) continue;
      const counts = findCounts(text);
      let next = 0;
      let clauseAt: ReturnType<typeof clauseStarts> | null = null;
      for (const m of text.matchAll(/其中/g)) {
        while (next < counts.length && counts[next]!.start < m.index) next++;
        const list = listAt(text, counts, m.index, next);
        if (!list) continue;
        const { total, parts, complete } = list;
        const sum = parts.reduce((s, c) => s + c.value, 0);
        const over = sum > total.value;
        if (!over && !(complete && parts.length >= 2 && sum < total.value)) continue;
        // One part is a part of another: the list is nested, not wrong.
        if (over && someAddUp(parts, total.value)) continue;
        const lastEnd = parts.at(-1)!.end;
        clauseAt ??= clauseStarts(text);
        const from = clauseAt(total.start);
        const quote = text.slice(from, lastEnd);
        const terms = parts.map((c) => c.value).join('+');
        ctx.report({
          message: over
            ? `「${quote}」中各分项之和为 ${sum}${total.unit}（${terms}），超过总数 ${showCount(total)}`
            : `「${quote}」中各分项之和为 ${sum}${total.unit}（${terms}），少于总数 ${showCount(total)}，而列举中没有“等”“其他”`,
          spans: [sentenceRangeToBase(ctx, sentence, from, lastEnd)],
          expected: sum,
          actual: total.value,
          suggestion: over
            ? `核对总数和各分项的数字：分项之和不应超过总数`
            : `核对总数和各分项的数字；如只列举了部分分项，请补充其余分项或加“等”字`,
        });
      }
    }
  },
});
