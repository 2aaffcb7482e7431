// Tables that run over a page break: a header row repeated on the new page is dropped, and a
// row split by the break is joined again.
import { fieldText, type Block, type Row } from './blocks';
import { joinSeparator, type Field } from './lines';

type TableBlock = Extract<Block, { kind: 'table' }>;

const SAME_X = 3;

/** The x bounds of each cell of a row, so two rows can be compared across pages. */
const cellBounds = (row: Row, xs: number[]): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  row.cells.forEach((cell, c) => {
    const last = out[out.length - 1];
    if (c > 0 && row.cells[c - 1] === cell && last) last[1] = xs[c + 1]!;
    else out.push([xs[c]!, xs[c + 1]!]);
  });
  return out;
};

const sameBounds = (a: Array<[number, number]>, b: Array<[number, number]>): boolean =>
  a.length === b.length &&
  a.every((x, i) => Math.abs(x[0] - b[i]![0]) <= SAME_X && Math.abs(x[1] - b[i]![1]) <= SAME_X);

const rowText = (row: Row): string => row.fields.map(fieldText).join('\t');

const NUMERIC = /^[\d\s.,，%／/—-]+$/;
/** A label that starts a row of the form ("3.其他", "（七）总计", "四、…") is never a continuation. */
const ROW_START =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、])/;

/**
 * True when `b` (first row on the new page) continues `a` (last row of the page before): the
 * same cells, text on one side only wherever a number stands, and no row label starting `b`.
 */
const continues = (a: Row, b: Row, ax: number[], bx: number[]): boolean => {
  // Rows of different widths (a page whose text could not all be placed) never join.
  if (a.fields.length !== b.fields.length) return false;
  if (!sameBounds(cellBounds(a, ax), cellBounds(b, bx))) return false;
  const firstB = b.fields.map(fieldText).find((t) => t.trim() !== '');
  if (firstB === undefined || ROW_START.test(firstB)) return false;
  let complementary = false;
  for (let c = 0; c < a.fields.length; c++) {
    const ta = fieldText(a.fields[c]!).trim();
    const tb = fieldText(b.fields[c]!).trim();
    if (ta && tb && (NUMERIC.test(ta) || NUMERIC.test(tb))) return false;
    if (Boolean(ta) !== Boolean(tb)) complementary = true;
  }
  return complementary;
};

const joinFields = (a: Field, b: Field): Field => {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const sep = joinSeparator(fieldText(a), fieldText(b));
  return [...a, { ...b[0]!, sep }, ...b.slice(1)];
};

/**
 * Joins table parts across page breaks, in place. `pages` holds each page's blocks after the
 * page furniture has been removed.
 */
export const joinContinuedTables = (pages: Block[][]): void => {
  // The first part of each continued table, whose header rows a new page may repeat.
  const headOf = new Map<TableBlock, TableBlock>();
  for (let i = 1; i < pages.length; i++) {
    const prev = pages[i - 1]!;
    const a = prev[prev.length - 1];
    const b = pages[i]![0];
    if (a?.kind !== 'table' || b?.kind !== 'table') continue;
    const head = headOf.get(a) ?? a;
    headOf.set(b, head);
    // A header row repeated at the top of the new page (Word's "repeat as header row").
    let k = 0;
    while (
      k < b.rows.length - 1 &&
      k < head.rows.length &&
      rowText(b.rows[k]!) === rowText(head.rows[k]!)
    )
      k++;
    if (k > 0 && b.rows.length > k) b.rows.splice(0, k);
    const lastA = a.rows[a.rows.length - 1];
    const firstB = b.rows[0];
    if (lastA && firstB && continues(lastA, firstB, a.xs, b.xs)) {
      lastA.fields = lastA.fields.map((f, c) => joinFields(f, firstB.fields[c]!));
      b.rows.shift();
      if (b.rows.length === 0) pages[i]!.shift();
    }
  }
};
