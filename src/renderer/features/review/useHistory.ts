// Undo and redo of the reviewer's actions in one report: each action records how to take it back
// and how to do it again; both are ordinary calls to main, so nothing is lost either way.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface HistoryEntry {
  /** What was done, for the message after undo/redo ("确认问题", "删除意见"…). */
  label: string;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

export interface History {
  record(entry: HistoryEntry): void;
  /** Takes back the last action; resolves to its label, or null when nothing was undone. */
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  canUndo: boolean;
  canRedo: boolean;
}

/** A reviewer's session rarely needs more; older steps stay done (they are saved anyway). */
const LIMIT = 200;

/** The history of the report `key`; another report starts an empty one. */
export const useHistory = (key: string): History => {
  const done = useRef<HistoryEntry[]>([]);
  const undone = useRef<HistoryEntry[]>([]);
  const busy = useRef(false);
  const [, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    done.current = [];
    undone.current = [];
    changed();
  }, [key, changed]);

  const record = useCallback(
    (entry: HistoryEntry) => {
      done.current = [...done.current.slice(-(LIMIT - 1)), entry];
      undone.current = [];
      changed();
    },
    [changed],
  );

  // One step at a time: a second Ctrl+Z while the first is on its way waits its turn.
  const step = useCallback(
    async (from: typeof done, to: typeof done, run: (e: HistoryEntry) => Promise<boolean>) => {
      if (busy.current) return null;
      const entry = from.current.at(-1);
      if (!entry) return null;
      busy.current = true;
      try {
        if (!(await run(entry))) return null;
        from.current = from.current.slice(0, -1);
        to.current = [...to.current, entry];
        changed();
        return entry.label;
      } finally {
        busy.current = false;
      }
    },
    [changed],
  );

  const undo = useCallback(() => step(done, undone, (e) => e.undo()), [step]);
  const redo = useCallback(() => step(undone, done, (e) => e.redo()), [step]);

  const canUndo = done.current.length > 0;
  const canRedo = undone.current.length > 0;
  return useMemo(
    () => ({ record, undo, redo, canUndo, canRedo }),
    [record, undo, redo, canUndo, canRedo],
  );
};
