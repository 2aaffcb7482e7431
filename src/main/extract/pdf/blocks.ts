// One page as blocks in reading order: text lines, ruled tables (rows of cells), pictures.
import type { Graphics } from './graphics';
import { assignPieces, findTables, type GridCell, type GridTable } from './grid';
import type { Piece, Rect } from './geometry';
import { groupLines, joinSeparator, runChunk, splitRuns, type Chunk, type Field } from './lines';

export type Block =
  /** A line outside tables; `fields` has one entry, or one per column of a borderless table. */
  | { kind: 'line'; page: number; top: number; bottom: number; fields: Field[] }
  /** A ruled table part on one page: one row per band, one field per grid column. */
  | { kind: 'table'; page: number; top: number; bottom: number; xs: number[]; rows: Row[] }
  | { kind: 'image'; page: number; top: number; bottom: number; x0: number; x1: number };

export interface Row {
  fields: Field[];
  /** Cell index per field (the same cell for columns a merged cell covers), for merging. */
  cells: number[];
}

/** Pictures smaller than this (pdf units) are logos, seals or bullets, not tables. */
const MIN_PICTURE = { width: 80, height: 30 };

/** A cell's text: its lines joined (nothing between Chinese characters, else a space). */
export const cellField = (cell: GridCell): Field => {
  const chunks: Chunk[] = [];
  for (const line of groupLines(cell.pieces)) {
    const chunk = runChunk(line.pieces);
    const prev = chunks[chunks.length - 1];
    if (prev) chunk.sep = joinSeparator(prev.text, chunk.text);
    chunks.push(chunk);
  }
  return chunks;
};

const tableBlock = (t: GridTable, page: number): Block => {
  const cols = t.xs.length - 1;
  const fields = t.cells.map(cellField);
  const rows: Row[] = [];
  for (let r = 0; r + 1 < t.ys.length; r++) {
    const row: Row = { fields: [], cells: [] };
    for (let c = 0; c < cols; c++) {
      const index = t.unit[r * cols + c]!;
      const cell = t.cells[index]!;
      // A merged cell's text once, at its top-left grid unit; nothing for the units it covers.
      row.fields.push(cell.r0 === r && cell.c0 === c ? fields[index]! : []);
      row.cells.push(index);
    }
    if (row.fields.some((f) => f.length > 0)) rows.push(row);
  }
  return { kind: 'table', page, top: t.ys[0]!, bottom: t.ys[t.ys.length - 1]!, xs: t.xs, rows };
};

const overlaps = (a: Rect, b: { top: number; bottom: number; x0: number; x1: number }): boolean =>
  a.x0 < b.x1 && a.x1 > b.x0 && a.top < b.bottom && a.bottom > b.top;

/** Builds a page's blocks, sorted top to bottom. */
export const pageBlocks = (page: number, pieces: Piece[], graphics: Graphics): Block[] => {
  const tables = findTables(graphics.horizontal, graphics.vertical);
  const outside = assignPieces(tables, pieces);
  const blocks: Block[] = tables.map((t) => tableBlock(t, page));
  for (const line of groupLines(outside)) {
    const fields = splitRuns(line).map((run) => [runChunk(run)]);
    blocks.push({ kind: 'line', page, top: line.top, bottom: line.bottom, fields });
  }
  const tableRects = tables.map((t) => ({
    x0: t.xs[0]!,
    x1: t.xs[t.xs.length - 1]!,
    top: t.ys[0]!,
    bottom: t.ys[t.ys.length - 1]!,
  }));
  for (const img of graphics.images) {
    if (img.x1 - img.x0 < MIN_PICTURE.width || img.bottom - img.top < MIN_PICTURE.height) continue;
    if (tableRects.some((t) => overlaps(img, t))) continue;
    blocks.push({ kind: 'image', page, ...img });
  }
  return blocks
    .filter((b) => b.kind !== 'table' || b.rows.length > 0)
    .sort((a, b) => a.top - b.top);
};

/** The plain text of a field (chunks with their separators). */
export const fieldText = (f: Field): string => f.map((c) => c.sep + c.text).join('');
