// Loads the roll-up of the chosen area from main; reloads when the area changes.
import { useEffect, useState } from 'react';
import type { RollupArea, RollupView } from '../../../shared/rollup/view';
import { errorMessage, invoke } from '../../api';

export const useRollup = (area: RollupArea | null) => {
  const [view, setView] = useState<RollupView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const key = JSON.stringify(area);
  useEffect(() => {
    if (!area) return;
    let live = true;
    setLoading(true);
    setError(null);
    invoke('rollup:get', area)
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setError(errorMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // The area is compared by value (key), not by identity.
  }, [key]);
  return { view, error, loading };
};
