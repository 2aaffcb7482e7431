// How far the batch has come: reports per review status as one stacked bar with a legend.
import {
  reportStatusLabel,
  type ReportStatus,
  type ReportSummary,
} from '../../../shared/ipc/review';

const order: ReportStatus[] = ['pending', 'in_review', 'returned', 'approved'];

export const StatusBreakdown = ({ reports }: { reports: readonly ReportSummary[] }) => {
  const readable = reports.filter((r) => !r.error);
  const counts = order.map((s) => ({ s, n: readable.filter((r) => r.status === s).length }));
  const total = Math.max(1, readable.length);
  return (
    <div className="status-breakdown" aria-label="审核进度">
      <div className="sb-title">审核进度</div>
      <div className="sb-bar">
        {counts.map(({ s, n }) =>
          n === 0 ? null : (
            <span key={s} className={`sb-${s}`} style={{ width: `${(n / total) * 100}%` }} />
          ),
        )}
      </div>
      <ul className="sb-legend">
        {counts.map(({ s, n }) => (
          <li key={s} data-status={s}>
            <i className={`sb-${s}`} />
            {reportStatusLabel[s]} <b>{n}</b>
          </li>
        ))}
      </ul>
    </div>
  );
};
