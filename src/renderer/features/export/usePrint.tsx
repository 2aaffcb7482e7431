// Printing a view of its own (the letter, the register): the view is put in the page alone (the
// print stylesheet hides everything else while body has .printing), then main prints the window
// (Electron: webContents.print).
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { errorMessage, invoke } from '../../api';

export const usePrint = () => {
  const [content, setContent] = useState<ReactNode | null>(null);
  const [error, setError] = useState<string | null>(null);

  const print = useCallback(async (node: ReactNode) => {
    setError(null);
    // In the page before main is asked to print it.
    flushSync(() => setContent(node));
    document.body.classList.add('printing');
    try {
      await invoke('window:print', {});
    } catch (e) {
      setError(`未能打印：${errorMessage(e)}`);
    } finally {
      document.body.classList.remove('printing');
      setContent(null);
    }
  }, []);

  const view =
    content === null
      ? null
      : createPortal(
          <div className="print-view" data-testid="print-view">
            {content}
          </div>,
          document.body,
        );
  return { print, view, printing: content !== null, error };
};
