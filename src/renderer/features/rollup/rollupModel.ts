// What the roll-up view derives from the roll-up: the drill-down rows of a cell, the results mix,
// and the form as a parsed document so the review desk's TableView can show it.
import type { ReviewFinding } from '../../../shared/ipc/review';
import type { ParsedDocument } from '../../../shared/parser';
import type { Rollup, RollupOutlier } from '../../../shared/rollup';
import { syntheticDocument } from '../../../shared/rollup/check';
import { displayValues, memberValue } from '../../../shared/rollup/display';

/** The summed form as a document (values only, no text). */
export const rollupDocument = (rollup: Rollup, name: string): ParsedDocument =>
  syntheticDocument(displayValues(rollup), null, name, rollup.year);

/** The roll-up's findings shaped as the TableView reads findings (no decisions on a roll-up). */
export const rollupFindings = (rollup: Rollup): ReviewFinding[] =>
  rollup.findings.map((f, i) => ({ ...f, fingerprint: `rollup-${i}`, decision: null }));

export interface DrillRow {
  id: string;
  agency: string;
  value: number | null;
  corrected: boolean;
  format: '2021' | '2019';
  outliers: RollupOutlier[];
}

export type DrillSort = { key: 'agency' | 'value'; dir: 'asc' | 'desc' };

/** Each member's value of a cell, sorted as asked (a member without the cell last). */
export const drillRows = (rollup: Rollup, path: string, sort: DrillSort): DrillRow[] => {
  const collator = new Intl.Collator('zh-CN');
  const rows = rollup.members.map((m) => ({
    id: m.id,
    agency: m.agency,
    value: memberValue(m, path),
    corrected: m.corrected.some((p) => p === path || p.replace(/\.\d\//, '/') === path),
    format: m.format,
    outliers: rollup.outliers.filter((o) => o.memberId === m.id && o.path === path),
  }));
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    if (sort.key === 'agency') return sign * collator.compare(a.agency, b.agency);
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * (a.value - b.value) || collator.compare(a.agency, b.agency);
  });
};

/** The six results of table 三 as the stacked bar shows them. */
export const RESULT_GROUPS: ReadonlyArray<{ id: string; label: string; rows: RegExp }> = [
  { id: 'open', label: '予以公开', rows: /^3\.1$/ },
  { id: 'partial', label: '部分公开', rows: /^3\.2$/ },
  { id: 'refused', label: '不予公开', rows: /^3\.3\./ },
  { id: 'unable', label: '无法提供', rows: /^3\.4\./ },
  { id: 'notHandled', label: '不予处理', rows: /^3\.5\./ },
  { id: 'other', label: '其他处理', rows: /^3\.6(\.|$)/ },
];

/** The results mix of a set of values: the 总计 column summed per group of rows. */
export const resultsMix = (values: Readonly<Record<string, number | null>>): number[] => {
  const sums = RESULT_GROUPS.map(() => 0);
  for (const [path, v] of Object.entries(values)) {
    const m = /^requests\/(3\.[\d.]+)\/total$/.exec(path);
    if (!m || v === null) continue;
    const at = RESULT_GROUPS.findIndex((g) => g.rows.test(m[1]!));
    if (at >= 0) sums[at]! += v;
  }
  return sums;
};
