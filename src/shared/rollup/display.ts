// The summed values as the form shows them: with 2019 reports among the members, （六）其他处理
// is one row (3.6) holding both the 2019 row and the 2021 sub-rows, as in a 2019 report.
import { cellPath, requestColumns } from '../model/form';
import { preciseSum } from './sum';
import type { Rollup } from './schema';

const SPLIT = ['3.6.1', '3.6.2', '3.6.3'];

/** True when the form of the roll-up keeps （六）其他处理 as one row. */
export const legacySixOf = (rollup: Pick<Rollup, 'legacyOther'>): boolean =>
  rollup.legacyOther !== null;

/** Cell path → summed value (null when no member has the cell). */
export const displayValues = (
  rollup: Pick<Rollup, 'cells' | 'legacyOther'>,
): Record<string, number | null> =>
  withLegacySix(
    Object.fromEntries(Object.values(rollup.cells).map((c) => [c.path, c.value])),
    rollup.legacyOther,
  );

/** Values with 3.6.1–3.6.3 folded into one row 3.6 together with a 2019 row, when there is one. */
export const withLegacySix = (
  values: Readonly<Record<string, number | null>>,
  legacyOther: Readonly<Record<string, number>> | null,
): Record<string, number | null> => {
  const out: Record<string, number | null> = { ...values };
  if (!legacyOther) return out;
  for (const c of requestColumns) {
    const split = SPLIT.map((r) => cellPath('requests', r, c.id));
    const parts = split.map((p) => out[p] ?? 0);
    for (const p of split) delete out[p];
    out[cellPath('requests', '3.6', c.id)] = preciseSum([...parts, legacyOther[c.id] ?? 0]);
  }
  return out;
};

/** A member's value of a displayed cell (3.6 adds up its sub-rows or its 2019 row). */
export const memberValue = (
  member: { values: Record<string, number>; legacyOther: Record<string, number> | null },
  path: string,
): number | null => {
  const m = /^requests\/3\.6\/(\w+)$/.exec(path);
  if (!m) return member.values[path] ?? null;
  if (member.legacyOther) return member.legacyOther[m[1]!] ?? null;
  const parts = SPLIT.map((r) => member.values[cellPath('requests', r, m[1]!)]);
  return parts.some((v) => v === undefined) ? null : preciseSum(parts as number[]);
};
