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
  if (/^\d+$/.test(s)) return Number(s);
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

/** Parses "1,234" / "12.5" / "0" into a number; null when it is not a plain number. */
export const parsePlainNumber = (s: string): number | null => {
  const t = s.replace(/[,，]/g, '');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
};
