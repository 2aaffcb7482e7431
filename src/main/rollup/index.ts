// The roll-up of an area from stored reports: the sums, the register and the totals over years.
import { buildRollup } from '../../shared/rollup';
import type { RollupArea, RollupView, YearTotals } from '../../shared/rollup/view';
import type { RollupRecord } from './records';
import { registerRow } from './register';
import { agenciesOfYear, latestOfYear, toInputs } from './select';

export type { RollupRecord } from './records';
export { latestOfYear } from './select';

const areaName = (area: RollupArea): string => area.name ?? '本地区';

/** The area's totals of each year the records hold, oldest first. */
const totalsOverYears = (records: readonly RollupRecord[], area: RollupArea): YearTotals[] => {
  const years = [...new Set(records.map((r) => r.year).filter((y): y is number => y !== null))];
  return years
    .sort((a, b) => a - b)
    .map((year) => {
      const chosen = latestOfYear(records, year, area.agencies);
      const r = buildRollup(toInputs(chosen, []), { year, name: areaName(area) });
      const v = (path: string): number | null => r.cells[path]?.value ?? null;
      const reviews = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']
        .map((row) => v(`review/${row}/total`))
        .reduce<number | null>((s, x) => (s === null || x === null ? null : s + x), 0);
      return {
        year,
        reports: r.members.length,
        received: v('requests/1/total'),
        handled: v('requests/3.7/total'),
        reviews: r.members.length === 0 ? null : reviews,
      };
    })
    .filter((t) => t.reports > 0);
};

/** Everything the roll-up view and the exports show of an area. */
export const rollupArea = (records: readonly RollupRecord[], area: RollupArea): RollupView => {
  const chosen = latestOfYear(records, area.year, area.agencies);
  const rollup = buildRollup(toInputs(chosen, records), { year: area.year, name: areaName(area) });
  const joined = new Set(rollup.members.map((m) => m.id));
  return {
    area: { year: area.year, agencies: area.agencies, name: areaName(area) },
    rollup,
    register: chosen.map((r) => registerRow(r, joined.has(r.id))),
    years: totalsOverYears(records, area),
    agencies: agenciesOfYear(records, area.year),
  };
};
