// The document as text with line numbers: findings, comments and corrected cells painted on it.
// Clicking a mark selects its finding; the active finding is scrolled to and flashed. The lines
// are rendered in memoised blocks, so j/k re-render the two blocks of the old and new active mark.
import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { Span } from '../../../shared/model/schema';
import type { DocumentViewProps } from './DocumentPane';
import type { MarkKind } from './reviewModel';
import { blocksOf, layoutText, type LayoutBlock } from './sourceLayout';
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

/** Lines per memoised block (a report has a few hundred lines). */
const BLOCK_LINES = 32;

interface BlockProps {
  text: string;
  block: LayoutBlock;
  /** The active key when one of this block's marks has it, else null: other blocks stay put. */
  activeKey: string | null;
}

/** Lines of one block; renders again only when its lines or its share of the active key change. */
const Block = memo(function Block({ text, block, activeKey }: BlockProps) {
  return block.lines.map((line) => (
    <div key={line.n} className="line" data-n={line.n} data-ls={line.start} data-le={line.end}>
      <span className="lt">
        {line.runs.map((run) =>
          run.keys.length === 0 ? (
            <span key={run.start} data-s={run.start}>
              {text.slice(run.start, run.end)}
            </span>
          ) : (
            <mark
              key={run.start}
              data-s={run.start}
              data-k={run.keys.join(' ')}
              className={classesOf(run.kinds, run.keys, activeKey)}
            >
              {text.slice(run.start, run.end)}
            </mark>
          ),
        )}
      </span>
    </div>
  ));
});

export const SourceView = memo(function SourceView({
  text,
  marks,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => blocksOf(layoutText(text, marks), BLOCK_LINES), [text, marks]);

  useEffect(() => {
    // -1: the view is hidden; it flashes when its tab is opened (a new nonce).
    if (activeKey && ref.current && flashNonce >= 0)
      flashAll(ref.current, `[data-k~="${activeKey}"]`);
  }, [activeKey, flashNonce]);

  // One listener for every mark: a click on a mark of the active item keeps it, else selects
  // the mark's finding (or its comment).
  const onClick = (e: MouseEvent) => {
    const keys = (e.target as Element).closest<HTMLElement>('mark[data-k]')?.dataset['k'];
    if (!keys) return;
    const all = keys.split(' ');
    onMarkClick(
      activeKey && all.includes(activeKey)
        ? activeKey
        : (all.find((k) => k.startsWith('f')) ?? all[0]!),
    );
  };

  return (
    <div className="source" ref={ref} data-testid="source" onClick={onClick}>
      {blocks.map((block) => (
        <Block
          key={block.lines[0]!.n}
          text={text}
          block={block}
          activeKey={activeKey !== null && block.keys.has(activeKey) ? activeKey : null}
        />
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
