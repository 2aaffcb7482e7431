// The 原文 of a PDF: its pages drawn with pdf.js, the marks as boxes over them (severity colours);
// clicking a box selects its finding, the active one is scrolled to and flashed.
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { flashAll } from './flash';
import type { PdfMarkBox } from './originalLayout';
import { openPdf, type PdfHandle } from './pdfjs';

interface Props {
  bytes: Uint8Array;
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

/** Page width on screen in CSS pixels at most (pages are fitted to the pane up to this). */
const MAX_WIDTH = 900;

export const PdfView = memo(function PdfView({
  bytes,
  boxes,
  activeKey,
  flashNonce,
  onMarkClick,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [pages, setPages] = useState<PageSize[]>([]);
  const [scale, setScale] = useState(1);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let opened: PdfHandle | null = null;
    openPdf(bytes)
      .then(async (handle) => {
        opened = handle;
        const { doc } = handle;
        // Asked all at once: one round trip to the worker, not one per page in turn.
        const sizes: PageSize[] = await Promise.all(
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
        if (!live) return;
        const widest = Math.max(...sizes.map((s) => s.width), 1);
        const room = Math.min(MAX_WIDTH, (ref.current?.clientWidth ?? 800) - 8);
        setScale(Math.max(0.5, room / widest));
        setPdf(doc);
        setPages(sizes);
      })
      .catch(() => live && setError('无法显示该 PDF 的页面，请使用「文本」视图。'));
    return () => {
      live = false;
      opened?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    if (activeKey && ref.current && pages.length > 0)
      flashAll(ref.current, `.pdf-box[data-k~="${activeKey}"]`);
  }, [activeKey, flashNonce, pages]);

  if (error) return <p className="original-note">{error}</p>;
  return (
    <div className="pdf-view" ref={ref} data-testid="pdf-view">
      {pages.length === 0 && <p className="original-note">正在显示 PDF 页面…</p>}
      {pdf &&
        pages.map((p) => (
          <div
            key={p.n}
            className="pdf-page"
            data-page={p.n}
            style={{ width: p.width * scale, height: p.height * scale }}
          >
            <PageCanvas pdf={pdf} n={p.n} scale={scale} />
            {boxes
              .filter((b) => b.page === p.n)
              .map((b, i) => (
                <div
                  key={`${b.key}-${i}`}
                  className={`pdf-box hl-${b.kind}${b.key === activeKey ? ' active' : ''}`}
                  data-k={b.key}
                  style={{
                    left: b.box[0] * scale - 2,
                    top: b.box[1] * scale - 2,
                    width: b.box[2] * scale + 4,
                    height: b.box[3] * scale + 4,
                  }}
                  onClick={() => onMarkClick(b.key)}
                />
              ))}
          </div>
        ))}
    </div>
  );
});

/** How far outside the pane a page starts being drawn, so that scrolling finds it ready. */
const AHEAD = '600px 0px';

/** True once the element has come near the visible part of the pane (then stays true). */
const useSeen = (ref: RefObject<Element | null>): boolean => {
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (seen || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
};

/**
 * One page drawn on a canvas at the device's pixel ratio, so text stays sharp. Drawn only when
 * it comes near the view: the first visible page is not kept waiting behind the others; once
 * drawn it stays (the canvas is the cache) until the scale changes.
 */
const PageCanvas = ({ pdf, n, scale }: { pdf: PDFDocumentProxy; n: number; scale: number }) => {
  const ref = useRef<HTMLCanvasElement>(null);
  const seen = useSeen(ref);
  useEffect(() => {
    if (!seen) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let live = true;
    void pdf.getPage(n).then((page) => {
      const canvas = ref.current;
      if (!live || !canvas) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      task = page.render({ canvas, viewport });
      task.promise.then(
        () => canvas.setAttribute('data-rendered', 'true'),
        () => {},
      );
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [pdf, n, scale, seen]);
  return <canvas ref={ref} className="pdf-canvas" />;
};
