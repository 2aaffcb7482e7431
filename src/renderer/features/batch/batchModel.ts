// Filtering and sorting of the register (pure, so the view stays a view). A line is an agency
// and year; its summary is the file shown for its latest version.
import type { RegisterRow } from '../../../shared/ipc/register';
import type { ReportStatus, ReportSummary } from '../../../shared/ipc/review';

export type SortKey =
  | 'attention'
  | 'agency'
  | 'year'
  | 'versions'
  | 'format'
  | 'status'
  | 'error'
  | 'warning'
  | 'info'
  | 'progress';
export type SortDir = 'asc' | 'desc';
/** A status, "failed" for unreadable files, or everything. */
export type StatusFilter = ReportStatus | 'failed' | 'all';

export interface BatchQuery {
  search: string;
  status: StatusFilter;
  sort: SortKey;
  dir: SortDir;
}

/** What needs attention first: the register's default order. */
export const defaultQuery: BatchQuery = {
  search: '',
  status: 'all',
  sort: 'attention',
  dir: 'asc',
};

const statusOrder: Record<ReportStatus, number> = {
  pending: 0,
  in_review: 1,
  returned: 2,
  approved: 3,
};

const collator = new Intl.Collator('zh-CN');

/**
 * How urgently a report needs the reviewer: 0 errors not yet decided, 1 warnings not yet
 * decided, 2 untouched or not concluded, 3 done (returned or approved), 4 unreadable files.
 */
export const attentionRank = (r: ReportSummary): number => {
  if (r.error) return 4;
  if (r.status === 'approved' || r.status === 'returned') return 3;
  const open = r.undecided ?? { error: 0, warning: 0, info: 0 };
  if (open.error > 0) return 0;
  if (open.warning > 0) return 1;
  return 2;
};

const keyOf = (row: RegisterRow, key: SortKey): number | string => {
  const r = row.summary;
  switch (key) {
    case 'attention':
      // Within a rank, more undecided errors (then warnings) first.
      return attentionRank(r) * 1e8 - (r.undecided?.error ?? 0) * 1e4 - (r.undecided?.warning ?? 0);
    case 'agency':
      return r.agency ?? r.fileName;
    case 'year':
      return r.year ?? 0;
    case 'versions':
      return row.versions.length;
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

const fileNames = (row: RegisterRow): string[] =>
  row.versions.flatMap((v) => v.files.map((f) => f.fileName));

/** Lines matching the search (agency or any file name) and the status, sorted. */
export const queryRegister = (rows: readonly RegisterRow[], q: BatchQuery): RegisterRow[] => {
  const needle = q.search.trim().toLowerCase();
  const kept = rows.filter((row) => {
    const r = row.summary;
    if (q.status === 'failed' ? !r.error : q.status !== 'all' && (r.error || r.status !== q.status))
      return false;
    if (!needle) return true;
    return (
      (r.agency ?? '').toLowerCase().includes(needle) ||
      fileNames(row).some((n) => n.toLowerCase().includes(needle))
    );
  });
  const sign = q.dir === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    const ka = keyOf(a, q.sort);
    const kb = keyOf(b, q.sort);
    const c =
      typeof ka === 'number' && typeof kb === 'number'
        ? ka - kb
        : collator.compare(String(ka), String(kb));
    return (
      c * sign ||
      collator.compare(
        a.summary.agency ?? a.summary.fileName,
        b.summary.agency ?? b.summary.fileName,
      ) ||
      (a.summary.year ?? 0) - (b.summary.year ?? 0)
    );
  });
};

/**
 * The line a report belongs to in the given order (the report may be any file of any version
 * of it), and the reports shown before and after it: 上一份 / 下一份.
 */
export const neighbours = (
  ordered: readonly RegisterRow[],
  reportId: string,
): { index: number; prev: string | null; next: string | null } => {
  const index = ordered.findIndex((row) =>
    row.versions.some((v) => v.files.some((f) => f.id === reportId)),
  );
  const openable = (i: number): string | null => {
    const row = ordered[i];
    return row && !row.summary.error ? row.summary.id : null;
  };
  if (index < 0) return { index, prev: null, next: null };
  let prev: string | null = null;
  for (let i = index - 1; i >= 0 && prev === null; i--) prev = openable(i);
  let next: string | null = null;
  for (let i = index + 1; i < ordered.length && next === null; i++) next = openable(i);
  return { index, prev, next };
};

/** Totals over the register for the header strip: reports are submissions, not files. */
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

/** Open findings per category over the register. */
export const categoryTotals = (reports: readonly ReportSummary[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const r of reports)
    for (const [c, n] of Object.entries(r.byCategory)) out.set(c, (out.get(c) ?? 0) + n);
  return out;
};
