// Lines of text from pieces: grouped by vertical overlap, ordered by x, joined with a space
// where the gap is wide; a wide gap between columns splits a line into fields.
import { boxOf, isWide, type Piece } from './geometry';

export interface TextLine {
  pieces: Piece[];
  top: number;
  bottom: number;
}

/** One located part of a field: its text, its page and box. */
export interface Chunk {
  /** What separates it from the chunk before ('' or ' '). */
  sep: string;
  text: string;
  page: number;
  box: [number, number, number, number];
}

/** A field of an output line: a cell of a row, or the whole line. */
export type Field = Chunk[];

/** The same glyphs drawn twice (a fake bold) are kept once. */
const dedupe = (pieces: Piece[]): Piece[] => {
  const out: Piece[] = [];
  for (const p of pieces) {
    const twin = out.find(
      (o) => o.text === p.text && Math.abs(o.x0 - p.x0) < 1.5 && Math.abs(o.top - p.top) < 1.5,
    );
    if (!twin) out.push(p);
  }
  return out;
};

/** Groups pieces into lines, top to bottom, each ordered left to right. */
export const groupLines = (pieces: readonly Piece[]): TextLine[] => {
  const sorted = [...pieces].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    const overlap = line ? Math.min(line.bottom, p.bottom) - Math.max(line.top, p.top) : -1;
    const smaller = line ? Math.min(line.bottom - line.top, p.bottom - p.top) : 0;
    if (line && overlap >= smaller * 0.5) {
      line.pieces.push(p);
      line.top = Math.min(line.top, p.top);
      line.bottom = Math.max(line.bottom, p.bottom);
    } else lines.push({ pieces: [p], top: p.top, bottom: p.bottom });
  }
  for (const l of lines) l.pieces = dedupe(l.pieces.sort((a, b) => a.x0 - b.x0));
  return lines;
};

/** A gap this wide (in ems, at least COLUMN_MIN units) separates columns, not words. */
const COLUMN_GAP = 1.8;
const COLUMN_MIN = 16;
const NUMBER_GAP = 1;

const NUMBER = /^[\d.,%-]+$/;

/**
 * Splits a line at column gaps into runs of pieces. Between words and a number a smaller gap
 * is enough (a label filling its cell, then the number of the next column).
 */
export const splitRuns = (line: TextLine): Piece[][] => {
  const runs: Piece[][] = [];
  let prev: Piece | null = null;
  for (const p of line.pieces) {
    const gap = prev ? p.x0 - prev.x1 : 0;
    const wordThenNumber = prev !== null && NUMBER.test(p.text) !== NUMBER.test(prev.text);
    const column = Math.max(COLUMN_GAP * p.size, COLUMN_MIN);
    if (!prev || gap > column || (wordThenNumber && gap > NUMBER_GAP * p.size)) runs.push([p]);
    else runs[runs.length - 1]!.push(p);
    prev = p;
  }
  return runs;
};

/** The separator between two pieces of one run: a space where the gap is a real space. */
const separator = (a: Piece, b: Piece): string => {
  const gap = b.x0 - a.x1;
  return gap > 0.3 * Math.min(a.size, b.size) ? ' ' : '';
};

/** A run of pieces as one chunk of text. */
export const runChunk = (run: readonly Piece[], sep = ''): Chunk => {
  let text = '';
  run.forEach((p, i) => {
    text += (i > 0 ? separator(run[i - 1]!, p) : '') + p.text;
  });
  return { sep, text, page: run[0]!.page, box: boxOf(run) };
};

/**
 * Wrapped lines of one cell joined: nothing between two Chinese characters, nor inside a
 * number wrapped in a narrow cell ("1" / "5" is 15); else a space.
 */
export const joinSeparator = (before: string, after: string): string => {
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  if (isWide(a) && isWide(b)) return '';
  return /[\d.]/.test(a) && /\d/.test(b) && /^[\d.,]+$/.test(before.split(' ').pop() ?? '')
    ? ''
    : ' ';
};
