// pdf.js's rendering worker sends a page, once drawn, as an ImageBitmap, and pdf.js copies it into
// the page's canvas with drawImage on a 2d context: 15–25 ms on the page's thread for a page at
// 864×1222 device pixels, right before the page can be shown. Given to the canvas's
// 'bitmaprenderer' context instead, the bitmap becomes the canvas's content as it is, no copy.
// The canvas is then no 2d canvas (getContext('2d') gives null) but still an image to draw from,
// which is all the view does with it (PdfPage's copy for a second view). A page pdf.js draws on
// this thread (its rendering worker gone) gets a 2d context as before.
import type { RenderTask } from 'pdfjs-dist';

/** Canvases whose drawing is under way, with pdf.js's task drawing them. */
const drawing = new WeakMap<HTMLCanvasElement, RenderTask>();

/** pdf.js's internal render task says whether it draws in the rendering worker (pdf.js 6). */
const drawsInWorker = (task: RenderTask | undefined): boolean =>
  (task as unknown as { _internalRenderTask?: { isWorkerRendering?: boolean } } | undefined)
    ?._internalRenderTask?.isWorkerRendering === true;

/** `canvas` is drawn by `task` (until it is done): its frame may be handed over as a bitmap. */
export const drawnBy = (canvas: HTMLCanvasElement, task: RenderTask): void => {
  drawing.set(canvas, task);
  void task.promise.then(
    () => drawing.delete(canvas),
    () => drawing.delete(canvas),
  );
};

/** What pdf.js's worker rendering needs of a context to show a frame: drawImage at 0, 0. */
const frameTaker = (canvas: HTMLCanvasElement, alpha: boolean) => ({
  drawImage(image: CanvasImageSource, x: number, y: number): void {
    if (
      typeof ImageBitmap !== 'undefined' &&
      image instanceof ImageBitmap &&
      x === 0 &&
      y === 0 &&
      image.width === canvas.width &&
      image.height === canvas.height
    ) {
      const taker = canvas.getContext('bitmaprenderer');
      if (taker) {
        taker.transferFromImageBitmap(image);
        return;
      }
    }
    canvas.getContext('2d', { alpha })?.drawImage(image, x, y);
  },
});

/**
 * pdf.js's CanvasFactory (the interface of its BaseCanvasFactory, which it does not export), as
 * pdf.js's own for the DOM, but for the frames of pages drawn in the rendering worker.
 */
export class FrameCanvasFactory {
  readonly #readOften: boolean;

  constructor({ enableHWA = false }: { enableHWA?: boolean } = {}) {
    this.#readOften = !enableHWA;
  }

  create(width: number, height: number) {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: this.#readOften }) };
  }

  reset(target: { canvas: HTMLCanvasElement | null }, width: number, height: number): void {
    if (!target.canvas) throw new Error('Canvas is not specified');
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    target.canvas.width = width;
    target.canvas.height = height;
  }

  destroy(target: { canvas: HTMLCanvasElement | null; context: unknown }): void {
    if (!target.canvas) throw new Error('Canvas is not specified');
    target.canvas.width = target.canvas.height = 0;
    target.canvas = null;
    target.context = null;
  }

  getNoAlphaContext(canvas: HTMLCanvasElement) {
    if (drawsInWorker(drawing.get(canvas))) return frameTaker(canvas, false);
    return canvas.getContext('2d', { alpha: false, willReadFrequently: this.#readOften });
  }
}
