// Pure helpers of the report view: grouping and ordering findings, where a finding is, which cell
// a correction targets, and the marks the source view paints.
import { findingCategory } from '../../../shared/review/findings';
import type { Comment, Correction, ReviewFinding } from '../../../shared/ipc/review';
import type { Severity } from '../../../shared/model/schema';
import type { ParsedDocument } from '../../../shared/parser';
import { ruleCategories, categoryLabel } from '../../../shared/rules/types';
import { lineColumnAt } from '../../../shared/text/lines';
import { describeCells, placeInReport } from '../../../shared/text/places';

export type FindingFilter = 'all' | 'open' | 'confirmed' | 'dismissed';

/** A finding with its index in the report's list (the key the views use in the DOM). */
export interface IndexedFinding {
  index: number;
  finding: ReviewFinding;
}

export interface FindingGroup {
  category: string;
  label: string;
  items: IndexedFinding[];
}

const decisionOf = (f: ReviewFinding) => f.decision?.decision ?? 'pending';

export const matchesFilter = (f: ReviewFinding, filter: FindingFilter): boolean => {
  const d = decisionOf(f);
  if (filter === 'all') return true;
  if (filter === 'open') return d === 'pending';
  return d === filter;
};

/** Findings by category in catalogue order, reading order inside each; `order` is the j/k order. */
export const groupFindings = (
  findings: readonly ReviewFinding[],
  filter: FindingFilter,
): { groups: FindingGroup[]; order: IndexedFinding[] } => {
  const byCategory = new Map<string, IndexedFinding[]>();
  findings.forEach((finding, index) => {
    if (!matchesFilter(finding, filter)) return;
    const c = findingCategory(finding.ruleId);
    byCategory.set(c, [...(byCategory.get(c) ?? []), { index, finding }]);
  });
  const known: readonly string[] = ruleCategories;
  const categories = [
    ...ruleCategories.filter((c) => byCategory.has(c)),
    ...[...byCategory.keys()].filter((c) => !known.includes(c)).sort(),
  ];
  const groups = categories.map((c) => ({
    category: c,
    label: (categoryLabel as Record<string, string>)[c] ?? c,
    items: byCategory.get(c)!,
  }));
  return { groups, order: groups.flatMap((g) => g.items) };
};

/**
 * "表三「三、（七）总计」总计列", or "第二部分「主动公开政府信息情况」 · 第 12 行", or no place:
 * named in the vocabulary of shared/text/places, as the exports name it.
 */
export const placeOf = (
  f: ReviewFinding,
  doc: ParsedDocument,
  starts: readonly number[],
): string | null => {
  if (f.cells.length > 0) return describeCells(f.cells, 1);
  const span = f.spans[0];
  if (!span) return null;
  const { line } = lineColumnAt(starts, span[0]);
  return `${placeInReport(doc.report, span[0], doc.titleSpan)} · 第 ${line} 行`;
};

/** The cell a correction of this finding targets: the printed cell its span points at, else the first. */
export const targetCell = (f: ReviewFinding, doc: ParsedDocument): string | null => {
  const span = f.spans[0];
  const onSpan = span
    ? f.cells.find((p) => {
        const s = doc.report.cells[p]?.span;
        return s !== null && s !== undefined && s[0] === span[0] && s[1] === span[1];
      })
    : undefined;
  return onSpan ?? f.cells[0] ?? null;
};

/**
 * The cells a finding points at: those whose printed figure lies under one of its spans (an
 * arithmetic finding names the whole relation but points at the likely culprit); all of its
 * cells when none does.
 */
export const flaggedCells = (f: ReviewFinding, doc: ParsedDocument): string[] => {
  const under = f.cells.filter((p) => {
    const s = doc.report.cells[p]?.span;
    return !!s && f.spans.some(([a, b]) => s[0] < Math.max(b, a + 1) && a < s[1]);
  });
  return under.length > 0 ? under : f.cells;
};

export type MarkKind = Severity | 'comment' | 'corrected';

/** A range of report.text the source view paints; `key` is "f<index>" or "c<id>". */
export interface Mark {
  key: string;
  start: number;
  end: number;
  kind: MarkKind;
}

/** Marks of open findings (and of the active one even when decided), comments, corrections. */
export const buildMarks = (
  findings: readonly ReviewFinding[],
  comments: readonly Comment[],
  corrections: readonly Correction[],
  doc: ParsedDocument,
  activeIndex: number | null,
): Mark[] => {
  const marks: Mark[] = [];
  findings.forEach((f, i) => {
    if (decisionOf(f) === 'dismissed' && i !== activeIndex) return;
    for (const [start, end] of f.spans) marks.push({ key: `f${i}`, start, end, kind: f.severity });
  });
  for (const c of comments)
    marks.push({ key: `c${c.id}`, start: c.span[0], end: c.span[1], kind: 'comment' });
  for (const c of corrections) {
    const span = doc.report.cells[c.path]?.span;
    if (span) marks.push({ key: `k${c.path}`, start: span[0], end: span[1], kind: 'corrected' });
  }
  return marks;
};

/** Worst severity among findings (for colouring a table cell). */
export const worstSeverity = (severities: readonly Severity[]): Severity | null =>
  severities.includes('error')
    ? 'error'
    : severities.includes('warning')
      ? 'warning'
      : (severities[0] ?? null);
