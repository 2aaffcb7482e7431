// A callback whose identity never changes but which always runs the latest function given: the
// finding list's items are memoised, and handlers made anew on every render (they close over
// the current findings) would re-render all of them each time one finding is selected.
import { useCallback, useLayoutEffect, useRef } from 'react';

export const useStableCallback = <A extends unknown[], R>(fn: (...args: A) => R) => {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A): R => latest.current(...args), []);
};
