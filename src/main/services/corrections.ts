// Checks a cell correction before it is stored: a known cell, a plausible value (the same rules
// as the correction dialog's, shared/model/form-correction).
import { activeFormOf } from '../../shared/model/form';
import { correctionProblem } from '../../shared/model/form-correction';
import type { Cell } from '../../shared/model/schema';
import type { ParsedDocument } from '../../shared/parser';
import { ServiceError } from './errors';

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
  const problem = correctionProblem(path, value, activeFormOf(doc.report.cells));
  if (problem) throw new ServiceError('INVALID_REQUEST', problem);
  return cell;
};
