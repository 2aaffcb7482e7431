// What a reviewer may correct a cell to: one set of rules for the correction dialog (the typed
// text) and for main's correction handler (the number it receives). A sign, "-3" or "+3", only
// in a signed cell (the 2019 form's 本年增/减); decimals only in money cells.
import { describeCell, isSignedCell, type ActiveForm } from './form';

/** Cells whose value may have decimals: the fee in 万元, the 2019 form's 采购总金额. */
const isAmount = (path: string): boolean => path.endsWith('/amount');

/** Why `value` cannot be the cell's value, in Chinese; null when it can. */
export const correctionProblem = (
  path: string,
  value: number,
  form?: ActiveForm,
): string | null => {
  const name = describeCell(path, form);
  if (!Number.isFinite(value) || (value < 0 && !isSignedCell(path)))
    return `${name}应为不小于 0 的数。`;
  if (!isAmount(path) && !Number.isInteger(value)) return `${name}是件数，应为整数。`;
  return null;
};

export interface CorrectionText {
  /** The number typed, or null when there is none to save. */
  value: number | null;
  /** Why the text cannot be saved, in Chinese; null for a good value or an empty field. */
  problem: string | null;
}

/** A number as typed: an optional sign, digits with thousands commas, decimals. */
const NUMBER = /^([+-]?)(\d+(?:\.\d+)?)$/;

/**
 * The text a reviewer typed for `path`. Full-width characters ("＋３", "－２", "１，２００") read
 * as their ASCII forms; a "+" or "-" is taken only where the cell is signed.
 */
export const readCorrectionText = (
  text: string,
  path: string,
  form?: ActiveForm,
): CorrectionText => {
  const t = text.normalize('NFKC').trim().replace(/,/g, '').replace(/^−/, '-');
  if (t === '') return { value: null, problem: null };
  const m = NUMBER.exec(t);
  if (!m) {
    const example = isSignedCell(path) ? '（如 12、-3 或 +3）' : '（如 12）';
    return { value: null, problem: `「${text.trim()}」不是数字，请填写数字${example}。` };
  }
  if (m[1] === '+' && !isSignedCell(path)) {
    const name = describeCell(path, form);
    return {
      value: null,
      problem: `${name}不是增减数，不能带“+”号，请只填写数字。`,
    };
  }
  // + 0: "-0" is 0, not a negative zero.
  const value = Number(`${m[1]}${m[2]}`) + 0;
  const problem = correctionProblem(path, value, form);
  return problem ? { value: null, problem } : { value, problem: null };
};
