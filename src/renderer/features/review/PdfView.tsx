// The 原文 of a PDF: its pages drawn with pdf.js, the marks as boxes over them (severity colours);
// clicking a box selects its finding, the active one is scrolled to and flashed. The pages are
// laid out at once at their sizes; each draws itself when it comes near the view (PdfPage).
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useStableCallback } from '../../components/useStableCallback';
import { DrawQueue } from './drawQueue';
import { flashAll } from './flash';
import type { PdfMarkBox } from './originalLayout';
import { PdfPage } from './PdfPage';
import type { PdfHandle } from './pdfjs';

interface Props {
  /** The report's document, opened once for as long as the report is open (originalCache). */
  document: Promise<PdfHandle>;
  boxes: PdfMarkBox[];
  activeKey: string | null;
  flashNonce: number;
  onMarkClick(key: string): void;
}

interface PageSize {
  n: number;
  width: number;
  height: number;
}

interface Opened {
  pdf: PDFDocumentProxy;
  pages: PageSize[];
  scale: number;
  queue: DrawQueue;
}

/** Page width on screen in CSS pixels at most (pages are fitted to the pane up to this). */
const MAX_WIDTH = 900;

const NO_BOXES: readonly PdfMarkBox[] = [];

/** The nearest ancestor that scrolls (the pane), which decides what is on screen. */
const scrollerOf = (el: Element | null): Element | null => {
  for (let at = el?.parentElement ?? null; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
};

export const PdfView = memo(function PdfView({
  document,
  boxes,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const scroller = useRef<Element | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The handler the pages get keeps one identity: selecting a finding re-renders only the pages
  // whose marks changed.
  const markClick = useStableCallback(onMarkClick);

  useEffect(() => {
    let live = true;
    const queue = new DrawQueue();
    document
      .then(async ({ doc }) => {
        // Asked all at once: one round trip to the worker, not one per page in turn.
        const pages: PageSize[] = await Promise.all(
          Array.from({ length: doc.numPages }, async (_, i) => {
            const [x0, y0, x1, y1] = (await doc.getPage(i + 1)).view as number[] as [
              number,
              number,
              number,
              number,
            ];
            return { n: i + 1, width: x1 - x0, height: y1 - y0 };
          }),
        );
        // Phases for `npm run bench:ui` (performance marks cost nothing when nobody reads them).
        performance.mark('nianbao:pdf-opened');
        if (!live) return;
        const widest = Math.max(...pages.map((s) => s.width), 1);
        const room = Math.min(MAX_WIDTH, (ref.current?.clientWidth ?? 800) - 8);
        scroller.current = scrollerOf(ref.current);
        setOpened({ pdf: doc, pages, scale: Math.max(0.5, room / widest), queue });
      })
      .catch(() => live && setError('无法显示该 PDF 的页面，请使用「文本」视图。'));
    return () => {
      live = false;
      // The document stays open for the report's other views; only this view's drawing stops.
      queue.close();
    };
  }, [document]);

  const byPage = useMemo(() => {
    const map = new Map<number, PdfMarkBox[]>();
    for (const b of boxes) {
      const list = map.get(b.page);
      if (list) list.push(b);
      else map.set(b.page, [b]);
    }
    return map;
  }, [boxes]);

  useEffect(() => {
    // -1: the view is hidden; it flashes when its tab is opened (a new nonce).
    if (activeKey && ref.current && opened && flashNonce >= 0)
      flashAll(ref.current, `.pdf-box[data-k~="${activeKey}"]`);
  }, [activeKey, flashNonce, opened]);

  if (error) return <p className="original-note">{error}</p>;
  return (
    <div className="pdf-view" ref={ref} data-testid="pdf-view">
      {!opened && <p className="original-note">正在显示 PDF 页面…</p>}
      {opened?.pages.map((p) => {
        const onPage = byPage.get(p.n) ?? NO_BOXES;
        return (
          <PdfPage
            key={p.n}
            pdf={opened.pdf}
            n={p.n}
            width={p.width}
            height={p.height}
            scale={opened.scale}
            boxes={onPage}
            activeKey={activeKey && onPage.some((b) => b.key === activeKey) ? activeKey : null}
            queue={opened.queue}
            root={scroller}
            onMarkClick={markClick}
          />
        );
      })}
    </div>
  );
});
