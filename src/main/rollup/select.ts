// Chooses the reports of an area and year: the latest version of each agency, or of the agencies
// named (by name or by key), and last year's report of each for the drill-down marks.
import { applyCorrections } from '../../shared/review/corrections';
import type { RollupInput } from '../../shared/rollup';
import { agencyKey } from '../storage/agency-key';
import type { RollupRecord } from './records';

const keyOf = (r: RollupRecord): string =>
  r.agencyKey ?? (r.agency ? agencyKey(r.agency) : `#${r.id}`);

/** The latest version of each agency's report of `year`, in first-import order. */
export const latestOfYear = (
  records: readonly RollupRecord[],
  year: number,
  agencies: readonly string[] | null,
): RollupRecord[] => {
  const wanted = agencies ? new Set(agencies.map(agencyKey)) : null;
  const latest = new Map<string, RollupRecord>();
  for (const r of records) {
    if (r.year !== year) continue;
    const key = keyOf(r);
    if (wanted && !wanted.has(key) && !(r.agency && wanted.has(agencyKey(r.agency)))) continue;
    const held = latest.get(key);
    if (!held || r.version > held.version) latest.set(key, r);
  }
  return [...latest.values()];
};

/** Agency names of a year's reports (latest names), sorted. */
export const agenciesOfYear = (records: readonly RollupRecord[], year: number): string[] =>
  [...new Set(latestOfYear(records, year, null).map((r) => r.agency ?? r.fileName))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );

/** A record's cells as the reviewer left them (corrections applied). */
const correctedValues = (r: RollupRecord): Record<string, number | null> => {
  if (!r.parsed) return {};
  const doc = applyCorrections(r.parsed, r.corrections);
  return Object.fromEntries(Object.entries(doc.report.cells).map(([p, c]) => [p, c.value]));
};

/** The roll-up's inputs: each chosen report parsed, with its corrections and last year's values. */
export const toInputs = (
  chosen: readonly RollupRecord[],
  records: readonly RollupRecord[],
): RollupInput[] =>
  chosen.map((r) => {
    const before = r.year === null ? [] : latestOfYear(records, r.year - 1, null);
    const previous = before.find((p) => keyOf(p) === keyOf(r)) ?? null;
    return {
      id: r.id,
      agency: r.agency ?? r.fileName,
      year: r.year,
      version: r.version,
      doc: r.error ? null : r.parsed,
      error: r.error,
      corrections: r.corrections,
      previous: previous && !previous.error && previous.parsed ? correctedValues(previous) : null,
    };
  });
