// Checks a cell correction before it is stored: a known cell, a plausible value.
import { activeFormOf, describeCell, isSignedCell } from '../../shared/model/form';
import type { Cell } from '../../shared/model/schema';
import type { ParsedDocument } from '../../shared/parser';
import { ServiceError } from './errors';

/** Cells whose value may have decimals (the fee is in 万元); every other cell is a count. */
const isAmount = (path: string): boolean => path.endsWith('/amount');

/**
 * Returns the parsed cell being corrected, or throws a ServiceError whose message tells the
 * reviewer what to type instead.
 */
export const validateCorrection = (
  doc: ParsedDocument,
  path: string,
  value: number | null,
): Cell => {
  const cell = doc.report.cells[path];
  if (!cell) throw new ServiceError('INVALID_REQUEST', `报告中没有单元格「${path}」。`);
  if (value === null) return cell;
  const name = describeCell(path, activeFormOf(doc.report.cells));
  if (!Number.isFinite(value) || (value < 0 && !isSignedCell(path))) {
    throw new ServiceError('INVALID_REQUEST', `${name}应为不小于 0 的数。`);
  }
  if (!isAmount(path) && !Number.isInteger(value)) {
    throw new ServiceError('INVALID_REQUEST', `${name}是件数，应为整数。`);
  }
  return cell;
};
