// A modal dialog: focus moves in, Escape cancels, Ctrl+Enter submits, the page behind is inert.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { zh } from '../i18n/zh-CN';

interface Props {
  title: string;
  children: ReactNode;
  submitLabel: string;
  submitDisabled?: boolean;
  /** Extra buttons left of the main ones. */
  extra?: ReactNode;
  onSubmit(): void;
  onCancel(): void;
  wide?: boolean;
}

export const Modal = (p: Props) => {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const el = ref.current?.querySelector<HTMLElement>('textarea, input, select, button.primary');
    el?.focus();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!p.submitDisabled) p.onSubmit();
  };
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && p.onCancel()}>
      <form
        ref={ref}
        className={p.wide ? 'modal wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={p.title}
        onSubmit={submit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') p.onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      >
        <h2>{p.title}</h2>
        <div className="modal-body">{p.children}</div>
        <div className="modal-actions">
          {p.extra}
          <span className="spacer" />
          <button type="button" onClick={p.onCancel}>
            {zh.dialogs.cancel}
          </button>
          <button type="submit" className="primary" disabled={p.submitDisabled}>
            {p.submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
};
