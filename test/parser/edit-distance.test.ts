// The heading finder's edit distance was rewritten on typed rows for speed (issue 17): it must
// give what the textbook table gives, on the official headings and on generated strings.
import { describe, expect, it } from 'vitest';
import { distance, officialHeadings } from '../../src/shared/parser/sections';

/** The full table, as the finder computed it before. */
const reference = (a: string, b: string): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length]!;
};

const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('edit distance', () => {
  it('equals the full table on headings with slips and on generated strings', () => {
    const next = random(3);
    const alphabet =
      '主动公开政府信息情况总体收到和处理申请行政复议诉讼存在的主要问题及改进其他需要报告事项、 a1';
    const word = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const official = Object.values(officialHeadings).map((h) => h.slice(2));
    let checked = 0;
    for (const o of official) {
      for (let k = 0; k < 200; k++) {
        const chars = [...o];
        const at = Math.floor(next() * (chars.length + 1));
        if (k % 3 === 0) chars.splice(at, 1);
        else if (k % 3 === 1) chars.splice(at, 0, word(1));
        else chars[at % chars.length] = word(1);
        const slipped = chars.join('') + word(Math.floor(next() * 4));
        expect(distance(slipped, o)).toBe(reference(slipped, o));
        checked++;
      }
    }
    for (let k = 0; k < 2000; k++) {
      const a = word(Math.floor(next() * 20));
      const b = word(Math.floor(next() * 20));
      expect(distance(a, b)).toBe(reference(a, b));
    }
    expect(distance('', '')).toBe(0);
    expect(distance('主动公开', '')).toBe(4);
    expect(checked).toBe(official.length * 200);
  });
});
