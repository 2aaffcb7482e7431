// Builds what the batch view and the report view receive from a stored report.
import { findingCategory } from '../../shared/review/findings';
import type { ReportDetail, ReportSummary, ReviewFinding } from '../../shared/ipc/review';
import type { StoredReport } from './store';

/** The stored findings with the decision on each attached. */
export const reviewFindings = (r: StoredReport): ReviewFinding[] => {
  const byPrint = new Map(r.decisions.map((d) => [d.fingerprint, d]));
  return r.findings.map((f) => ({ ...f, decision: byPrint.get(f.fingerprint) ?? null }));
};

/** One line of the batch view: counts leave out what the reviewer dismissed. */
export const summarize = (r: StoredReport): ReportSummary => {
  const counts = { error: 0, warning: 0, info: 0 };
  const byCategory: Record<string, number> = {};
  let decided = 0;
  for (const f of reviewFindings(r)) {
    const kind = f.decision?.decision ?? 'pending';
    if (kind !== 'pending') decided++;
    if (kind === 'dismissed') continue;
    counts[f.severity]++;
    const category = findingCategory(f.ruleId);
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return {
    id: r.id,
    fileName: r.fileName,
    format: r.format,
    agency: r.agency,
    year: r.year,
    title: r.title,
    status: r.status,
    error: r.error,
    counts,
    byCategory,
    decided,
    total: r.findings.length,
    importedAt: r.importedAt,
  };
};

/** Everything the report view shows. */
export const toDetail = (r: StoredReport): ReportDetail => ({
  summary: summarize(r),
  raw: r.raw,
  notes: r.notes,
  findings: reviewFindings(r),
  comments: r.comments,
  corrections: r.corrections,
  history: r.history,
});
