// pdf.js for the 原文 view, entirely from the app's own files: the worker, the CMaps (Chinese PDFs
// whose fonts are not embedded need them) and the standard fonts are bundled assets, fetched from
// 'self' — no CDN, nothing the page's CSP would refuse. Loaded when the window is first idle
// with a PDF report in the workspace (it is large), or on first use.
import type * as PdfJs from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

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
    return pdfjs;
  }));

let worker: Promise<PDFWorker> | null = null;

/**
 * One pdf.js worker for the whole window: starting it (loading and compiling its script) took
 * longer than opening a report's PDF in it, so every document reuses it.
 */
const sharedWorker = () =>
  (worker ??= loadPdfJs().then(async (pdfjs) => {
    const w = new pdfjs.PDFWorker();
    await w.promise;
    return w;
  })).catch((error: unknown) => {
    worker = null;
    throw error;
  });

/**
 * Loads pdf.js and starts its worker ahead of the first PDF page, while the window is idle, so
 * opening an original does not wait for them. Failures are left for openPdf to report.
 */
export const warmPdfJs = (): void => {
  void sharedWorker().catch(() => {});
};

/** Opens a PDF from its bytes (copied: pdf.js hands its buffer to the worker). */
export const openPdf = async (bytes: Uint8Array): Promise<PdfHandle> => {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    worker: await sharedWorker(),
    BinaryDataFactory: BundledDataFactory,
    useWorkerFetch: false,
    // Placeholders: the factory resolves names itself, but pdf.js asks only when these are set.
    cMapUrl: 'bundled/',
    cMapPacked: true,
    standardFontDataUrl: 'bundled/',
    wasmUrl: 'bundled/',
    enableXfa: false,
  });
  // Destroying the task closes this document only: the shared worker stays up.
  return { doc: await task.promise, destroy: () => void task.destroy() };
};
