// 上一份 / 下一份 in the report view, following the register's current order and filter; keys
// [ and ] or Alt+← and Alt+→ (none of the report view's single keys).
import { useEffect, useRef } from 'react';
import { registerText as t } from './registerText';

interface Props {
  /** 0-based place of the open report in the register's order; -1 when not in it. */
  index: number;
  total: number;
  prev: string | null;
  next: string | null;
  onGo(id: string): void;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const RegisterNav = ({ index, total, prev, next, onGo }: Props) => {
  const latest = useRef({ prev, next, onGo });
  latest.current = { prev, next, onGo };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.repeat || typing(e.target)) return;
      // A dialog open over the report keeps its keys.
      if (document.querySelector('[aria-modal="true"]')) return;
      const back = (e.key === '[' && !e.altKey) || (e.altKey && e.key === 'ArrowLeft');
      const forward = (e.key === ']' && !e.altKey) || (e.altKey && e.key === 'ArrowRight');
      const target = back ? latest.current.prev : forward ? latest.current.next : null;
      if (!back && !forward) return;
      e.preventDefault();
      if (target) latest.current.onGo(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <nav className="register-nav" aria-label="台账导航" title={t.navHint}>
      <button type="button" disabled={!prev} onClick={() => prev && onGo(prev)}>
        ‹ {t.prev}
      </button>
      <span className="register-nav-place">
        {index >= 0 ? `${index + 1} / ${total}` : `— / ${total}`}
      </span>
      <button type="button" disabled={!next} onClick={() => next && onGo(next)}>
        {t.next} ›
      </button>
    </nav>
  );
};
