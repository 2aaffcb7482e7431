// Per-agency counts for the summary sheet: findings by severity, category and decision.
import { severityLabel, type Severity } from '../../shared/model/schema';
import { categoryLabel, ruleCategories } from '../../shared/rules/types';
import { decisionLabel } from './select';
import type { IssueRow } from './issue-rows';

export interface AgencySummary {
  agency: string;
  files: number;
  years: string;
  bySeverity: Record<Severity, number>;
  byCategory: Record<string, number>;
  byDecision: Record<string, number>;
  total: number;
}

/** Category columns: the catalogue's, then any other seen (a later category, 审核批注). */
export const summaryCategories = (rows: readonly IssueRow[]): string[] => {
  const known = ruleCategories.map((c) => categoryLabel[c]);
  const extra = [...new Set(rows.map((r) => r.categoryName))].filter((c) => !known.includes(c));
  return [...known, ...extra];
};

const severities: readonly Severity[] = ['error', 'warning', 'info'];

/** A report of the batch, so that one without any finding still shows (with zeros). */
export interface SummaryReport {
  agency: string | null;
  year: number | null;
  file: string;
}

const agencyKey = (agency: string | number | null, file: string | number): string =>
  agency ? String(agency) : `（未识别单位）${file}`;

/** One summary per agency, in first-seen order; a report without agency counts under its file. */
export const summarize = (
  rows: readonly IssueRow[],
  reports: readonly SummaryReport[] = [],
): AgencySummary[] => {
  const byAgency = new Map<string, { rows: IssueRow[]; files: Set<string>; years: Set<string> }>();
  const group = (agency: string) => {
    let g = byAgency.get(agency);
    if (!g) byAgency.set(agency, (g = { rows: [], files: new Set(), years: new Set() }));
    return g;
  };
  for (const report of reports) {
    const g = group(agencyKey(report.agency, report.file));
    g.files.add(report.file);
    if (report.year !== null) g.years.add(String(report.year));
  }
  for (const row of rows) {
    const g = group(agencyKey(row.agency, row.file));
    g.rows.push(row);
    g.files.add(String(row.file));
    if (row.year !== '') g.years.add(String(row.year));
  }
  const categories = summaryCategories(rows);
  return [...byAgency.entries()].map(([agency, g]) => {
    const bySeverity = { error: 0, warning: 0, info: 0 };
    const byCategory = Object.fromEntries(categories.map((c) => [c, 0]));
    const byDecision = Object.fromEntries(Object.values(decisionLabel).map((d) => [d, 0]));
    for (const row of g.rows) {
      if (row.severityKey) bySeverity[row.severityKey]++;
      byCategory[row.categoryName] = (byCategory[row.categoryName] ?? 0) + 1;
      byDecision[String(row.decision)] = (byDecision[String(row.decision)] ?? 0) + 1;
    }
    return {
      agency,
      files: g.files.size,
      years: [...g.years].sort().join('、'),
      bySeverity,
      byCategory,
      byDecision,
      total: g.rows.length,
    };
  });
};

/** Header of the summary sheet, in the order `summaryRow` writes the values. */
export const summaryHeader = (categories: readonly string[]): string[] => [
  '单位',
  '报告数',
  // Not 年度: that is also the name of a rule category's column.
  '报告年度',
  ...severities.map((s) => severityLabel[s]),
  ...categories,
  ...Object.values(decisionLabel),
  '合计',
];

export const summaryRow = (
  s: AgencySummary,
  categories: readonly string[],
): Array<string | number> => [
  s.agency,
  s.files,
  s.years,
  ...severities.map((k) => s.bySeverity[k]),
  ...categories.map((c) => s.byCategory[c] ?? 0),
  ...Object.values(decisionLabel).map((d) => s.byDecision[d] ?? 0),
  s.total,
];
