// Counted numbers ("36 条", "两件", "2000 余人次") and percentages ("18%") found in a piece of prose.
import { chineseNumberToNumber } from '../../text/numbers';

/** A number followed by its unit (量词), with where it stands in the searched string. */
export interface Count {
  value: number;
  unit: string;
  /** Offset of the number's first character. */
  start: number;
  /** Offset just after the unit. */
  end: number;
  /** "2000余人次", "约30条", "近百件": a rough figure that must not be compared exactly. */
  approx: boolean;
  /** Inside （…）: an aside such as "（含转载10条）", not a member of the list around it. */
  inParens: boolean;
}

/** A stated percentage. */
export interface Percent {
  value: number;
  /** Digits after the decimal point as written ("17.1%" → 1): the rounding the text shows. */
  decimals: number;
  raw: string;
  start: number;
  end: number;
}

const CN = '零〇一二两三四五六七八九十百千';
// Units longest first so that "人次" is not read as "人". 个 and 次 are kept: callers decide.
const UNITS = '人次|万元|件|条|个|篇|次|期|场|份|项|宗|起|例|家|名|人|户|批|部|元|天';
const COUNT_RE = new RegExp(
  `(?<![\\d.,${CN}第])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[${CN}]+)[ \\t]*(余|多)?[ \\t]*(${UNITS})(?!性)`,
  'g',
);
const PERCENT_RE = /(?<![\d.])(\d+(?:\.(\d+))?)[ \t]*[%％]/g;
const APPROX_BEFORE = /(?:约|近|逾|超过|大约|将近)[ \t]*$/;
/**
 * "本报告包括……等六个部分", "从三个方面": the number counts parts of a text or of an
 * argument, not cases; after "部" the 分 makes it the word 部分.
 */
const PARTS_AFTER = /^(?:[ \t]*(?:部分|方面|板块|章节|篇章))/;
const isPartsCount = (unit: string, after: string): boolean =>
  (unit === '部' && after.startsWith('分')) ||
  ((unit === '个' || unit === '项') && PARTS_AFTER.test(after));

const toNumber = (s: string): number | null => {
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return chineseNumberToNumber(s);
};

/** Depth of （…）/(…) nesting at each offset of `text`, computed once per string. */
const parenDepths = (text: string): Uint8Array => {
  const depth = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '（' || c === '(') d = Math.min(d + 1, 255);
    depth[i] = d;
    if ((c === '）' || c === ')') && d > 0) d--;
  }
  depth[text.length] = d;
  return depth;
};

/** Every counted number of `text`, in order. Ordinals ("第三条") and "一次性" are not counts. */
export const findCounts = (text: string): Count[] => {
  const out: Count[] = [];
  const depth = parenDepths(text);
  for (const m of text.matchAll(COUNT_RE)) {
    const value = toNumber(m[1]!);
    if (value === null) continue;
    const start = m.index;
    if (isPartsCount(m[3]!, text.slice(start + m[0].length, start + m[0].length + 4))) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    out.push({
      value,
      unit: m[3]!,
      start,
      end: start + m[0].length,
      approx: m[2] !== undefined || APPROX_BEFORE.test(before),
      inParens: depth[start]! > 0,
    });
  }
  return out;
};

/** Every percentage of `text`, in order. */
export const findPercents = (text: string): Percent[] =>
  [...text.matchAll(PERCENT_RE)].map((m) => ({
    value: Number(m[1]),
    decimals: m[2]?.length ?? 0,
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

/** "6 条" → "6条"; how a count is quoted back in a message. */
export const showCount = (c: Pick<Count, 'value' | 'unit'>): string => `${c.value}${c.unit}`;
