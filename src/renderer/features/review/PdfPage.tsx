// One page of a PDF original: a placeholder of the page's size at once; its canvas drawn when it
// comes near the view (visible pages first, through the view's DrawQueue) and kept; its text
// layer — transparent, selectable text over the canvas, so the reviewer can select a passage —
// built only once the page is on screen; the marks as boxes over both.
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { URGENCY, type DrawQueue } from './drawQueue';
import type { PdfMarkBox } from './originalLayout';
import { drawPage, drawnPage, holdPage, onRelease, pixelScaleOf } from './pageCanvas';
import { loadPdfJs } from './pdfjs';
import './pdfText.css';

interface Props {
  pdf: PDFDocumentProxy;
  n: number;
  width: number;
  height: number;
  scale: number;
  /** This page's marks only. */
  boxes: readonly PdfMarkBox[];
  /** The active mark's key when it is on this page, else null (other pages keep their props). */
  activeKey: string | null;
  queue: DrawQueue;
  /** The scroller the pages are in (null: the window). */
  root: RefObject<Element | null>;
  onMarkClick(key: string): void;
}

/** How far outside the pane a page starts being drawn, so that scrolling finds it ready. */
const AHEAD = '600px 0px';

type Seen = 'far' | 'near' | 'visible';

/** Whether the element is on screen, near it (within AHEAD), or further away. */
const useSeen = (ref: RefObject<Element | null>, root: RefObject<Element | null>): Seen => {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const watch = (margin: string, set: (v: boolean) => void) => {
      const o = new IntersectionObserver((es) => set(es.some((e) => e.isIntersecting)), {
        root: root.current,
        rootMargin: margin,
      });
      o.observe(el);
      return o;
    };
    const observers = [watch(AHEAD, setNear), watch('0px', setVisible)];
    return () => observers.forEach((o) => o.disconnect());
  }, [ref, root]);
  return visible ? 'visible' : near ? 'near' : 'far';
};

/** A copy of a drawn page's canvas, for a second view showing it at the same time. */
const copy = (canvas: HTMLCanvasElement): HTMLCanvasElement => {
  const twin = document.createElement('canvas');
  twin.className = canvas.className;
  twin.width = canvas.width;
  twin.height = canvas.height;
  twin.getContext('2d')?.drawImage(canvas, 0, 0);
  twin.setAttribute('data-rendered', 'true');
  return twin;
};

/**
 * Resolves once the frame showing a page just drawn has been produced, so that the next page's
 * drawing (pdf.js draws in animation-frame slices) does not hold that frame back.
 */
const paintedFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Boxes of two renders are the same marks: same keys, kinds and places. */
const sameBoxes = (a: readonly PdfMarkBox[], b: readonly PdfMarkBox[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      return x.key === y.key && x.kind === y.kind && x.box.every((v, j) => v === y.box[j]);
    }));

export const PdfPage = memo(
  function PdfPage({
    pdf,
    n,
    width,
    height,
    scale,
    boxes,
    activeKey,
    queue,
    root,
    onMarkClick,
  }: Props) {
    const pageRef = useRef<HTMLDivElement>(null);
    const slotRef = useRef<HTMLDivElement>(null);
    const textRef = useRef<HTMLDivElement>(null);
    const seen = useSeen(pageRef, root);
    const [drawn, setDrawn] = useState(false);

    // Near the view, the page keeps its canvas; away from it, the canvas may be let go (past the
    // document's pixel budget) and is then drawn again when the page comes back near.
    useEffect(() => {
      holdPage(pdf, n, seen !== 'far');
      return () => holdPage(pdf, n, false);
    }, [pdf, n, seen]);
    useEffect(
      () =>
        onRelease(pdf, n, (canvas) => {
          const slot = slotRef.current;
          if (!slot?.contains(canvas)) return;
          slot.replaceChildren();
          setDrawn(false);
          queue.forget(`canvas ${n} ${scale}`);
        }),
      [pdf, n, scale, queue],
    );

    useEffect(() => {
      if (seen === 'far') return;
      // One drawing per scale: the view laid out again at another scale draws the page again.
      const id = `canvas ${n} ${scale}`;
      queue.request(id, seen === 'visible' ? URGENCY.visible : URGENCY.near, async () => {
        // Drawn at the device's pixel ratio, so text stays sharp.
        const want = pixelScaleOf(scale);
        const show = (canvas: HTMLCanvasElement) => {
          const slot = slotRef.current;
          if (!slot) return;
          slot.replaceChildren(
            canvas.isConnected && !slot.contains(canvas) ? copy(canvas) : canvas,
          );
          setDrawn(true);
        };
        // Kept from before (the view remounted) or drawn ahead (page 1, as the document opened).
        const before = drawnPage(pdf, n);
        const ready = await before?.canvas.catch(() => null);
        if (ready) show(ready);
        // Drawn ahead at another scale: shown stretched meanwhile, then drawn sharp.
        if (!ready || before?.pixelScale !== want)
          show(await drawPage(pdf, n, want, seen === 'visible').canvas);
        await paintedFrame();
      });
      // A page scrolled away before its turn is not drawn for nothing.
      return () => queue.cancel(id);
    }, [seen, pdf, n, scale, queue]);

    useEffect(() => {
      if (!drawn || seen !== 'visible') return;
      const id = `text ${n}`;
      queue.request(id, URGENCY.text, async () => {
        const [page, pdfjs] = await Promise.all([pdf.getPage(n), loadPdfJs()]);
        const container = textRef.current;
        if (!container) return;
        const layer = new pdfjs.TextLayer({
          textContentSource: page.streamTextContent(),
          container,
          viewport: page.getViewport({ scale }),
        });
        await layer.render();
      });
      return () => queue.cancel(id);
    }, [drawn, seen, pdf, n, scale, queue]);

    return (
      <div
        ref={pageRef}
        className="pdf-page"
        data-page={n}
        style={{ width: width * scale, height: height * scale }}
      >
        <div ref={slotRef} className="pdf-canvas-slot" />
        <div
          ref={textRef}
          className="textLayer pdf-text"
          style={{ ['--total-scale-factor' as string]: scale }}
        />
        {boxes.map((b, i) => (
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
    );
  },
  (a, b) =>
    a.pdf === b.pdf &&
    a.n === b.n &&
    a.width === b.width &&
    a.height === b.height &&
    a.scale === b.scale &&
    a.activeKey === b.activeKey &&
    a.queue === b.queue &&
    a.root === b.root &&
    a.onMarkClick === b.onMarkClick &&
    sameBoxes(a.boxes, b.boxes),
);
