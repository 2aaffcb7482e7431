// The 审核情况汇总表: each chosen report with its status, findings found and still open, and when
// it was returned or approved.
import type { RegisterRow } from '../../shared/rollup/view';
import type { RollupRecord } from './records';

const lastAt = (r: RollupRecord, status: 'returned' | 'approved'): string | null =>
  [...r.history].reverse().find((h) => h.status === status)?.at ?? null;

export const registerRow = (r: RollupRecord, joined: boolean): RegisterRow => {
  const found = { error: 0, warning: 0, info: 0 };
  const open = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) {
    found[f.severity]++;
    if (!f.dismissed) open[f.severity]++;
  }
  return {
    id: r.id,
    agency: r.agency ?? r.fileName,
    year: r.year,
    version: r.version,
    status: r.status,
    found,
    open,
    returnedAt: lastAt(r, 'returned'),
    approvedAt: r.status === 'approved' ? lastAt(r, 'approved') : null,
    joined,
  };
};
