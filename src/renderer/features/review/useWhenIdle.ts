// Warm-ups that must not compete with the reviewer's first clicks: run once the window is idle
// (at the latest after two seconds), while their condition holds.
import { useEffect } from 'react';

/** Runs `work` (a stable function) when the window is first idle after `when` becomes true. */
export const useWhenIdle = (when: boolean, work: () => void): void => {
  useEffect(() => {
    if (!when) return;
    if (typeof requestIdleCallback === 'undefined') return work();
    const handle = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [when, work]);
};
