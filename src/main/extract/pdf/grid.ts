// Tables from ruling lines: rules that touch form a table; their positions give row bands and
// column bounds; a missing rule between two grid units merges them into one (spanning) cell.
import type { Piece, Rule } from './geometry';
import { splitPiece } from './geometry';

/** Positions closer than this are the same line (pdf units). */
const SNAP = 2;
/** How far a rule may stop short of another and still touch it. */
const TOUCH = 3;

export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  pieces: Piece[];
}

export interface GridTable {
  /** Column bounds and row bounds, ascending. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** unit[r * cols + c] = index of the cell covering grid unit (r, c). */
  unit: Int32Array;
}

const cluster = (values: number[]): number[] => {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
};

/** Joins collinear pieces of a rule (a border drawn cell by cell). */
const mergeRules = (rules: Rule[]): Rule[] => {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const same = out.find(
      (o) => Math.abs(o.at - r.at) <= SNAP / 2 && r.from <= o.to + TOUCH && r.to >= o.from - TOUCH,
    );
    if (same) {
      same.from = Math.min(same.from, r.from);
      same.to = Math.max(same.to, r.to);
    } else out.push({ ...r });
  }
  return out;
};

const find = (parent: number[], i: number): number => {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
};

const covers = (rules: Rule[], at: number, mid: number): boolean =>
  rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from - TOUCH <= mid && r.to + TOUCH >= mid);

/** Builds one table from a group of touching rules. */
const buildTable = (h: Rule[], v: Rule[]): GridTable | null => {
  const ys = cluster(h.map((r) => r.at));
  const xs = cluster(v.map((r) => r.at));
  if (ys.length < 2 || xs.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const join = (a: number, b: number): void => {
    parent[find(parent, a)] = find(parent, b);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(v, xs[c + 1]!, midY)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covers(h, ys[r + 1]!, midX)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const unit = new Int32Array(rows * cols);
  const byRoot = new Map<number, number>();
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c);
      let index = byRoot.get(root);
      if (index === undefined) {
        index = cells.push({ r0: r, r1: r, c0: c, c1: c, pieces: [] }) - 1;
        byRoot.set(root, index);
      }
      const cell = cells[index]!;
      cell.r1 = Math.max(cell.r1, r);
      cell.c0 = Math.min(cell.c0, c);
      cell.c1 = Math.max(cell.c1, c);
      unit[r * cols + c] = index;
    }
  }
  return { xs, ys, cells, unit };
};

/** Groups touching rules into tables (each group needs rules both ways to be a table). */
export const findTables = (horizontal: Rule[], vertical: Rule[]): GridTable[] => {
  const h = mergeRules(horizontal);
  const v = mergeRules(vertical);
  const all = [
    ...h.map((r) => ({ r, horizontal: true })),
    ...v.map((r) => ({ r, horizontal: false })),
  ];
  const parent = all.map((_, i) => i);
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      const touch =
        b.at >= a.from - TOUCH &&
        b.at <= a.to + TOUCH &&
        a.at >= b.from - TOUCH &&
        a.at <= b.to + TOUCH;
      if (touch) parent[find(parent, i)] = find(parent, h.length + j);
    });
  });
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach((x, i) => {
    const root = find(parent, i);
    const g = groups.get(root) ?? { h: [], v: [] };
    (x.horizontal ? g.h : g.v).push(x.r);
    groups.set(root, g);
  });
  const tables: GridTable[] = [];
  for (const g of groups.values()) {
    const t = buildTable(g.h, g.v);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => a.ys[0]! - b.ys[0]!);
};

const indexIn = (bounds: number[], x: number): number => {
  for (let i = 0; i + 1 < bounds.length; i++) if (x < bounds[i + 1]!) return i;
  return bounds.length - 2;
};

/**
 * Puts each piece inside a table into its cell, splitting pieces that cross a column rule;
 * returns the pieces outside every table.
 */
export const assignPieces = (tables: GridTable[], pieces: Piece[]): Piece[] => {
  const outside: Piece[] = [];
  for (const piece of pieces) {
    const cy = (piece.top + piece.bottom) / 2;
    const cx = (piece.x0 + piece.x1) / 2;
    const t = tables.find(
      (t) =>
        cy > t.ys[0]! &&
        cy < t.ys[t.ys.length - 1]! &&
        cx > t.xs[0]! &&
        cx < t.xs[t.xs.length - 1]!,
    );
    if (!t) {
      outside.push(piece);
      continue;
    }
    const cols = t.xs.length - 1;
    const r = indexIn(t.ys, cy);
    // Cut at every column bound inside the piece that separates two different cells.
    let rest: Piece | null = piece;
    const parts: Piece[] = [];
    for (let c = 1; c < cols && rest; c++) {
      const x = t.xs[c]!;
      if (x <= rest.x0 + 1 || x >= rest.x1 - 1) continue;
      if (t.unit[r * cols + c - 1] === t.unit[r * cols + c]) continue;
      const split = splitPiece(rest, x);
      if (!split) continue;
      parts.push(split[0]);
      rest = split[1];
    }
    if (rest) parts.push(rest);
    for (const p of parts) {
      if (p.text.trim() === '') continue;
      const c = indexIn(t.xs, (p.x0 + p.x1) / 2);
      t.cells[t.unit[r * cols + c]!]!.pieces.push(p);
    }
  }
  return outside;
};
