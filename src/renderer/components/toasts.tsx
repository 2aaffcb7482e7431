// Short messages at the corner of the window: errors from main, confirmations of actions.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface ToastApi {
  notify(kind: Toast['kind'], text: string): void;
}

const ToastContext = createContext<ToastApi>({ notify: () => {} });

/** Shows a message; errors stay until dismissed, notes vanish after a few seconds. */
export const useToast = (): ToastApi => useContext(ToastContext);

let nextId = 1;

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const close = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = nextId++;
      setToasts((t) => [...t.slice(-3), { id, kind, text }]);
      if (kind === 'info') setTimeout(() => close(id), 3500);
    },
    [close],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={`toast toast-${t.kind}`}
            role={t.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{t.text}</span>
            <button
              type="button"
              className="toast-close"
              aria-label="关闭"
              onClick={() => close(t.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
};
