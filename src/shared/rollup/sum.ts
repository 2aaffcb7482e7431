// Cell-by-cell sums of the members' tables. Counts are integers; amounts (万元) keep the precision
// of the inputs, so 0.1 + 0.2 is 0.3 and not 0.30000000000000004.
import { allCellPaths, requestColumns } from '../model/form';
import type { RollupCell, RollupMember } from './schema';

/** Digits after the decimal point of a number as written in shortest form. */
export const decimalsOf = (n: number): number => {
  const s = String(n);
  const e = s.match(/e-(\d+)$/);
  if (e) return Number(e[1]) + (s.split('e')[0]!.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
};

/** Adds numbers and rounds to the largest precision among them. */
export const preciseSum = (values: readonly number[]): number => {
  let digits = 0;
  let sum = 0;
  for (const v of values) {
    digits = Math.max(digits, decimalsOf(v));
    sum += v;
  }
  return digits === 0 ? sum : Number(sum.toFixed(Math.min(digits, 12)));
};

/** Every cell of the 2021 form summed over the members that have it. */
export const sumCells = (members: readonly RollupMember[]): Record<string, RollupCell> => {
  const cells: Record<string, RollupCell> = {};
  for (const path of allCellPaths) {
    const having = members.filter((m) => path in m.values);
    cells[path] = {
      path,
      value: having.length === 0 ? null : preciseSum(having.map((m) => m.values[path]!)),
      reports: having.length,
      corrected: having.filter((m) => m.corrected.includes(path)).length,
      partial: having.length > 0 && having.length < members.length,
    };
  }
  return cells;
};

/** The 2019 members' single （六）其他处理 row summed per column, or null when there is none. */
export const sumLegacyOther = (members: readonly RollupMember[]): Record<string, number> | null => {
  const legacy = members.filter((m) => m.legacyOther);
  if (legacy.length === 0) return null;
  return Object.fromEntries(
    requestColumns.map((c) => [c.id, preciseSum(legacy.map((m) => m.legacyOther![c.id]!))]),
  );
};
