// Brings a cell of the tables into view and focus once they are drawn (a report opened from the
// roll-up's drill-down at the cell the reviewer clicked there).
import { useEffect } from 'react';

export const useFocusCell = (path: string | undefined, ready: boolean): void => {
  useEffect(() => {
    if (!path || !ready) return;
    // A 2019 row 3.6 of the roll-up is the first sub-row 3.6.1 in a 2021 report, and vice versa.
    const candidates = [
      path,
      path.replace('/3.6/', '/3.6.1/'),
      path.replace(/\/3\.6\.\d\//, '/3.6/'),
    ];
    const el = candidates
      .map((p) => document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(p)}"]`))
      .find((e) => e !== null);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus();
    el.classList.add('cell-target');
  }, [path, ready]);
};
