// csv, xlsx and text output from what each file leaves of itself: its part (rows, lines) is made
// as the file finishes and the file (its parse, text and segments) is let go, so a batch is not
// held whole to the end. The parts go out in input order, the same bytes as from the whole files.
import type { CheckedFile } from '../../main/check/check-file';
import { csvOf, csvPart } from './csv';
import { textOf, textPart } from './text';
import { writeXlsxParts, xlsxPart } from './xlsx';

/** Parts by input index; a part that failed to be made is thrown after the batch, not into it. */
const inOrder = <P>(make: (f: CheckedFile) => P) => {
  const kept = new Map<number, P>();
  let failure: { error: unknown } | null = null;
  return {
    add: (index: number, f: CheckedFile): void => {
      if (failure) return;
      try {
        kept.set(index, make(f));
      } catch (error) {
        failure = { error };
      }
    },
    parts: (): P[] => {
      if (failure) throw failure.error;
      return [...kept.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
    },
  };
};

export interface KeptOutput {
  /** The result of input file `index` (any order); called from the batch's onResult. */
  add(index: number, f: CheckedFile): void;
  /** The output as text (csv, text). */
  text(): string;
  /** Writes the workbook (xlsx). */
  xlsx(out: string): Promise<void>;
}

export const keptOutput = (format: 'csv' | 'text' | 'xlsx'): KeptOutput => {
  const unused = (): never => {
    throw new Error(`${format} 输出不支持此写法`);
  };
  if (format === 'xlsx') {
    const kept = inOrder(xlsxPart);
    return { add: kept.add, text: unused, xlsx: (out) => writeXlsxParts(kept.parts(), out) };
  }
  if (format === 'csv') {
    const kept = inOrder(csvPart);
    return { add: kept.add, text: () => csvOf(kept.parts()), xlsx: unused };
  }
  const kept = inOrder(textPart);
  return { add: kept.add, text: () => textOf(kept.parts()), xlsx: unused };
};
