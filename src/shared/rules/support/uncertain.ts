// Cells the parser placed by guess: a row with more numbers than columns whose chosen numbers do
// not add up, so which number is the surplus is unknown. Arith rules leave them out.
import { cellPath, reviewColumns, reviewRows } from '../../model/form';
import type { ParsedDocument } from '../../parser/types';
import { activeFormOfDoc, rowCells } from './places';

const adds = (doc: ParsedDocument, paths: readonly string[]): boolean => {
  const values = paths.map((p) => doc.report.cells[p]?.value ?? null);
  if (values.some((v) => v === null)) return false;
  const total = values[values.length - 1]!;
  const parts = values.slice(0, -1).reduce((s: number, v) => s + v!, 0);
  return Math.abs(parts - total) < 1e-6;
};

const reviewGroups = (): string[][] =>
  reviewRows.map((r) => reviewColumns.map((c) => cellPath('review', r.id, c.id)));

/** True when the numbers kept for a row with surplus numbers add up (the window is credible). */
export const surplusRowAddsUp = (doc: ParsedDocument, table: string, row: string): boolean => {
  if (table === 'review') return reviewGroups().every((g) => adds(doc, g));
  if (table === 'requests') return adds(doc, rowCells('requests', row));
  return false;
};

/** Cells of rows with surplus numbers whose placement is a guess. */
export const guessedCells = (doc: ParsedDocument): Set<string> => {
  const out = new Set<string>();
  for (const d of doc.diagnostics) {
    if (d.kind !== 'extra-cells' || surplusRowAddsUp(doc, d.table, d.row)) continue;
    const paths =
      d.row === '*' ? reviewGroups().flat() : rowCells(d.table, d.row, activeFormOfDoc(doc));
    for (const p of paths) out.add(p);
  }
  return out;
};
