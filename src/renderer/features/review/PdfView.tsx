// The 原文 of a PDF: its pages drawn with pdf.js, the marks as boxes over them (severity colours);
// clicking a box selects its finding, the active one is scrolled to and flashed. The pages are
// laid out at once at their sizes; each draws itself when it comes near the view (PdfPage).
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { useStableCallback } from '../../components/useStableCallback';
import { DrawQueue } from './drawQueue';
import { flashAll } from './flash';
import type { PdfMarkBox } from './originalLayout';
import { drawnPage, fitScale, pixelScaleOf, rememberRoom } from './pageCanvas';
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

const NO_BOXES: readonly PdfMarkBox[] = [];

const sizeOf = (n: number, page: PDFPageProxy): PageSize => {
  const [x0, y0, x1, y1] = page.view as number[] as [number, number, number, number];
  return { n, width: x1 - x0, height: y1 - y0 };
};

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
    const show = (doc: PDFDocumentProxy, pages: PageSize[]) => {
      if (!live) return;
      const room = (ref.current?.clientWidth ?? 800) - 8;
      rememberRoom(room);
      let scale = fitScale(room, Math.max(...pages.map((s) => s.width)));
      // Page 1 drawn ahead for a pane a little wider than that drawing: the pages take its
      // scale, so it is shown at once rather than drawn again.
      const ahead = drawnPage(doc, 1)?.pixelScale;
      if (ahead && ahead <= pixelScaleOf(scale) && ahead >= 0.9 * pixelScaleOf(scale))
        scale = ahead / pixelScaleOf(1);
      scroller.current = scrollerOf(ref.current);
      setOpened({ pdf: doc, pages, scale, queue });
    };
    document
      .then(async ({ doc }) => {
        // Laid out at once with every page the size of page 1 (a report is mostly of one paper
        // size), so page 1 is shown without waiting for the others' sizes from the worker, busy
        // building page 1's fonts; laid out again if some page differs.
        const first = sizeOf(1, await doc.getPage(1));
        const guess = Array.from({ length: doc.numPages }, (_, i) => ({ ...first, n: i + 1 }));
        // Phases for `npm run bench:ui` (performance marks cost nothing when nobody reads them).
        performance.mark('nianbao:pdf-opened');
        show(doc, guess);
        // Asked all at once: one round trip to the worker, not one per page in turn.
        const pages = await Promise.all(
          guess.map(async ({ n }) => (n === 1 ? first : sizeOf(n, await doc.getPage(n)))),
        );
        if (pages.some((p) => p.width !== first.width || p.height !== first.height))
          show(doc, pages);
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
