// One OFD page as the shared layout reads a page: pieces of text with boxes and the ruling
// lines, turned so that most text reads left to right (a landscape table laid on a portrait
// page). Text running any other way after the turn (rotated labels, seal lettering) is set aside.
import {
  apply,
  compose,
  directionOf,
  invert,
  uprightTurn,
  type Direction,
  type Matrix,
  type Piece,
} from '../pdf/geometry';
import { addPathRules, emptyGraphics } from '../pdf/rules';
import type { PageInput } from '../pdf/assemble';
import type { PageObjects, TextRun } from './content';

export interface OfdPageInput extends PageInput {
  /** From the reading frame back to the page as drawn (points). */
  toDisplay: Matrix;
  /** Characters set aside: rotated text, lettering on an arc. */
  setAside: number;
}

/** Along the baseline, how far from level a run may lean and still be read as a line. */
const LEVEL = 0.05;

const linearApply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y,
  m[1] * x + m[3] * y,
];

const length = (s: string): number => [...s].length;

/** The page in reading frame: w × h in points. */
export const readOfdPage = (
  page: number,
  objects: PageObjects,
  w: number,
  h: number,
): OfdPageInput => {
  const votes: Record<Direction, number> = { right: 0, down: 0, left: 0, up: 0 };
  for (const r of objects.runs) {
    if (r.arc) continue;
    const [dx, dy] = linearApply(r.m, 1, 0);
    votes[directionOf(dx, dy)] += length(r.text);
  }
  const [turn, height] = uprightTurn(votes, w, h);
  const pieces: Piece[] = [];
  let setAside = 0;
  let chars = 0;
  const place = (r: TextRun): Piece | null => {
    const m = compose(turn, r.m);
    const [dx, dy] = linearApply(m, 1, 0);
    if (r.arc || dx <= 0 || Math.abs(dy) > LEVEL * dx) return null;
    const corners = [
      apply(m, r.x0, r.baseline - 0.85 * r.em),
      apply(m, r.x1, r.baseline - 0.85 * r.em),
      apply(m, r.x0, r.baseline + 0.15 * r.em),
      apply(m, r.x1, r.baseline + 0.15 * r.em),
    ];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return {
      text: r.text,
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
      size: r.em * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])),
      page,
    };
  };
  for (const r of objects.runs) {
    const piece = place(r);
    if (piece) {
      pieces.push(piece);
      chars += length(r.text);
    } else setAside += length(r.text);
  }
  const graphics = emptyGraphics();
  for (const p of objects.paths) {
    const shapes = p.shapes.map((s) => ({
      ...s,
      points: s.points.map(([x, y]) => apply(turn, x, y)),
    }));
    addPathRules(graphics, shapes, p.stroked, p.filled);
  }
  for (const img of objects.images) {
    const [ax, ay] = apply(turn, img.x0, img.top);
    const [bx, by] = apply(turn, img.x1, img.bottom);
    graphics.images.push({
      x0: Math.min(ax, bx),
      x1: Math.max(ax, bx),
      top: Math.min(ay, by),
      bottom: Math.max(ay, by),
    });
  }
  return {
    pieces,
    graphics,
    height,
    area: w * h,
    chars,
    oddChars: 0,
    toDisplay: invert(turn),
    setAside,
  };
};
