// The roll-up (汇总) of an area's reports of one year: who joins, the sums, their check, the marks.
import { admit, type RollupInput } from './members';
import { checkRollup } from './check';
import { findOutliers } from './outliers';
import type { Rollup, RollupExcluded, RollupMember } from './schema';
import { sumCells, sumLegacyOther } from './sum';

export type { RollupInput } from './members';
export * from './schema';

export interface RollupOptions {
  year: number;
  /** How the area is named in messages, e.g. "某县". */
  name?: string;
}

/** Sums tables 二, 三 and 四 over the reports that were read completely. Deterministic. */
export const buildRollup = (inputs: readonly RollupInput[], options: RollupOptions): Rollup => {
  const members: RollupMember[] = [];
  const excluded: RollupExcluded[] = [];
  const previous = new Map<string, Readonly<Record<string, number | null>>>();
  for (const input of inputs) {
    const a = admit(input);
    if (a.joined) {
      members.push(a.member);
      if (input.previous) previous.set(input.id, input.previous);
    } else excluded.push(a.excluded);
  }
  const cells = sumCells(members);
  const legacyOther = sumLegacyOther(members);
  return {
    year: options.year,
    members,
    excluded,
    cells,
    legacyOther,
    findings: checkRollup(cells, legacyOther, members, options.name ?? '本地区', options.year),
    outliers: findOutliers(members, previous),
  };
};
