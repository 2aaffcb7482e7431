// pdf.js for the 原文 view, entirely from the app's own files: the worker, the CMaps (Chinese PDFs
// whose fonts are not embedded need them) and the standard fonts are bundled assets, fetched from
// 'self' — no CDN, nothing the page's CSP would refuse. Loaded when the window is first idle
// (usePdfWarmup), or on first use.
// Pages are drawn in pdf.js's rendering worker (an OffscreenCanvas), which sends each finished
// frame to the page's canvas: the page's thread stays free for the view while page 1 is drawn,
// and the canvas is an ordinary one (its pixels can be read). Where that worker cannot run,
// pdf.js draws on the page's thread as before.
import type * as PdfJs from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import { FrameCanvasFactory } from './frameCanvas';
import { deferPageFonts } from './pageFonts';

type UrlTable = Record<string, string>;

/** file name → bundled URL, for the files pdf.js asks for by name. */
const byName = (modules: Record<string, unknown>): UrlTable =>
  Object.fromEntries(
    Object.entries(modules).map(([path, url]) => [
      path.slice(path.lastIndexOf('/') + 1),
      String(url),
    ]),
  );

const tables: Record<string, UrlTable> = {
  cMapUrl: byName(
    import.meta.glob('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ),
  standardFontDataUrl: byName(
    import.meta.glob('../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ),
  wasmUrl: byName(
    import.meta.glob('../../../../node_modules/pdfjs-dist/wasm/{openjpeg,jbig2,qcms_bg}.wasm', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ),
};

/** pdf.js's BinaryDataFactory over the bundled files (their names carry Vite's hashes). */
class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = tables[kind]?.[filename];
    if (!url) throw new Error(`未打包 pdf.js 资源 ${filename}`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`无法读取 pdf.js 资源 ${filename}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

/** An open PDF and how to release its worker. */
export interface PdfHandle {
  doc: PDFDocumentProxy;
  destroy(): void;
}

let lib: Promise<typeof PdfJs> | null = null;

export const loadPdfJs = () =>
  (lib ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    pdfjs.GlobalWorkerOptions.rendererSrc = rendererUrl;
    return pdfjs;
  }));

let worker: Promise<PDFWorker> | null = null;

/**
 * One rendering worker for the window, handed to pdf.js as its port: the open document connects
 * to it (one at a time, as one report is open at a time) instead of starting a worker of its own.
 */
const startRenderer = (pdfjs: typeof PdfJs): void => {
  if (pdfjs.GlobalWorkerOptions.rendererPorts.length > 0) return;
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return;
  try {
    const renderer = new Worker(rendererUrl, { type: 'module', name: 'pdfjs-renderer' });
    pdfjs.GlobalWorkerOptions.rendererPorts = [renderer];
  } catch {
    // pdf.js starts one per document from rendererSrc, or draws on this thread.
  }
};

/**
 * One pdf.js worker for the whole window: starting it (loading and compiling its script) took
 * longer than opening a report's PDF in it, so every document reuses it. The rendering worker is
 * started beside it.
 */
const sharedWorker = () =>
  (worker ??= loadPdfJs().then(async (pdfjs) => {
    const w = new pdfjs.PDFWorker();
    startRenderer(pdfjs);
    await w.promise;
    performance.mark('nianbao:pdf-worker-ready');
    return w;
  })).catch((error: unknown) => {
    worker = null;
    throw error;
  });

/** The parameters every document is opened with (its bytes aside). */
const openParams = (worker: PDFWorker) =>
  ({
    worker,
    BinaryDataFactory: BundledDataFactory,
    // A page drawn in the rendering worker becomes its canvas's content without a copy.
    CanvasFactory: FrameCanvasFactory,
    useWorkerFetch: false,
    // Placeholders: the factory resolves names itself, but pdf.js asks only when these are set.
    cMapUrl: 'bundled/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled/',
    wasmUrl: 'bundled/',
    enableXfa: false,
  }) as const;

/** The warm-up drawing under way, until it is done or a report's PDF is opened. */
let warming: { destroy(): Promise<void> } | null = null;

/**
 * Draws the warm-up page (warmUpPdf.ts) through the shared worker and the rendering worker, on a
 * canvas nobody sees, then closes it. Called off when a report's PDF is opened meanwhile: that
 * PDF must not wait behind it.
 */
const warmUpDrawing = async (pdfjs: typeof PdfJs, shared: PDFWorker): Promise<void> => {
  // Only after the worker is ready: the chunk with the bytes is loaded on demand.
  const { warmUpPdfBytes } = await import('./warmUpPdf');
  const task = pdfjs.getDocument({
    ...openParams(shared),
    data: warmUpPdfBytes(),
    // Read the standard fonts (a Type 1 and a TrueType program) rather than the system's.
    useSystemFonts: false,
  });
  warming = task;
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const canvas = document.createElement('canvas');
    const viewport = page.getViewport({ scale: 2 });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    performance.mark('nianbao:pdf-warmed');
  } finally {
    if (warming === task) warming = null;
    await task.destroy();
  }
};

/**
 * Loads pdf.js, starts its worker and draws the warm-up page ahead of the first PDF page, while
 * the window is idle, so opening an original does not wait for them. Failures are left for
 * openPdf to report (a failed warm-up only leaves the first page as slow as without it).
 */
export const warmPdfJs = (): void => {
  void sharedWorker()
    .then(async (shared) => warmUpDrawing(await loadPdfJs(), shared))
    .catch(() => {});
};

/** Opens a PDF from its bytes (copied: pdf.js hands its buffer to the worker). */
export const openPdf = async (bytes: Uint8Array): Promise<PdfHandle> => {
  const pdfjs = await loadPdfJs();
  const data = bytes.slice();
  const shared = await sharedWorker();
  // The reviewer's PDF goes first: a warm-up drawing still under way is called off.
  void warming?.destroy().catch(() => {});
  warming = null;
  performance.mark('nianbao:pdf-open');
  const task = pdfjs.getDocument({ ...openParams(shared), data });
  // Destroying the task closes this document only: the shared worker stays up.
  const doc = await task.promise;
  // Before any page is asked for: the fonts come with the pages' content.
  deferPageFonts(doc);
  performance.mark('nianbao:pdf-loaded');
  return { doc, destroy: () => void task.destroy() };
};
