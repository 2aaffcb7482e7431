// Chinese and Arabic numerals as numbers.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "二〇二四" → 2024 (digit by digit, as years are written). */
export const chineseDigitsToNumber = (s: string): number | null => {
  let n = 0;
  for (const c of s) {
    const d = DIGITS[c];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return s.length > 0 ? n : null;
};

/** "十二" → 12, "三十一" → 31, "一百零五" → 105 (small counts written in words). */
export const chineseNumberToNumber = (s: string): number | null => {
  if (/^\d+$/.test(s)) return parsePlainNumber(s);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const c of s) {
    if (c in DIGITS) {
      current = DIGITS[c]!;
      seen = true;
    } else if (c === '十') {
      total += (current || 1) * 10;
      current = 0;
      seen = true;
    } else if (c === '百') {
      total += (current || 1) * 100;
      current = 0;
      seen = true;
    } else if (c === '千') {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
};

/**
 * Most digits before the decimal point of any count or amount of a report: 12 digits is a
 * hundred billion, far above any count, and every integer of that size is exact in a double.
 */
export const MAX_NUMBER_DIGITS = 12;

const PLAIN = /^[-+]?(\d+)(?:\.\d+)?$/;

/**
 * True for a plain number too long for a report (more than `MAX_NUMBER_DIGITS` digits, leading
 * zeros aside): read as a number it would be inexact or Infinity, so it is kept as text only.
 */
export const isOutOfRangeNumber = (s: string): boolean => {
  const m = PLAIN.exec(s.replace(/[,，]/g, ''));
  return m !== null && m[1]!.replace(/^0+(?=\d)/, '').length > MAX_NUMBER_DIGITS;
};

/**
 * Parses "1,234" / "12.5" / "0" into a number; null when it is not a plain number, or one too
 * long for a report (see `isOutOfRangeNumber`): never Infinity, never an inexact integer.
 */
export const parsePlainNumber = (s: string): number | null => {
  const t = s.replace(/[,，]/g, '');
  if (!PLAIN.test(t) || isOutOfRangeNumber(t)) return null;
  return Number(t);
};
