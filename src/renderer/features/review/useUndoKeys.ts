// Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes the reviewer's last action in the report view
// (⌘ on a Mac). In a text field the field's own undo is left alone.
import { useEffect, useRef } from 'react';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const useUndoKeys = (undo: () => void, redo: () => void, enabled: boolean): void => {
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) latest.current.undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) latest.current.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
};
