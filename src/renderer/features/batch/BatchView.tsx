// The register (审核台账): totals over submissions, the findings-by-category chart, search and
// filter, one line per agency and year in the order of what needs attention first.
import { useMemo, useState } from 'react';
import type { RegisterRow } from '../../../shared/ipc/register';
import { reportStatusLabel, type ReportStatus } from '../../../shared/ipc/review';
import { zh } from '../../i18n/zh-CN';
import { BatchExport } from '../export/BatchExport';
import type { Workspace } from '../import/useWorkspace';
import { BatchTable } from './BatchTable';
import { CategoryChart } from './CategoryChart';
import { EditSubmission } from './EditSubmission';
import {
  batchTotals,
  categoryTotals,
  queryRegister,
  type BatchQuery,
  type SortKey,
} from './batchModel';
import { EmptyWorkspace } from './EmptyWorkspace';
import { registerText as t } from './registerText';
import { StatusBreakdown } from './StatusBreakdown';
import './register.css';

/** The agencies of the register, one entry per key, for the edit dialog. */
const agenciesOf = (rows: readonly RegisterRow[]) => {
  const byKey = new Map<string, string>();
  for (const r of rows) {
    if (r.agencyKey !== null && !byKey.has(r.agencyKey))
      byKey.set(r.agencyKey, r.summary.agency ?? r.agencyKey);
  }
  return [...byKey].map(([key, name]) => ({ key, name }));
};

export const BatchView = ({
  workspace,
  onOpen,
  onRollup,
}: {
  workspace: Workspace;
  onOpen(id: string): void;
  /** Opens the roll-up (汇总) of the workspace's reports. */
  onRollup?(): void;
}) => {
  const { register, query, setQuery } = workspace;
  const [editing, setEditing] = useState<RegisterRow | null>(null);
  const rows = useMemo(() => queryRegister(register, query), [register, query]);
  const lines = useMemo(() => register.map((r) => r.summary), [register]);
  const totals = useMemo(() => batchTotals(lines), [lines]);
  const byCategory = useMemo(() => categoryTotals(lines), [lines]);
  const agencies = useMemo(() => agenciesOf(register), [register]);

  if (workspace.loaded && register.length === 0 && !workspace.progress) {
    return <EmptyWorkspace onOpen={() => void workspace.openFiles()} />;
  }
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, dir: q.sort === key && q.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <main className="batch register">
      <section className="batch-overview register-overview">
        <div className="stats">
          <div className="stat">
            <span className="stat-n">{totals.reports}</span>
            <span className="stat-l">{zh.batch.reports}</span>
          </div>
          <div className="stat stat-error">
            <span className="stat-n">{totals.error}</span>
            <span className="stat-l">{zh.batch.columns.error}</span>
          </div>
          <div className="stat stat-warning">
            <span className="stat-n">{totals.warning}</span>
            <span className="stat-l">{zh.batch.columns.warning}</span>
          </div>
          <div className="stat stat-info">
            <span className="stat-n">{totals.info}</span>
            <span className="stat-l">{zh.batch.columns.info}</span>
          </div>
          {totals.failed > 0 && (
            <div className="stat stat-failed">
              <span className="stat-n">{totals.failed}</span>
              <span className="stat-l">{zh.batch.failed}</span>
            </div>
          )}
        </div>
        <StatusBreakdown reports={lines} />
        <details className="chart-toggle">
          <summary>{zh.batch.chartTitle}</summary>
          <CategoryChart totals={byCategory} />
        </details>
      </section>
      <section className="batch-list">
        <div className="toolbar">
          <input
            type="search"
            className="search"
            placeholder={zh.batch.search}
            aria-label={zh.batch.search}
            value={query.search}
            onChange={(e) => setQuery((q) => ({ ...q, search: e.target.value }))}
          />
          <select
            aria-label={zh.batch.columns.status}
            value={query.status}
            onChange={(e) =>
              setQuery((q) => ({ ...q, status: e.target.value as BatchQuery['status'] }))
            }
          >
            <option value="all">{zh.batch.allStatuses}</option>
            {(Object.keys(reportStatusLabel) as ReportStatus[]).map((s) => (
              <option key={s} value={s}>
                {reportStatusLabel[s]}
              </option>
            ))}
            <option value="failed">{zh.batch.failed}</option>
          </select>
          <button
            type="button"
            className={query.sort === 'attention' ? 'attention-sort active' : 'attention-sort'}
            aria-pressed={query.sort === 'attention'}
            onClick={() => setQuery((q) => ({ ...q, sort: 'attention', dir: 'asc' }))}
          >
            {t.attention}
          </button>
          <BatchExport disabled={lines.every((r) => r.error !== null)} />
          <span className="toolbar-count">
            {rows.length} / {register.length}
          </span>
          {onRollup && (
            <button type="button" className="rollup-open" onClick={onRollup}>
              汇总统计
            </button>
          )}
        </div>
        {rows.length === 0 ? (
          <p className="no-match">{zh.batch.noMatch}</p>
        ) : (
          <div className="register-scroll">
            <BatchTable
              rows={rows}
              query={query}
              onSort={sortBy}
              onOpen={onOpen}
              onEdit={setEditing}
              onRemove={(row) =>
                void workspace.removeSubmission(
                  row.summary.id,
                  [row.summary.agency ?? row.summary.fileName, row.summary.year ?? '']
                    .join(' ')
                    .trim(),
                )
              }
            />
          </div>
        )}
      </section>
      {editing && (
        <EditSubmission
          row={editing}
          agencies={agencies}
          onSave={(agency, year) => workspace.editSubmission(editing.summary.id, agency, year)}
          onMerge={(into) =>
            editing.agencyKey === null
              ? Promise.resolve(false)
              : workspace.mergeAgencies(into, editing.agencyKey)
          }
          onClose={() => setEditing(null)}
        />
      )}
    </main>
  );
};
