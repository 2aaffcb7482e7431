// Lays an HTML <table> out on its grid, as the Word reader does for w:tbl: a merged cell's text
// once, in its first field, and empty fields for the columns (colspan) and rows (rowspan) it
// covers. Also tells a data table from a layout table (a page framed in a table).
import type { HtmlElement } from './tree';

/** One grid field: the cell that starts there (its index within the <tr>), or null. */
export type GridField = { td: HtmlElement; cell: number } | null;

/** Spans are clamped: a page asking for 10^6 columns gets a bounded grid. */
const MAX_SPAN = 999;

const span = (value: string | undefined): number => {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
};

const elementsOf = (el: HtmlElement): HtmlElement[] =>
  el.children.filter((c): c is HtmlElement => typeof c !== 'string');

/** The table's own rows (through thead/tbody/tfoot, never those of a nested table). */
export const tableRows = (table: HtmlElement): HtmlElement[] =>
  elementsOf(table).flatMap((c) => {
    if (c.name === 'tr') return [c];
    if (c.name === 'tbody' || c.name === 'thead' || c.name === 'tfoot') return tableRows(c);
    return [];
  });

const rowCells = (tr: HtmlElement): HtmlElement[] =>
  elementsOf(tr).filter((c) => c.name === 'td' || c.name === 'th');

/** True when an element holds a <table> anywhere below it. */
const holdsTable = (el: HtmlElement, depth = 0): boolean =>
  depth < 400 && elementsOf(el).some((c) => c.name === 'table' || holdsTable(c, depth + 1));

/** The characters of an element's text (for telling a data cell from a page frame). */
const textLength = (el: HtmlElement, depth = 0): number =>
  depth > 400
    ? 0
    : el.children.reduce(
        (n, c) => n + (typeof c === 'string' ? c.trim().length : textLength(c, depth + 1)),
        0,
      );

/** Longest text of a data cell: longer is an article framed in a table. */
const MAX_DATA_CELL = 600;

/**
 * A layout table frames the page (site banner in one cell, the article in another): it holds
 * another table, or it has a single column, or a cell holds an article's worth of text. Its
 * cells are read as parts of the page, not as a grid.
 */
export const isLayoutTable = (table: HtmlElement): boolean => {
  const rows = tableRows(table);
  if (rows.length === 0) return true;
  const cells = rows.flatMap(rowCells);
  if (rows.every((r) => rowCells(r).length <= 1)) return true;
  return cells.some((c) => holdsTable(c) || textLength(c) > MAX_DATA_CELL);
};

/** The rows laid on the grid; every row has the same number of fields. */
export const layoutTable = (table: HtmlElement): GridField[][] => {
  const rows = tableRows(table);
  /** covered[r] holds the grid columns of row r taken by a rowspan from above. */
  const covered: Array<Set<number>> = rows.map(() => new Set());
  const grid = rows.map((tr, r) => {
    const fields: GridField[] = [];
    let col = 0;
    rowCells(tr).forEach((td, cell) => {
      while (covered[r]!.has(col)) {
        fields[col] = null;
        col++;
      }
      const cs = span(td.attrs.colspan);
      const rs = Math.min(span(td.attrs.rowspan), rows.length - r);
      fields[col] = { td, cell };
      for (let c = col + 1; c < col + cs; c++) fields[c] = null;
      for (let below = r + 1; below < r + rs; below++)
        for (let c = col; c < col + cs; c++) covered[below]!.add(c);
      col += cs;
    });
    for (const c of covered[r]!) if (fields[c] === undefined) fields[c] = null;
    return fields;
  });
  const width = Math.max(1, ...grid.map((f) => f.length));
  return grid.map((f) => Array.from({ length: width }, (_, c) => f[c] ?? null));
};
