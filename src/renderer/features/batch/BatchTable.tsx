// The batch list: one row per imported file, sortable columns; a failed file shows its message.
import type { ReportSummary } from '../../../shared/ipc/review';
import { StatusBadge } from '../../components/StatusBadge';
import { zh } from '../../i18n/zh-CN';
import type { BatchQuery, SortKey } from './batchModel';

interface Props {
  rows: ReportSummary[];
  query: BatchQuery;
  onSort(key: SortKey): void;
  onOpen(id: string): void;
}

const columns: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'agency', label: zh.batch.columns.agency },
  { key: 'year', label: zh.batch.columns.year, numeric: true },
  { key: 'format', label: zh.batch.columns.format },
  { key: 'status', label: zh.batch.columns.status },
  { key: 'error', label: zh.batch.columns.error, numeric: true },
  { key: 'warning', label: zh.batch.columns.warning, numeric: true },
  { key: 'info', label: zh.batch.columns.info, numeric: true },
  { key: 'progress', label: zh.batch.columns.progress },
];

const Count = ({ n, kind }: { n: number; kind: 'error' | 'warning' | 'info' }) =>
  n === 0 ? (
    <span className="count-zero">0</span>
  ) : (
    <span className={`count count-${kind}`}>{n}</span>
  );

export const BatchTable = ({ rows, query, onSort, onOpen }: Props) => (
  <table className="batch-table">
    <thead>
      <tr>
        {columns.map((c) => (
          <th
            key={c.key}
            className={c.numeric ? 'num' : undefined}
            aria-sort={
              query.sort === c.key ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'
            }
          >
            <button type="button" className="sort" onClick={() => onSort(c.key)}>
              {c.label}
              <span className="sort-mark" aria-hidden>
                {query.sort === c.key ? (query.dir === 'asc' ? '▲' : '▼') : ''}
              </span>
            </button>
          </th>
        ))}
        <th>{zh.batch.columns.file}</th>
      </tr>
    </thead>
    <tbody>
      {rows.map((r) => (
        <tr
          key={r.id}
          className={r.error ? 'row-failed' : 'row'}
          data-report-id={r.id}
          tabIndex={r.error ? -1 : 0}
          onClick={() => !r.error && onOpen(r.id)}
          onKeyDown={(e) => e.key === 'Enter' && !r.error && onOpen(r.id)}
        >
          {r.error ? (
            <td colSpan={8} className="failed-cell">
              <span className="failed-title">{zh.batch.failed}</span>
              <span className="failed-message">{r.error.message}</span>
            </td>
          ) : (
            <>
              <td className="agency">{r.agency ?? zh.batch.unknownAgency}</td>
              <td className="num">{r.year ?? '—'}</td>
              <td>
                <span className="format">{r.format.toUpperCase()}</span>
              </td>
              <td>
                <StatusBadge status={r.status} />
              </td>
              <td className="num">
                <Count n={r.counts.error} kind="error" />
              </td>
              <td className="num">
                <Count n={r.counts.warning} kind="warning" />
              </td>
              <td className="num">
                <Count n={r.counts.info} kind="info" />
              </td>
              <td>
                {r.total === 0 ? (
                  <span className="muted">{zh.review.noFindings}</span>
                ) : (
                  <span className="progress-cell">
                    <span className="mini-bar">
                      <span style={{ width: `${(r.decided / r.total) * 100}%` }} />
                    </span>
                    {r.decided}/{r.total}
                  </span>
                )}
              </td>
            </>
          )}
          <td className="file" title={r.fileName}>
            {r.fileName}
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);
