// The ruling lines a painted path draws, whatever the format that drew it (PDF operators, OFD
// AbbreviatedData): stroked straight segments, and thin filled boxes, in page space.
import type { Rect, Rule } from './geometry';

export interface Graphics {
  horizontal: Rule[];
  vertical: Rule[];
  images: Rect[];
}

/** A subpath: its points in page space; `curved` when it had a curve (never a rule). */
export interface PathShape {
  points: Array<[number, number]>;
  closed: boolean;
  curved: boolean;
}

/** Thicker than this, a filled box is shading, not a rule. */
const THIN = 2.5;
/** Shorter than this, a line is a tick or a glyph part, not a rule. */
const MIN_LENGTH = 3;
/** How far from level (or plumb) a segment may be and still be a rule. */
const SLANT = 0.8;

export const emptyGraphics = (): Graphics => ({ horizontal: [], vertical: [], images: [] });

const segment = (g: Graphics, a: [number, number], b: [number, number]): void => {
  if (Math.abs(a[1] - b[1]) < SLANT && Math.abs(a[0] - b[0]) >= MIN_LENGTH) {
    g.horizontal.push({
      at: (a[1] + b[1]) / 2,
      from: Math.min(a[0], b[0]),
      to: Math.max(a[0], b[0]),
    });
  } else if (Math.abs(a[0] - b[0]) < SLANT && Math.abs(a[1] - b[1]) >= MIN_LENGTH) {
    g.vertical.push({
      at: (a[0] + b[0]) / 2,
      from: Math.min(a[1], b[1]),
      to: Math.max(a[1], b[1]),
    });
  }
};

/** Adds the rules of a path painted with a stroke and/or a fill (curved subpaths never count). */
export const addPathRules = (
  g: Graphics,
  shapes: readonly PathShape[],
  stroked: boolean,
  filled: boolean,
): void => {
  for (const s of shapes) {
    if (s.curved) continue;
    const pts = s.points;
    if (stroked) {
      for (let k = 1; k < pts.length; k++) segment(g, pts[k - 1]!, pts[k]!);
      if (s.closed && pts.length > 2) segment(g, pts[pts.length - 1]!, pts[0]!);
    }
    if (filled && pts.length >= 2) {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const x0 = Math.min(...xs),
        x1 = Math.max(...xs),
        y0 = Math.min(...ys),
        y1 = Math.max(...ys);
      if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH)
        g.horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
      else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH)
        g.vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
    }
  }
};
