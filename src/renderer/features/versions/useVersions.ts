// Loads the versions of a report (and the comparison with the one before) from main.
import { useEffect, useState } from 'react';
import { errorMessage, invoke } from '../../api';
import type { ReportVersions } from '../../../shared/ipc/exports';

/**
 * The versions of `reportId`; `refresh` is anything that changes when the report's findings or
 * decisions do (the comparison shows the decisions), so the banner follows the review.
 */
export const useVersions = (reportId: string, refresh: unknown) => {
  const [versions, setVersions] = useState<ReportVersions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    invoke('report:versions', { reportId })
      .then((v) => {
        if (!live) return;
        setVersions(v);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [reportId, refresh]);
  return { versions, error };
};
