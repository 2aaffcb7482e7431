// The glyphs of a TextObject: each TextCode gives the first glyph's baseline (X, Y; a missing
// one is the previous TextCode's) and the step to each next glyph (DeltaX, DeltaY, where
// "g N v" repeats v N times). Characters from the font's private use area (what CGTransform
// maps to glyphs of a subset font) cannot be read back: they are counted, not kept.
import { attr, kids, numbers, textOf, type XmlElement } from './xml';

export interface Glyph {
  char: string;
  /** Baseline point, in the object's coordinates. */
  x: number;
  y: number;
  /** Advance to the next glyph along x, when the file says. */
  step?: number;
}

/** Expands an ST_Array with the "g N v" repeat form. */
export const expandDeltas = (s: string | undefined): number[] => {
  const tokens = (s ?? '').trim().split(/[\s,]+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '') continue;
    if (t === 'g') {
      const count = Math.min(Number(tokens[i + 1]), 100_000);
      const value = Number(tokens[i + 2]);
      if (Number.isFinite(count) && Number.isFinite(value))
        for (let k = 0; k < count; k++) out.push(value);
      i += 2;
    } else {
      const v = Number(t);
      out.push(Number.isFinite(v) ? v : 0);
    }
  }
  return out;
};

const PRIVATE_USE = /[\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u;

export const isPrivateUse = (c: string): boolean => PRIVATE_USE.test(c);

/** The glyphs of one TextObject, in order, private-use ones included (the caller counts them). */
export const readGlyphs = (obj: XmlElement): Glyph[] => {
  const glyphs: Glyph[] = [];
  let prevX = 0;
  let prevY = 0;
  for (const code of kids(obj, 'TextCode')) {
    const chars = [...textOf(code)];
    const xs = numbers(attr(code, 'X'));
    const ys = numbers(attr(code, 'Y'));
    if (xs.length > 0) prevX = xs[0]!;
    if (ys.length > 0) prevY = ys[0]!;
    let x = prevX;
    let y = prevY;
    const dx = expandDeltas(attr(code, 'DeltaX'));
    const dy = expandDeltas(attr(code, 'DeltaY'));
    chars.forEach((char, i) => {
      const step = dx[i];
      glyphs.push({ char, x, y, ...(step !== undefined && i + 1 < chars.length ? { step } : {}) });
      x += step ?? 0;
      y += dy[i] ?? 0;
    });
  }
  return glyphs;
};
