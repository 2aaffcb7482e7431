// Runs an export channel and keeps what the reviewer should see: busy, the saved path, the error.
import { useCallback, useState } from 'react';
import { errorMessage, invoke } from '../../api';
import type { ExportSaved } from '../../../shared/ipc/exports';
import type { UnconfirmedChoice } from '../../../shared/ipc/letter';

/** The last export's outcome, shown under the buttons until the next one. */
export type ExportOutcome =
  | { kind: 'saved'; label: string; saved: ExportSaved & { path: string } }
  | { kind: 'cancelled'; label: string }
  | { kind: 'failed'; label: string; message: string };

export const useExport = () => {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  /** `label` names the export in the feedback ("问题清单"); `run` calls the channel. */
  const run = useCallback(async (label: string, call: () => Promise<ExportSaved>) => {
    setBusy(label);
    setOutcome(null);
    try {
      const saved = await call();
      setOutcome(
        saved.path === null
          ? { kind: 'cancelled', label }
          : { kind: 'saved', label, saved: { ...saved, path: saved.path } },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', label, message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }, []);

  return { busy, outcome, run };
};

/** Shorthand for the channels, so the toolbars stay declarative. */
export const exportCalls = {
  issues: (reportId: string | null, format: 'xlsx' | 'csv', scope: 'confirmed' | 'all') =>
    invoke('export:issues', { reportId, format, scope }),
  /** The letter's conclusion is the report's status, decided in main. */
  letter: (reportId: string, unconfirmed: UnconfirmedChoice) =>
    invoke('export:letter', { reportId, unconfirmed }),
  annotated: (reportId: string) => invoke('export:annotated', { reportId }),
};
