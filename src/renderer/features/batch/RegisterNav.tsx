// 上一份 / 下一份 in the report view, following the register's current order and filter; keys
// [ and ] or Alt+← and Alt+→ (none of the report view's single keys). The app's header shows it;
// a short window hides that header, and the report's own header shows the compact form instead.
import { useEffect, useRef } from 'react';
import { registerText as t } from './registerText';

export interface RegisterPlace {
  /** 0-based place of the open report in the register's order; -1 when not in it. */
  index: number;
  total: number;
  prev: string | null;
  next: string | null;
  onGo(id: string): void;
}

interface Props extends RegisterPlace {
  /** Arrows only, for the report's header in a short window. */
  compact?: boolean;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The keys, once for the window whichever form of the buttons is shown (two listeners would
 * move two reports on). Null while no report is open: the keys are left alone.
 */
export const useRegisterKeys = (place: RegisterPlace | null): void => {
  const latest = useRef(place);
  latest.current = place;
  const on = place !== null;
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      const current = latest.current;
      if (!current || e.ctrlKey || e.metaKey || e.repeat || typing(e.target)) return;
      // A dialog open over the report keeps its keys.
      if (document.querySelector('[aria-modal="true"]')) return;
      const back = (e.key === '[' && !e.altKey) || (e.altKey && e.key === 'ArrowLeft');
      const forward = (e.key === ']' && !e.altKey) || (e.altKey && e.key === 'ArrowRight');
      const target = back ? current.prev : forward ? current.next : null;
      if (!back && !forward) return;
      e.preventDefault();
      if (target) current.onGo(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);
};

export const RegisterNav = ({ index, total, prev, next, onGo, compact = false }: Props) => (
  <nav
    className={compact ? 'register-nav compact' : 'register-nav'}
    aria-label="台账导航"
    title={t.navHint}
  >
    <button
      type="button"
      disabled={!prev}
      aria-label={compact ? t.prev : undefined}
      title={compact ? `${t.prev}（[ 或 Alt+←）` : undefined}
      onClick={() => prev && onGo(prev)}
    >
      {compact ? '‹' : `‹ ${t.prev}`}
    </button>
    <span className="register-nav-place">
      {index >= 0 ? `${index + 1} / ${total}` : `— / ${total}`}
    </span>
    <button
      type="button"
      disabled={!next}
      aria-label={compact ? t.next : undefined}
      title={compact ? `${t.next}（] 或 Alt+→）` : undefined}
      onClick={() => next && onGo(next)}
    >
      {compact ? '›' : `${t.next} ›`}
    </button>
  </nav>
);
