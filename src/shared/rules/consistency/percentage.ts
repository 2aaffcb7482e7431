// consistency.percentage: a stated rate ("采用率18%", "办结率100%", "占比40%") that the numbers
// stated in the same sentence do not give, allowing for the rounding the text shows.
import { defineRule } from '../types';
import { findCounts, findPercents, type Count, type Percent } from '../support/counts';
import { clauseStarts, sentenceRangeToBase } from '../support/narrative';

/** Growth, targets and thresholds: not a ratio of the numbers stated. */
const NOT_A_RATIO =
  /同比|环比|增长|下降|提高|提升|增加|减少|上升|降低|超过|不低于|不少于|以上|以下|达标|目标|要求|分别|力争|确保/;
/**
 * A share of the total the sentence states ("占比25%", "占总数的25%", "所占比例为25%"), not of
 * something it does not count ("占全市的10%", "占政策文件总数的80%").
 */
const SHARE_OF_TOTAL = /^占(?:比|总数|总量|全部|总体)?的?(?:比例|比重)?(?:为|是|约|达到?)?[ \t]*$/;

/** True when `n/d` written with `p`'s precision can read as `p` (rounded or truncated). */
export const agrees = (n: number, d: number, p: Pick<Percent, 'value' | 'decimals'>): boolean => {
  if (d <= 0) return false;
  if (p.value === 100) return n === d;
  if (p.value === 0) return n === 0;
  const t = (100 * n) / d;
  const unit = 10 ** -p.decimals;
  return t >= p.value - unit / 2 - 1e-9 && t < p.value + unit - 1e-9;
};

interface Reading {
  name: string;
  numerators: Count[];
  /**
   * The counts that may be its base; for a share after "其中", the totals stated before it
   * (never a sibling part: "其中网络申请39件，占88.6%，信函申请5件，占11.4%" is not 5/39).
   */
  bases: readonly Count[];
}

/** How far before a percentage its numbers may stand (a long sentence holds other things). */
const WINDOW = 160;
const MAX_COUNTS = 12;

/**
 * What the percentage is a rate of, and the counts that may be its numerator. `before` are
 * the counts of the window before it.
 */
const readingOf = (
  text: string,
  clauseAt: (at: number, limit?: number) => number,
  p: Percent,
  before: readonly Count[],
): Reading | null => {
  const head = text.slice(clauseAt(p.start, WINDOW), p.start);
  if (NOT_A_RATIO.test(head)) return null;
  const rate = [...head.matchAll(/([\u4e00-\u9fff]{1,6}?)率/g)].at(-1);
  if (rate) {
    const stem = rate[1]!.replace(/^[的其]/, '');
    const stems = stem.length > 2 ? [stem, stem.slice(-2)] : [stem];
    const numerators = before.filter((c) => {
      const label = text.slice(clauseAt(c.start, WINDOW), c.start);
      return stems.some((s) => label.includes(s));
    });
    return { name: `${stem}率`, numerators, bases: before };
  }
  const share = head.lastIndexOf('占');
  const last = before.at(-1);
  if (share < 0 || !last || !SHARE_OF_TOTAL.test(head.slice(share))) return null;
  // "其中图文6篇，视频2篇，占比80%": the share may be of the parts together.
  const from = Math.max(0, p.start - WINDOW);
  const at = text.slice(from, p.start).lastIndexOf('其中');
  const parts = at < 0 ? [] : before.filter((c) => c.start > from + at && c.unit === last.unit);
  const together = { ...last, value: parts.reduce((s, c) => s + c.value, 0) };
  const numerators = parts.length > 1 ? [together, last] : [last];
  // With "其中" the base is a total stated before it; without a total the base is unclear.
  const bases = at < 0 ? before : before.filter((c) => c.start < from + at);
  return { name: '占比', numerators, bases };
};

const show = (v: number, decimals: number): string => `${Number(v.toFixed(decimals))}%`;

export const percentage = defineRule({
  meta: {
    id: 'consistency.percentage',
    category: 'consistency',
    severity: 'warning',
    title: '百分比与所列数字不符',
    description:
      '正文中的比率（如采用率、办结率、占比）应能由同一句中列出的数字算出，允许按所写精度四舍五入或舍去尾数。',
  },
  check(ctx) {
    for (const sentence of ctx.narrative({ semicolons: false })) {
      const text = sentence.text;
      const percents = findPercents(text);
      if (percents.length === 0) continue;
      const counts = findCounts(text).filter((c) => !c.approx);
      const clauseAt = clauseStarts(text);
      let lo = 0;
      let hi = 0;
      /** Counts followed directly by a percentage of their own (the last count before it). */
      const ownShare = new Set<Count>();
      for (const p of percents) {
        const own = counts.filter((c) => c.end <= p.start).at(-1);
        if (own) ownShare.add(own);
      }
      for (const p of percents) {
        while (hi < counts.length && counts[hi]!.end <= p.start) hi++;
        while (lo < hi && counts[lo]!.start < p.start - WINDOW) lo++;
        if (p.value > 100) continue;
        // The numbers of a rate stand close to it: the last few counts of the window.
        const before = counts.slice(Math.max(lo, hi - MAX_COUNTS), hi);
        const reading = readingOf(text, clauseAt, p, before);
        if (!reading || reading.numerators.length === 0) continue;
        const pairs = reading.numerators.flatMap((n) =>
          reading.bases
            .filter((d) => d !== n && d.unit === n.unit && d.value >= n.value && d.value > 0)
            .map((d) => ({ n, d })),
        );
        if (pairs.length === 0 || pairs.some(({ n, d }) => agrees(n.value, d.value, p))) continue;
        // A part that states its own share before this one is a sibling, not the base:
        // "规划类4条，占比16.67%；许可类11条，占比45.83%；卫生类9条，占比37.5%" (of a total
        // stated elsewhere) is no 9÷11. With only siblings to divide by, the base is unknown.
        const firm = pairs.filter(({ d }) => !ownShare.has(d));
        if (firm.length === 0) continue;
        // The likeliest reading: the last numerator over the first (the total) count.
        const n = reading.numerators.at(-1)!;
        const d = firm.find((x) => x.n === n)?.d ?? firm[0]!.d;
        const t = (100 * n.value) / d.value;
        const expected = show(t, p.decimals);
        const from = clauseAt(Math.min(d.start, n.start), WINDOW);
        ctx.report({
          message: `「${text.slice(from, p.end)}」中${reading.name}${p.raw}与所列数字不符：${n.value}÷${d.value}≈${t.toFixed(p.decimals + 2)}%，按所写精度应为 ${expected}`,
          spans: [sentenceRangeToBase(ctx, sentence, from, p.end)],
          expected,
          actual: p.raw.replace(/\s+/g, ''),
          suggestion: `将「${p.raw}」改为「${expected}」，或核对 ${d.value}、${n.value} 两个数字`,
        });
      }
    }
  },
});
