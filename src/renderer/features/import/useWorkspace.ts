// The batch as the renderer knows it: the report list, imports with progress, refresh.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, invoke, subscribe } from '../../api';
import type { BatchProgress, ReportSummary } from '../../../shared/ipc/review';
import { useToast } from '../../components/toasts';

export interface Workspace {
  reports: ReportSummary[];
  loaded: boolean;
  /** Progress of the running import, null when none runs. */
  progress: BatchProgress | null;
  /** Opens the dialog and imports what the reviewer chose. */
  openFiles(): Promise<void>;
  /** Imports paths already granted (dropped, or chosen from the menu). */
  importPaths(paths: string[]): Promise<void>;
  /** Replaces one summary after an action in the report view. */
  updateSummary(summary: ReportSummary): void;
  refresh(): Promise<void>;
}

export const useWorkspace = (): Workspace => {
  const { notify } = useToast();
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    try {
      setReports((await invoke('report:list', {})).reports);
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
        const { reports: imported } = await invoke('report:import', { paths });
        const failed = imported.filter((r) => r.error).length;
        notify(
          failed > 0 ? 'error' : 'info',
          failed > 0
            ? `已导入 ${imported.length} 个文件，其中 ${failed} 个未能读取。`
            : `已导入 ${imported.length} 个文件。`,
        );
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
  }, []);

  useEffect(() => {
    void refresh();
    const offProgress = subscribe('batch:progress', (p) => setProgress(p.current ? p : null));
    const offChosen = subscribe('files:chosen', ({ paths }) => void importPaths(paths));
    return () => {
      offProgress();
      offChosen();
    };
  }, [refresh, importPaths]);

  return { reports, loaded, progress, openFiles, importPaths, updateSummary, refresh };
};
