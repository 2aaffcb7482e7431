// Page geometry shared by the PDF modules: text pieces, ruling lines, boxes, matrices.
// Coordinates are PDF units in the page's viewport: origin top-left, y growing downwards.

/** A run of text drawn on a page (one pdf.js text item, or part of one). */
export interface Piece {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size: the scale for gaps and tolerances. */
  size: number;
  page: number;
}

/** A ruling line: horizontal at y = `at` from x `from` to `to`, or vertical at x = `at`. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

export interface Rect {
  x0: number;
  top: number;
  x1: number;
  bottom: number;
}

/** A PDF matrix [a, b, c, d, e, f]. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 ∘ m2: applying the result equals applying m2, then m1. */
export const compose = (m1: Matrix, m2: ArrayLike<number>): Matrix => [
  m1[0] * m2[0]! + m1[2] * m2[1]!,
  m1[1] * m2[0]! + m1[3] * m2[1]!,
  m1[0] * m2[2]! + m1[2] * m2[3]!,
  m1[1] * m2[2]! + m1[3] * m2[3]!,
  m1[0] * m2[4]! + m1[2] * m2[5]! + m1[4],
  m1[1] * m2[4]! + m1[3] * m2[5]! + m1[5],
];

/** The inverse of an invertible matrix. */
export const invert = (m: Matrix): Matrix => {
  const det = m[0] * m[3] - m[1] * m[2];
  return [
    m[3] / det,
    -m[1] / det,
    -m[2] / det,
    m[0] / det,
    (m[2] * m[5] - m[3] * m[4]) / det,
    (m[1] * m[4] - m[0] * m[5]) / det,
  ];
};

/** A box [x, y, w, h] mapped through m (the box of its mapped corners). */
export const mapBox = (
  m: Matrix,
  [x, y, w, h]: [number, number, number, number],
): [number, number, number, number] => {
  const [ax, ay] = apply(m, x, y);
  const [bx, by] = apply(m, x + w, y + h);
  const r = (n: number): number => Math.round(n * 10) / 10;
  return [r(Math.min(ax, bx)), r(Math.min(ay, by)), r(Math.abs(bx - ax)), r(Math.abs(by - ay))];
};

export const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** The box of a group of pieces, as the source map wants it: [x, y, w, h], rounded. */
export const boxOf = (pieces: readonly Piece[]): [number, number, number, number] => {
  const x0 = Math.min(...pieces.map((p) => p.x0));
  const top = Math.min(...pieces.map((p) => p.top));
  const x1 = Math.max(...pieces.map((p) => p.x1));
  const bottom = Math.max(...pieces.map((p) => p.bottom));
  const r = (n: number): number => Math.round(n * 10) / 10;
  return [r(x0), r(top), r(x1 - x0), r(bottom - top)];
};

/** Wide characters (Han, kana, full-width forms) take a full em; others about half. */
export const isWide = (c: string): boolean =>
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/.test(c);

/** Splits a piece at x, at the character boundary closest to it (widths estimated). */
export const splitPiece = (p: Piece, x: number): [Piece, Piece] | null => {
  const chars = [...p.text];
  const weights = chars.map((c) => (isWide(c) ? 1 : 0.55));
  const total = weights.reduce((a, b) => a + b, 0);
  const unit = (p.x1 - p.x0) / total;
  let best = -1;
  let bestDist = Infinity;
  let pos = p.x0;
  for (let i = 1; i < chars.length; i++) {
    pos += weights[i - 1]! * unit;
    const d = Math.abs(pos - x);
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  }
  if (best < 0) return null;
  const cut = p.x0 + weights.slice(0, best).reduce((a, b) => a + b, 0) * unit;
  return [
    { ...p, text: chars.slice(0, best).join(''), x1: cut },
    { ...p, text: chars.slice(best).join(''), x0: cut },
  ];
};

/** Where a run of text goes on the page. */
export type Direction = 'right' | 'down' | 'left' | 'up';

/** The direction of a vector in a top-left frame (y down). */
export const directionOf = (vx: number, vy: number): Direction =>
  Math.abs(vx) >= Math.abs(vy) ? (vx >= 0 ? 'right' : 'left') : vy >= 0 ? 'down' : 'up';

/**
 * The turn that makes the direction most characters run (votes) left to right on a page of
 * w × h, and the page height after it: a table page printed sideways is read like the others.
 */
export const uprightTurn = (
  votes: Record<Direction, number>,
  w: number,
  h: number,
): [Matrix, number] => {
  const most = (Object.keys(votes) as Direction[]).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  if (most === 'down') return [[0, -1, 1, 0, 0, w], w]; // (x, y) → (y, w − x)
  if (most === 'up') return [[0, 1, -1, 0, h, 0], w]; // (x, y) → (h − y, x)
  if (most === 'left') return [[-1, 0, 0, -1, w, h], h];
  return [[1, 0, 0, 1, 0, 0], h];
};

/** The area of a rectangle (page units squared). */
export const rectArea = (r: Rect): number => (r.x1 - r.x0) * (r.bottom - r.top);
