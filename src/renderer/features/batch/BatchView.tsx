// The batch view: totals, the findings-by-category chart, search and filter, the report list.
import { useMemo, useState } from 'react';
import { reportStatusLabel, type ReportStatus } from '../../../shared/ipc/review';
import { zh } from '../../i18n/zh-CN';
import { BatchExport } from '../export/BatchExport';
import type { Workspace } from '../import/useWorkspace';
import { BatchTable } from './BatchTable';
import { CategoryChart } from './CategoryChart';
import {
  batchTotals,
  categoryTotals,
  queryReports,
  type BatchQuery,
  type SortKey,
} from './batchModel';
import { EmptyWorkspace } from './EmptyWorkspace';
import { StatusBreakdown } from './StatusBreakdown';

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
  const [query, setQuery] = useState<BatchQuery>({
    search: '',
    status: 'all',
    sort: 'agency',
    dir: 'asc',
  });
  const rows = useMemo(() => queryReports(workspace.reports, query), [workspace.reports, query]);
  const totals = useMemo(() => batchTotals(workspace.reports), [workspace.reports]);
  const byCategory = useMemo(() => categoryTotals(workspace.reports), [workspace.reports]);

  if (workspace.loaded && workspace.reports.length === 0 && !workspace.progress) {
    return <EmptyWorkspace onOpen={() => void workspace.openFiles()} />;
  }
  const sortBy = (key: SortKey) =>
    setQuery((q) => ({ ...q, sort: key, dir: q.sort === key && q.dir === 'asc' ? 'desc' : 'asc' }));

  return (
    <main className="batch">
      <section className="batch-overview">
        <div className="overview-left">
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
          <StatusBreakdown reports={workspace.reports} />
        </div>
        <CategoryChart totals={byCategory} />
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
          <span className="toolbar-count">
            {rows.length} / {workspace.reports.length}
          </span>
          {onRollup && (
            <button type="button" className="rollup-open" onClick={onRollup}>
              汇总统计
            </button>
          )}
        </div>
        <BatchExport disabled={workspace.reports.every((r) => r.error !== null)} />
        {rows.length === 0 ? (
          <p className="no-match">{zh.batch.noMatch}</p>
        ) : (
          <BatchTable rows={rows} query={query} onSort={sortBy} onOpen={onOpen} />
        )}
      </section>
    </main>
  );
};
