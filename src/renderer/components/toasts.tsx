// Short messages at the corner of the window: errors from main, confirmations of actions.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A button on a toast, e.g. 撤销 after a removal. */
export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
  action?: ToastAction;
}

interface ToastApi {
  notify(kind: Toast['kind'], text: string, action?: ToastAction): void;
}

const ToastContext = createContext<ToastApi>({ notify: () => {} });

/** Shows a message; errors stay until dismissed, notes vanish after a few seconds. */
export const useToast = (): ToastApi => useContext(ToastContext);

let nextId = 1;

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const close = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (kind: Toast['kind'], text: string, action?: ToastAction) => {
      const id = nextId++;
      setToasts((t) => [...t.slice(-3), { id, kind, text, ...(action ? { action } : {}) }]);
      // A toast with an action (撤销) stays long enough to be used.
      if (kind === 'info') setTimeout(() => close(id), action ? 10_000 : 3500);
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
            {t.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  close(t.id);
                  t.action!.run();
                }}
              >
                {t.action.label}
              </button>
            )}
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
