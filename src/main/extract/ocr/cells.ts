// Reads one table cell from its ink: the rows of ink make its lines, each line is recognized on
// its own; a cell without Chinese characters is a number and must read as one with certainty.
import type { OcrModels } from './models';
import { crop, type Raster } from './raster';
import { decode, numberClasses, type LineScores } from './recognize';

export interface CellRegion {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Height of a line of body text (px): the scale of the gaps inside a cell. */
  textHeight: number;
}

export interface CellLine {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  confidence: number;
}

export type CellReading =
  | { kind: 'lines'; lines: CellLine[] }
  /** A number cell not read with certainty: what was read, and how sure. */
  | { kind: 'uncertain'; read: string; confidence: number };

/** Below this, a character of a number is not trusted: the cell is left to the reviewer. */
export const NUMBER_CONFIDENCE = 0.85;
/**
 * Figures fewer pixels tall than this (a page scanned at about 100 dpi) are not trusted however
 * sure the recognizer says it is: on such pages it is sure of wrong figures too.
 */
export const MIN_FIGURE_PIXELS = 13;
/** Written in a cell to mean "nothing here"; read as such when the recognizer is sure. */
const BLANK_MARKS = /^(\/|／|—|——|-|－|--|\\|无)$/;
const NUMBER = /^\d+(\.\d+)?$/;
const HAN = /[\u3400-\u9fff]/;

/** Bands of rows holding ink, joined across gaps smaller than `join`. */
const bands = (counts: Int32Array, join: number, min: number): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  for (let i = 0; i <= counts.length; i++) {
    const on = i < counts.length && counts[i]! > 0;
    if (on) {
      if (start < 0) start = i;
      last = i;
    } else if (start >= 0 && (i - last > join || i === counts.length)) {
      if (last - start + 1 >= min) out.push([start, last]);
      start = -1;
    }
  }
  return out;
};

const fullWidthDigits = (t: string): string =>
  t.replace(/[０-９．]/g, (d) => (d === '．' ? '.' : String(d.charCodeAt(0) - 0xff10)));

/** A line of ink in a cell: where it is, and its image for the recognizer. */
export interface InkLine {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  image: Raster;
}

/** The lines of ink of a cell, top to bottom (rules already erased from `ink`). */
export const cellLines = (img: Raster, ink: Uint8Array, region: CellRegion): InkLine[] => {
  // Stay clear of the (erased) rules: blur leaves a fringe along them.
  const inset = Math.max(3, Math.round(region.textHeight * 0.12));
  const x0 = Math.max(0, Math.round(region.x0) + inset);
  const x1 = Math.min(img.width, Math.round(region.x1) - inset);
  const y0 = Math.max(0, Math.round(region.y0) + inset);
  const y1 = Math.min(img.height, Math.round(region.y1) - inset);
  if (x1 - x0 < 4 || y1 - y0 < 4) return [];
  const rows = new Int32Array(y1 - y0);
  for (let y = y0; y < y1; y++) {
    let n = 0;
    for (let x = x0; x < x1; x++) n += ink[y * img.width + x]!;
    rows[y - y0] = n;
  }
  const minHeight = Math.max(3, region.textHeight * 0.2);
  const out: InkLine[] = [];
  for (const [a, b] of bands(rows, Math.round(region.textHeight * 0.25), minHeight)) {
    let left = x1;
    let right = x0;
    let mass = 0;
    for (let y = y0 + a; y <= y0 + b; y++) {
      for (let x = x0; x < x1; x++) {
        if (ink[y * img.width + x]) {
          mass++;
          if (x < left) left = x;
          if (x > right) right = x;
        }
      }
    }
    // A few stray pixels are dust or noise, not a line of text.
    if (mass < minHeight * 3) continue;
    const pad = Math.max(2, Math.round((b - a + 1) * 0.25));
    out.push({
      x0: left,
      x1: right + 1,
      y0: y0 + a,
      y1: y0 + b + 1,
      image: crop(img, left - pad, y0 + a - pad, right + 1 + pad, y0 + b + 1 + pad),
    });
  }
  return out;
};

const minOf = (probs: number[]): number => (probs.length > 0 ? Math.min(...probs) : 0);

/**
 * Decides what a cell says from its lines' scores. Text with Chinese characters is kept as
 * read (with its confidence). Otherwise the cell is a number: read again with only figures
 * allowed, and accepted only when it is one (its lines joined: a narrow column wraps "1"/"5")
 * with every figure certain, or a sure blank mark; anything else is uncertain.
 */
export const judgeCell = (
  models: OcrModels,
  lines: readonly InkLine[],
  scores: readonly LineScores[],
): CellReading => {
  const free = scores.map((s) => decode(models, s));
  const texts = free.map((r) => fullWidthDigits(r.text.trim()));
  if (lines.length === 0) return { kind: 'lines', lines: [] };
  if (texts.some((t) => HAN.test(t))) {
    return {
      kind: 'lines',
      lines: lines.map((l, i) => ({
        text: texts[i]!,
        x0: l.x0,
        x1: l.x1,
        y0: l.y0,
        y1: l.y1,
        confidence: minOf(free[i]!.probs),
      })),
    };
  }
  const located = (text: string, i: number, confidence: number): CellLine => ({
    text,
    x0: lines[i]!.x0,
    x1: lines[i]!.x1,
    y0: lines[i]!.y0,
    y1: lines[i]!.y1,
    confidence,
  });
  if (
    lines.length === 1 &&
    BLANK_MARKS.test(texts[0]!) &&
    minOf(free[0]!.probs) >= NUMBER_CONFIDENCE
  )
    return { kind: 'lines', lines: [located(texts[0]!, 0, minOf(free[0]!.probs))] };
  const digits = numberClasses(models);
  const figures = scores.map((s) => decode(models, s, digits));
  const joined = figures.map((f) => f.text.trim()).join('');
  const confidence = Math.min(...figures.map((f) => minOf(f.probs)));
  const tallEnough = lines.every((l) => l.y1 - l.y0 >= MIN_FIGURE_PIXELS);
  if (
    NUMBER.test(joined) &&
    confidence >= NUMBER_CONFIDENCE &&
    tallEnough &&
    figures.every((f) => f.text !== '')
  )
    return {
      kind: 'lines',
      lines: figures.map((f, i) => located(f.text.trim(), i, minOf(f.probs))),
    };
  return { kind: 'uncertain', read: texts.join(''), confidence };
};
