// The drawn pages of an open PDF, kept with its pdf.js document: each page is drawn once on a
// canvas of its own, which the page's view takes into itself (no copy). The 原文 tab switched away
// from and back, or the view remounted, shows the kept canvases at once; closing the report drops
// the document and with it its canvases. Page 1 is drawn as soon as the document opens (at the
// width the view most likely has), before the view mounts. Past a pixel budget the pages drawn
// least recently and not near the view are let go (KeptPages): their views drop the canvas and
// draw the page again when it comes back near.
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { drawnBy } from './frameCanvas';
import { KeptPages } from './keptPages';
import { pageFontsReady } from './pageFonts';

/** Page width on screen in CSS pixels at most (pages are fitted to the pane up to this). */
export const MAX_PAGE_WIDTH = 900;

/** A page drawn (or being drawn) on its own canvas at `pixelScale` device pixels per PDF point. */
export interface DrawnPage {
  pixelScale: number;
  canvas: Promise<HTMLCanvasElement>;
}

interface DocPages {
  drawn: Map<number, DrawnPage>;
  keeper: KeptPages;
  /** Per page, the view showing it: told when its canvas is let go. */
  views: Map<number, (canvas: HTMLCanvasElement) => void>;
}

const kept = new WeakMap<PDFDocumentProxy, DocPages>();

const pagesOf = (pdf: PDFDocumentProxy): DocPages => {
  let pages = kept.get(pdf);
  if (!pages) {
    pages = { drawn: new Map(), keeper: new KeptPages(), views: new Map() };
    kept.set(pdf, pages);
  }
  return pages;
};

/** Page `n` is near the view or not: a page near it keeps its canvas. */
export const holdPage = (pdf: PDFDocumentProxy, n: number, near: boolean): void =>
  pagesOf(pdf).keeper.hold(n, near);

/**
 * The view of page `n` is told (with the canvas) when that canvas is let go; returns the undo,
 * for when the view goes.
 */
export const onRelease = (
  pdf: PDFDocumentProxy,
  n: number,
  release: (canvas: HTMLCanvasElement) => void,
): (() => void) => {
  const { views } = pagesOf(pdf);
  views.set(n, release);
  return () => {
    if (views.get(n) === release) views.delete(n);
  };
};

/**
 * The room the last PDF view had for its pages (CSS pixels): the next one most likely has it.
 * Before any, a little under the widest: a view with more room takes page 1 at this scale (up to
 * a tenth smaller than it could be) and shows it as drawn, one with less room draws it again.
 */
let paneRoom = MAX_PAGE_WIDTH * 0.96;

/** Remembers the room a PDF view measured, for drawing the next document's page 1 ahead. */
export const rememberRoom = (room: number): void => {
  paneRoom = Math.min(MAX_PAGE_WIDTH, room);
};

/**
 * pdf.js waits for an animation frame before each slice of a drawing (and after each font or
 * chunk of the page's content arrives), to keep the page responsive while it draws: on the page's
 * thread, or (rendering worker) while this thread passes the page's content and frames along.
 * For a page the reviewer waits for (page 1 as the document opens, a page on screen) that only
 * adds up to a frame per wait, so it is left out; a page drawn ahead, near the view, keeps it.
 * pdf.js has no option for it: the flag is its render task's own, set only when it is there as it
 * is in pdf.js 6.
 */
const withoutFramePacing = (task: RenderTask): void => {
  const internal = (task as unknown as { _internalRenderTask?: Record<string, unknown> })
    ._internalRenderTask;
  if (typeof internal?._useRequestAnimationFrame === 'boolean')
    internal._useRequestAnimationFrame = false;
};

/** Device pixels per PDF point for a page shown at `scale` CSS pixels per point. */
export const pixelScaleOf = (scale: number): number => scale * (window.devicePixelRatio || 1);

/** Page `n` as drawn last (or being drawn), if it was. */
export const drawnPage = (pdf: PDFDocumentProxy, n: number): DrawnPage | undefined => {
  const pages = kept.get(pdf);
  pages?.keeper.touch(n);
  return pages?.drawn.get(n);
};

/**
 * Starts drawing page `n` at `pixelScale` on a new canvas and keeps it for the document (in place of an
 * earlier drawing of the page at another scale). A failed drawing is not kept. `awaited`: the
 * reviewer is waiting for this page (drawn without frame pacing), not drawn ahead.
 */
export const drawPage = (
  pdf: PDFDocumentProxy,
  n: number,
  pixelScale: number,
  awaited: boolean,
): DrawnPage => {
  const { drawn: pages, keeper, views } = pagesOf(pdf);
  const canvas = (async () => {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: pixelScale });
    // Drawn off the page, then shown whole: pdf.js draws in slices, one per animation frame, and
    // a canvas on the page would be copied to the compositor after every slice.
    const canvas = document.createElement('canvas');
    canvas.className = 'pdf-canvas';
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    // Only if pdf.js now draws on this thread: the fonts it draws with here.
    await pageFontsReady(pdf);
    performance.mark(`nianbao:pdf-draw ${n}`);
    const task = page.render({ canvas, viewport });
    if (awaited) withoutFramePacing(task);
    drawnBy(canvas, task);
    await task.promise;
    performance.mark(`nianbao:pdf-drawn ${n}`);
    canvas.setAttribute('data-rendered', 'true');
    return canvas;
  })();
  const drawn = { pixelScale, canvas };
  pages.set(n, drawn);
  canvas.then(
    (done) => {
      if (pages.get(n) !== drawn) return;
      keeper.keep(n, done.width * done.height, () => {
        if (pages.get(n) === drawn) pages.delete(n);
        views.get(n)?.(done);
      });
    },
    () => {
      if (pages.get(n) === drawn) pages.delete(n);
    },
  );
  return drawn;
};

/**
 * Starts drawing page 1 of a document just opened, at the scale the view gives it when the pane
 * is wide enough for the widest width (the usual case); a view of another width shows it scaled
 * at once and draws it again at its own scale.
 */
export const drawFirstPage = async (pdf: PDFDocumentProxy): Promise<void> => {
  const page = await pdf.getPage(1);
  if (drawnPage(pdf, 1)) return;
  const [x0, , x1] = page.view as number[] as [number, number, number, number];
  await drawPage(pdf, 1, pixelScaleOf(fitScale(paneRoom, x1 - x0)), true).canvas;
};

/** CSS pixels per PDF point for pages at most `widest` points wide in `room` CSS pixels. */
export const fitScale = (room: number, widest: number): number =>
  Math.max(0.5, Math.min(MAX_PAGE_WIDTH, room) / Math.max(widest, 1));
