// A count cell holding money ("13575394432.52元") beside a blank amount cell: table.money-in-count
// names it, and the other table rules (cell-blank, cell-invalid, row-missing) leave it to that one.
import type { ParsedDocument } from '../../parser/types';
import { BLANK_MARKS } from './places';

/** Money as written: a 元/万元 unit, or decimals (a count has none). */
const MONEY = /^\d[\d,，]*(?:\.\d+)?\s*(?:万元|元)$|^\d+\.\d+$/;

const isBlank = (raw: string | undefined): boolean =>
  raw === undefined || BLANK_MARKS.has(raw.trim());

/** The row's amount cell when the row has one besides `path` ("active/procurement/amount"). */
export const amountBeside = (doc: ParsedDocument, path: string): string | null => {
  const row = path.slice(0, path.lastIndexOf('/') + 1);
  const amount = `${row}amount`;
  return amount !== path && amount in doc.report.cells ? amount : null;
};

/** Count cells that hold money beside a blank amount cell: table.money-in-count's. */
export const moneyInCount = (doc: ParsedDocument, path: string): boolean => {
  const amount = amountBeside(doc, path);
  if (!amount || !isBlank(doc.report.cells[amount]?.raw)) return false;
  return MONEY.test(doc.report.cells[path]?.raw.trim() ?? '');
};
