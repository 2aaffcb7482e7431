// Reading table cells for the comparisons with the narrative: only cells the parser read.
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import type { RuleContext } from '../types';

/** A cell with a number in it. */
export interface ReadCell {
  path: string;
  value: number;
  span: Span | null;
}

/** The cell when the parser read a number in it; null when absent, blank or unreadable. */
export const readCell = (ctx: Pick<RuleContext, 'cell'>, path: string): ReadCell | null => {
  const c = ctx.cell(path);
  if (!c || c.value === null) return null;
  return { path, value: c.value, span: c.span };
};

/** The same for another report of the workspace (last year's). */
export const readDocCell = (doc: ParsedDocument, path: string): ReadCell | null => {
  const c = doc.report.cells[path];
  if (!c || c.value === null) return null;
  return { path, value: c.value, span: c.span };
};

/** The spans of the cells that have one, in order. */
export const cellSpans = (cells: ReadonlyArray<ReadCell>): Span[] =>
  cells.flatMap((c) => (c.span ? [c.span] : []));

/** Sum of the cells, or null when one of them could not be read. */
export const sumCells = (
  ctx: Pick<RuleContext, 'cell'>,
  paths: readonly string[],
): { value: number; cells: ReadCell[] } | null => {
  const cells = paths.map((p) => readCell(ctx, p));
  if (cells.some((c) => c === null)) return null;
  const read = cells as ReadCell[];
  return { value: read.reduce((s, c) => s + c.value, 0), cells: read };
};

/** Last year's report of the agency, when the workspace holds the one of the year before. */
export const lastYear = (ctx: Pick<RuleContext, 'doc' | 'previous'>): ParsedDocument | null => {
  const prev = ctx.previous;
  if (!prev) return null;
  const year = ctx.doc.report.year;
  const prevYear = prev.report.year;
  if (year !== null && prevYear !== null && prevYear !== year - 1) return null;
  return prev;
};
