// The document as text with line numbers: findings, comments and corrected cells painted on it.
// Clicking a mark selects its finding; the active finding is scrolled to and flashed.
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Span } from '../../../shared/model/schema';
import type { DocumentViewProps } from './DocumentPane';
import type { MarkKind } from './reviewModel';
import { layoutText } from './sourceLayout';
import { flashAll } from './flash';

/** activeKey: "f<index>" of the active finding, or "c<id>" of a comment; flashNonce changes
 * each time the active item should be scrolled to and flashed again. */
type Props = DocumentViewProps;

const rank: Record<MarkKind, number> = { error: 0, warning: 1, info: 2, comment: 3, corrected: 4 };

/** The classes of a run: its strongest kind colours it; comments and corrections add their own. */
const classesOf = (kinds: MarkKind[], keys: string[], activeKey: string | null): string => {
  const top = [...kinds].sort((a, b) => rank[a] - rank[b])[0]!;
  const out = ['hl', `hl-${top}`];
  if (kinds.includes('comment') && top !== 'comment') out.push('hl-has-comment');
  if (kinds.includes('corrected') && top !== 'corrected') out.push('hl-has-corrected');
  if (activeKey !== null && keys.includes(activeKey)) out.push('active');
  return out.join(' ');
};

export const SourceView = memo(function SourceView({
  text,
  marks,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => layoutText(text, marks), [text, marks]);

  useEffect(() => {
    // -1: the view is hidden; it flashes when its tab is opened (a new nonce).
    if (activeKey && ref.current && flashNonce >= 0)
      flashAll(ref.current, `[data-k~="${activeKey}"]`);
  }, [activeKey, flashNonce]);

  return (
    <div className="source" ref={ref} data-testid="source">
      {lines.map((line) => (
        <div key={line.n} className="line" data-n={line.n} data-ls={line.start} data-le={line.end}>
          <span className="lt">
            {line.runs.map((run) => {
              const content = text.slice(run.start, run.end);
              if (run.keys.length === 0)
                return (
                  <span key={run.start} data-s={run.start}>
                    {content}
                  </span>
                );
              const finding = run.keys.find((k) => k.startsWith('f')) ?? run.keys[0]!;
              return (
                <mark
                  key={run.start}
                  data-s={run.start}
                  data-k={run.keys.join(' ')}
                  className={classesOf(run.kinds, run.keys, activeKey)}
                  onClick={() =>
                    onMarkClick(activeKey && run.keys.includes(activeKey) ? activeKey : finding)
                  }
                >
                  {content}
                </mark>
              );
            })}
          </span>
        </div>
      ))}
    </div>
  );
});

/** Offset in the text of a DOM position inside the source view, or null. */
const offsetOf = (node: Node, offset: number): number | null => {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  if (!el) return null;
  const run = el.closest<HTMLElement>('[data-s]');
  if (run && node.nodeType === Node.TEXT_NODE) return Number(run.dataset['s']) + offset;
  const line = el.closest<HTMLElement>('[data-ls]');
  if (!line) return null;
  return offset === 0 ? Number(line.dataset['ls']) : Number(line.dataset['le']);
};

/** The span of report.text the reviewer has selected inside `container`, or null. */
export const selectedSpan = (container: Element | null): Span | null => {
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const a = offsetOf(range.startContainer, range.startOffset);
  const b = offsetOf(range.endContainer, range.endOffset);
  if (a === null || b === null || a === b) return null;
  return [Math.min(a, b), Math.max(a, b)];
};
