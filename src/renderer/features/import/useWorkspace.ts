// The batch as the renderer knows it: the register (one line per agency and year), the files,
// imports with progress, the register's query (kept while a report is open and across
// restarts), and the register's edits: agency name and year, merging two names, removing a
// submission with 撤销.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, invoke, subscribe } from '../../api';
import type { RegisterRow } from '../../../shared/ipc/register';
import type { BatchProgress, ReportSummary } from '../../../shared/ipc/review';
import { useToast } from '../../components/toasts';
import type { BatchQuery } from '../batch/batchModel';
import { loadQuery, pageStorage, saveQuery } from '../batch/savedQuery';
import { importMessage } from './importMessage';

export interface Workspace {
  /** Every file (each version's files), for views that need them all. */
  reports: ReportSummary[];
  /** One line per agency and year, its latest version shown. */
  register: RegisterRow[];
  loaded: boolean;
  /** Progress of the running import, null when none runs. */
  progress: BatchProgress | null;
  /** Per stored report, how many imports changed its findings (an open one reloads them). */
  changes: ReadonlyMap<string, number>;
  /** The register's search, filter and order: they survive opening a report. */
  query: BatchQuery;
  setQuery(update: (q: BatchQuery) => BatchQuery): void;
  /** Opens the dialog and imports what the reviewer chose. */
  openFiles(): Promise<void>;
  /** Imports paths already granted (dropped, or chosen from the menu). */
  importPaths(paths: string[]): Promise<void>;
  /** Replaces one summary after an action in the report view. */
  updateSummary(summary: ReportSummary): void;
  /** Corrects a submission's agency name and/or year (its checks run again). */
  editSubmission(reportId: string, agency: string | null, year: number | null): Promise<boolean>;
  /** Two names of one agency become one (agency keys). */
  mergeAgencies(into: string, from: string): Promise<boolean>;
  /** Takes a submission out of the register, with 撤销 on the toast. */
  removeSubmission(reportId: string, label: string): Promise<void>;
  refresh(): Promise<void>;
}

export const useWorkspace = (): Workspace => {
  const { notify } = useToast();
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [register, setRegister] = useState<RegisterRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [changes, setChanges] = useState<ReadonlyMap<string, number>>(new Map());
  const [query, setQueryState] = useState<BatchQuery>(() => loadQuery(pageStorage()));
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    try {
      const [list, lines] = await Promise.all([
        invoke('report:list', {}),
        invoke('register:list', {}),
      ]);
      setReports(list.reports);
      setRegister(lines.rows);
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setLoaded(true);
    }
  }, [notify]);

  const importPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length === 0) return;
      if (busy.current) {
        notify('info', '正在导入上一批文件，请稍后再添加。');
        return;
      }
      busy.current = true;
      setProgress({ done: 0, total: paths.length, current: null });
      try {
        const result = await invoke('report:import', { paths });
        const message = importMessage(result.reports, result.duplicates, result.sameSubmission);
        notify(message.kind, message.text);
        if (result.changed.length > 0)
          setChanges((before) => {
            const after = new Map(before);
            for (const id of result.changed) after.set(id, (after.get(id) ?? 0) + 1);
            return after;
          });
        await refresh();
      } catch (error) {
        notify('error', errorMessage(error));
      } finally {
        busy.current = false;
        setProgress(null);
      }
    },
    [notify, refresh],
  );

  const openFiles = useCallback(async () => {
    try {
      const { paths } = await invoke('dialog:open', {});
      await importPaths(paths);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  }, [importPaths, notify]);

  const updateSummary = useCallback((summary: ReportSummary) => {
    setReports((list) => list.map((r) => (r.id === summary.id ? summary : r)));
    setRegister((rows) =>
      rows.map((row) => (row.summary.id === summary.id ? { ...row, summary } : row)),
    );
  }, []);

  const setQuery = useCallback((update: (q: BatchQuery) => BatchQuery) => {
    setQueryState(update);
  }, []);
  // Kept across restarts, like the register it orders.
  useEffect(() => saveQuery(pageStorage(), query), [query]);

  const editSubmission = useCallback(
    async (reportId: string, agency: string | null, year: number | null) => {
      try {
        const { rows } = await invoke('register:edit', { reportId, agency, year });
        setRegister(rows);
        setReports((await invoke('report:list', {})).reports);
        notify('info', '已修改，相关检查已重新运行。');
        return true;
      } catch (error) {
        notify('error', errorMessage(error));
        return false;
      }
    },
    [notify],
  );

  const mergeAgencies = useCallback(
    async (into: string, from: string) => {
      try {
        const { rows, moved } = await invoke('agency:merge', { into, from });
        setRegister(rows);
        setReports((await invoke('report:list', {})).reports);
        notify('info', `已合并为同一单位，移动报告文件 ${moved} 个。`);
        return true;
      } catch (error) {
        notify('error', errorMessage(error));
        return false;
      }
    },
    [notify],
  );

  const removeSubmission = useCallback(
    async (reportId: string, label: string) => {
      try {
        const { rows, removed } = await invoke('register:remove', { reportId });
        setRegister(rows);
        setReports((list) => list.filter((r) => !removed.includes(r.id)));
        notify('info', `已移除：${label}`, {
          label: '撤销',
          run: () =>
            void invoke('register:restore', { reportId })
              .then(async ({ rows: back }) => {
                setRegister(back);
                setReports((await invoke('report:list', {})).reports);
                notify('info', `已恢复：${label}`);
              })
              .catch((error: unknown) => notify('error', errorMessage(error))),
        });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [notify],
  );

  useEffect(() => {
    void refresh();
    const offProgress = subscribe('batch:progress', (p) => setProgress(p.current ? p : null));
    const offChosen = subscribe('files:chosen', ({ paths }) => void importPaths(paths));
    return () => {
      offProgress();
      offChosen();
    };
  }, [refresh, importPaths]);

  return {
    reports,
    register,
    loaded,
    progress,
    changes,
    query,
    setQuery,
    openFiles,
    importPaths,
    updateSummary,
    editSubmission,
    mergeAgencies,
    removeSubmission,
    refresh,
  };
};
