// Filtering and sorting of the batch list (pure, so the view stays a view).
import type { ReportStatus, ReportSummary } from '../../../shared/ipc/review';

export type SortKey =
  'agency' | 'year' | 'format' | 'status' | 'error' | 'warning' | 'info' | 'progress';
export type SortDir = 'asc' | 'desc';
/** A status, "failed" for unreadable files, or everything. */
export type StatusFilter = ReportStatus | 'failed' | 'all';

export interface BatchQuery {
  search: string;
  status: StatusFilter;
  sort: SortKey;
  dir: SortDir;
}

const statusOrder: Record<ReportStatus, number> = {
  pending: 0,
  in_review: 1,
  returned: 2,
  approved: 3,
};

const collator = new Intl.Collator('zh-CN');

const keyOf = (r: ReportSummary, key: SortKey): number | string => {
  switch (key) {
    case 'agency':
      return r.agency ?? r.fileName;
    case 'year':
      return r.year ?? 0;
    case 'format':
      return r.format;
    case 'status':
      return r.error ? -1 : statusOrder[r.status];
    case 'progress':
      return r.total === 0 ? 1 : r.decided / r.total;
    default:
      return r.counts[key];
  }
};

/** Reports matching the search (agency or file name) and the status, sorted. */
export const queryReports = (reports: readonly ReportSummary[], q: BatchQuery): ReportSummary[] => {
  const needle = q.search.trim().toLowerCase();
  const rows = reports.filter((r) => {
    if (q.status === 'failed' ? !r.error : q.status !== 'all' && (r.error || r.status !== q.status))
      return false;
    if (!needle) return true;
    return (
      (r.agency ?? '').toLowerCase().includes(needle) || r.fileName.toLowerCase().includes(needle)
    );
  });
  const sign = q.dir === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const ka = keyOf(a, q.sort);
    const kb = keyOf(b, q.sort);
    const c =
      typeof ka === 'number' && typeof kb === 'number'
        ? ka - kb
        : collator.compare(String(ka), String(kb));
    return c * sign || collator.compare(a.fileName, b.fileName);
  });
};

/** Totals over the batch for the header strip. */
export const batchTotals = (reports: readonly ReportSummary[]) => {
  const totals = { reports: reports.length, failed: 0, error: 0, warning: 0, info: 0, approved: 0 };
  for (const r of reports) {
    if (r.error) totals.failed++;
    if (r.status === 'approved') totals.approved++;
    totals.error += r.counts.error;
    totals.warning += r.counts.warning;
    totals.info += r.counts.info;
  }
  return totals;
};

/** Open findings per category over the batch. */
export const categoryTotals = (reports: readonly ReportSummary[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const r of reports)
    for (const [c, n] of Object.entries(r.byCategory)) out.set(c, (out.get(c) ?? 0) + n);
  return out;
};
