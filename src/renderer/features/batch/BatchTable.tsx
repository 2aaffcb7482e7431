// The register's table: one line per agency and year, showing its latest version; its versions
// (and the files of each, the .docx and .pdf of one submission) open as a history under the line.
import { Fragment, useState } from 'react';
import type { RegisterRow } from '../../../shared/ipc/register';
import { StatusBadge } from '../../components/StatusBadge';
import { zh } from '../../i18n/zh-CN';
import { prefetchOriginal } from '../review/originalCache';
import type { BatchQuery, SortKey } from './batchModel';
import { registerText as t } from './registerText';

interface Props {
  rows: RegisterRow[];
  query: BatchQuery;
  onSort(key: SortKey): void;
  onOpen(id: string): void;
  onEdit(row: RegisterRow): void;
  onRemove(row: RegisterRow): void;
}

const columns: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'agency', label: zh.batch.columns.agency },
  { key: 'year', label: zh.batch.columns.year, numeric: true },
  { key: 'versions', label: t.versions, numeric: true },
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

const latestFiles = (row: RegisterRow) => row.versions[row.versions.length - 1]!.files;

/** The history under a line: every version, oldest first, each file openable. */
const History = ({ row, onOpen }: { row: RegisterRow; onOpen(id: string): void }) => (
  <tr className="register-history">
    <td colSpan={columns.length + 2}>
      <ol>
        {row.versions.map((v) => (
          <li key={v.submissionId}>
            <span className="history-version">第{v.version}版</span>
            {v.files.map((f) => (
              <button
                key={f.id}
                type="button"
                className="link history-file"
                onClick={() => onOpen(f.id)}
                title={f.fileName}
              >
                <span className="format">{f.format.toUpperCase()}</span> {f.fileName}
              </button>
            ))}
            <span className="muted history-at">{f10(v.files[0]!.importedAt)}</span>
          </li>
        ))}
      </ol>
    </td>
  </tr>
);

/** "2025-01-31T08:00:00.000Z" → "2025-01-31 16:00" in the reviewer's time. */
const f10 = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

export const BatchTable = ({ rows, query, onSort, onOpen, onEdit, onRemove }: Props) => {
  // The original is asked for with the click, beside the report itself (issue 17).
  const openRow = (r: { id: string; format: string }) => {
    prefetchOriginal(r.id, r.format);
    onOpen(r.id);
  };
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <table className="batch-table register-table">
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
          <th className="actions-head">{t.actions}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const r = row.summary;
          const files = latestFiles(row);
          const open = expanded.has(r.id);
          return (
            <Fragment key={r.id}>
              <tr
                className={r.error ? 'row-failed' : 'row'}
                data-report-id={r.id}
                tabIndex={r.error ? -1 : 0}
                onClick={() => !r.error && openRow(r)}
                onKeyDown={(e) =>
                  e.key === 'Enter' && e.target === e.currentTarget && !r.error && openRow(r)
                }
              >
                {r.error ? (
                  <td colSpan={columns.length} className="failed-cell">
                    <span className="failed-title">{zh.batch.failed}</span>
                    <span className="failed-message">{r.error.message}</span>
                  </td>
                ) : (
                  <>
                    <td className="agency">{r.agency ?? zh.batch.unknownAgency}</td>
                    <td className="num">{r.year ?? '—'}</td>
                    <td className="versions">
                      <button
                        type="button"
                        className="link versions-toggle"
                        aria-expanded={open}
                        title={t.historyTitle}
                        onClick={(e) => {
                          e.stopPropagation();
                          toggle(r.id);
                        }}
                      >
                        第{row.versions[row.versions.length - 1]!.version}版
                        {row.versions.length > 1 ? ` / 共${row.versions.length}版` : ''}
                      </button>
                    </td>
                    <td>
                      {files.map((f) => (
                        <span key={f.id} className="format">
                          {f.format.toUpperCase()}
                        </span>
                      ))}
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
                <td className="file" title={files.map((f) => f.fileName).join('\n')}>
                  {files.map((f) => f.fileName).join('、')}
                </td>
                <td className="row-actions" onClick={(e) => e.stopPropagation()}>
                  {!r.error && (
                    <button
                      type="button"
                      className="icon-button edit-row"
                      title={t.editTitle}
                      aria-label={`${t.edit}：${r.agency ?? r.fileName}`}
                      onClick={() => onEdit(row)}
                    >
                      ✎
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button remove-row"
                    title={t.removeTitle}
                    aria-label={`${t.remove}：${r.agency ?? r.fileName}`}
                    onClick={() => onRemove(row)}
                  >
                    ×
                  </button>
                </td>
              </tr>
              {open && <History row={row} onOpen={onOpen} />}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
};
