// The 原文 of a Word document: the HTML main converted and sanitized, with the paragraphs and
// table cells the marks point at coloured by severity; click selects, the active one flashes.
import { memo, useEffect, useMemo, useRef } from 'react';
import { flashAll } from './flash';
import type { WordMark } from './originalLayout';
import type { MarkKind } from './reviewModel';

interface Props {
  html: string;
  marks: WordMark[];
  activeKey: string | null;
  flashNonce: number;
  onMarkClick(key: string): void;
}

const rank: Record<MarkKind, number> = { error: 0, warning: 1, info: 2, comment: 3, corrected: 4 };

/** Per anchor: its keys and its strongest kind. */
const byAnchor = (marks: readonly WordMark[]) => {
  const out = new Map<string, { keys: string[]; kind: MarkKind }>();
  for (const m of marks) {
    const at = out.get(m.anchor);
    if (!at) out.set(m.anchor, { keys: [m.key], kind: m.kind });
    else {
      at.keys.push(m.key);
      if (rank[m.kind] < rank[at.kind]) at.kind = m.kind;
    }
  }
  return out;
};

export const WordView = memo(function WordView({
  html,
  marks,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const anchors = useMemo(() => byAnchor(marks), [marks]);
  // The HTML is set once per document, outside React's diffing, so the marks can be classes.
  const inner = useMemo(() => ({ __html: html }), [html]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    for (const el of root.querySelectorAll<HTMLElement>('[data-k]')) {
      el.removeAttribute('data-k');
      el.className = '';
    }
    for (const [anchor, { keys, kind }] of anchors) {
      const el = root.querySelector<HTMLElement>(`[data-anchor="${anchor}"]`);
      if (!el) continue;
      el.dataset['k'] = keys.join(' ');
      el.className = `hl hl-${kind}${activeKey && keys.includes(activeKey) ? ' active' : ''}`;
    }
  }, [anchors, activeKey, html]);

  useEffect(() => {
    if (activeKey && ref.current) flashAll(ref.current, `[data-k~="${activeKey}"]`);
  }, [activeKey, flashNonce, html]);

  return (
    <div
      className="word-view"
      ref={ref}
      data-testid="word-view"
      onClick={(e) => {
        const el = (e.target as Element).closest<HTMLElement>('[data-k]');
        const keys = el?.dataset['k']?.split(' ') ?? [];
        const key =
          activeKey && keys.includes(activeKey)
            ? activeKey
            : (keys.find((k) => k.startsWith('f')) ?? keys[0]);
        if (key) onMarkClick(key);
      }}
      dangerouslySetInnerHTML={inner}
    />
  );
});
