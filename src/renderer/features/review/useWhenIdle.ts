// Work that must not compete with the reviewer's first clicks runs once the window is idle (at the
// latest after a timeout): warm-ups, and PDF pages and text layers not on screen (drawQueue.ts).
import { useEffect } from 'react';

/** Calls `run` once the window is idle, at the latest after `timeoutMs`; returns how to call it off. */
export const whenIdle = (run: () => void, timeoutMs: number): (() => void) => {
  if (typeof requestIdleCallback === 'undefined') {
    const handle = setTimeout(run, 0);
    return () => clearTimeout(handle);
  }
  const handle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
};

/** Runs `work` (a stable function) when the window is first idle after `when` becomes true. */
export const useWhenIdle = (when: boolean, work: () => void): void => {
  useEffect(() => (when ? whenIdle(work, 2000) : undefined), [when, work]);
};
