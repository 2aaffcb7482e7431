// Reads a PDF with pdf.js (offline: CMaps and standard fonts from the package), rebuilding
// lines and ruled tables from the page geometry.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import type { ExtractedDocument } from '../../../shared/model/source';
import { ExtractError, messages } from '../errors';
import { TextBuilder } from '../text-builder';
import {
  assemblePages,
  pdfLocation,
  textLayerProblem,
  writePages,
  type PageInput,
} from './assemble';
import { mapBox, rectArea, type Matrix } from './geometry';
import { checkPdfBudget, type PdfBudget } from './budget';
import { readPage } from './page';
import { OcrCollector } from '../ocr';
import { pageImage } from '../ocr/pdf-image';
import { TableGate } from './table-gate';
import { fontSinkDocument } from './font-sink';
import { useSyncDecompression } from './sync-decompression';
import { useAffineDomMatrix } from './dom-matrix';
import { skipCanvasPackage } from './no-canvas';
import { CopyingLoopbackPort } from './loopback';

export interface PdfContext extends PdfBudget {
  name: string;
  maxPages: number;
  /** Only for the message when the time is up. */
  timeoutMs: number;
  signal: AbortSignal;
  /** Throws when the time is up. */
  checkpoint: () => void;
  /** Told before each page recognized from its image (scanned pages only). */
  onOcrPage?: (page: number, pages: number) => void;
}

type PdfJs = typeof PdfJsModule;
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

const requireHere = createRequire(import.meta.url);
let loaded: Promise<PdfJs> | null = null;
/** This thread's pdf.js worker side, made with pdf.js (see `pdfjs`). */
let sharedWorker: { port: CopyingLoopbackPort; worker: PdfWorker } | null = null;

/**
 * Loads pdf.js once; its worker side runs in this thread, from the installed package, on one
 * port for every document (loopback.ts).
 */
export const pdfjs = (): Promise<PdfJs> =>
  (loaded ??= (async () => {
    // Before pdf.js loads: it keeps a DOMMatrix it finds, and otherwise takes @napi-rs/canvas's,
    // which it does not get (extraction draws nothing).
    useAffineDomMatrix();
    skipCanvasPackage();
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    useSyncDecompression();
    const workerSrc = pathToFileURL(
      requireHere.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ).href;
    lib.GlobalWorkerOptions.workerSrc = workerSrc;
    // What pdf.js's fake worker does for each document, once, on a port that copies faster.
    const { WorkerMessageHandler } = (await import(workerSrc)) as {
      WorkerMessageHandler: { initializeFromPort: (port: CopyingLoopbackPort) => void };
    };
    const port = new CopyingLoopbackPort();
    WorkerMessageHandler.initializeFromPort(port);
    const worker = new lib.PDFWorker({
      // pdf.js types the port as a web Worker; it uses only postMessage and the listeners.
      port: port as unknown as NonNullable<ConstructorParameters<PdfJs['PDFWorker']>[0]>['port'],
      verbosity: lib.VerbosityLevel.ERRORS,
    });
    sharedWorker = { port, worker };
    return lib;
  })());

/** The open handlers on this thread's pdf.js port (two when no document is open): for tests. */
export const pdfPortListeners = (): number => sharedWorker?.port.listenerCount ?? 0;

/** The package's CMaps (Chinese fonts that are not embedded need them) and standard fonts. */
export const assets = (): { cMapUrl: string; standardFontDataUrl: string } => {
  const root = dirname(requireHere.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(root, 'cmaps') + sep,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
  };
};

/** The errors pdf.js reports about a file (the ones from its worker side arrive as UnknownErrorException). */
const PDFJS_ERRORS = new Set([
  'InvalidPDFException',
  'MissingPDFException',
  'UnexpectedResponseException',
  'ResponseException',
  'UnknownErrorException',
  'FormatError',
]);

/** What went wrong, in the reviewer's words: pdf.js's English never reaches the message. */
const corruptDetail = (e: { name?: string; message?: string }): string => {
  const text = e.message ?? '';
  if (/circular reference/i.test(text)) return '页面目录循环引用自身';
  if (e.name === 'InvalidPDFException' || /Invalid PDF structure/i.test(text))
    return '文件结构无效';
  if (/xref|XRef|trailer/.test(text)) return '交叉引用表损坏';
  if (/font/i.test(text)) return '字体数据损坏';
  if (/stream|Bad FCHECK|Unknown compression|invalid (block|code)/i.test(text))
    return '压缩数据损坏';
  return '内容无法解析';
};

/**
 * A pdf.js error about the file becomes a Chinese ExtractError; anything else (an error of our
 * own code) is passed on, to be logged as an internal error.
 */
const translate = (error: unknown, name: string): unknown => {
  if (error instanceof ExtractError) return error;
  const e = (error ?? {}) as { name?: string; message?: string };
  if (e.name === 'PasswordException')
    return new ExtractError('ENCRYPTED', messages.encryptedPdf(name));
  if (e.name !== undefined && PDFJS_ERRORS.has(e.name))
    return new ExtractError('CORRUPT_FILE', messages.corruptPdf(name, corruptDetail(e)));
  return error;
};

/** Largest image pdf.js decodes, in pixels: an A4 page scanned at 600 dpi (bigger ones are skipped). */
const MAX_IMAGE_PIXELS = 40_000_000;

/** How extraction opens a PDF with pdf.js (test/extract/pdf-equivalence.test.ts holds these to pdf.js's defaults). */
export const documentParams = (lib: PdfJs, bytes: Uint8Array): DocumentInitParameters => ({
  data: new Uint8Array(bytes), // a copy (pdf.js takes the buffer over; it refuses a Buffer)
  ...assets(),
  cMapPacked: true,
  // Fonts "load" into a sink instead of glyph outlines being built for nothing (font-sink.ts).
  disableFontFace: false,
  ownerDocument: fontSinkDocument() as DocumentInitParameters['ownerDocument'],
  useSystemFonts: false,
  useWorkerFetch: false,
  // (pdf.js 6 has no eval-compiled fonts any more: no `isEvalSupported` to turn off.)
  maxImageSize: MAX_IMAGE_PIXELS,
  verbosity: lib.VerbosityLevel.ERRORS,
  // This thread's worker side, kept across documents (destroying a document leaves it open).
  ...(sharedWorker ? { worker: sharedWorker.worker } : {}),
});

/** Throws the limit error when the file's streams exceed the byte or nesting budget. */
const enforceBudget = (bytes: Uint8Array, ctx: PdfContext): void => {
  const over = checkPdfBudget(bytes, ctx);
  if (!over) return;
  if (over.limit === 'stream')
    throw new ExtractError('STREAM_TOO_LARGE', messages.streamTooLarge(ctx.name, over.max));
  if (over.limit === 'total')
    throw new ExtractError('ARCHIVE_TOO_LARGE', messages.inflatedTooLarge(ctx.name, over.max));
  throw new ExtractError('NESTING_TOO_DEEP', messages.pdfNestingTooDeep(ctx.name, over.max));
};

/** Extracts a PDF. Throws ExtractError with a Chinese message on every failure. */
export const extractPdf = async (
  bytes: Uint8Array,
  ctx: PdfContext,
): Promise<ExtractedDocument> => {
  enforceBudget(bytes, ctx);
  ctx.checkpoint();
  const lib = await pdfjs();
  const task = lib.getDocument(documentParams(lib, bytes));
  const abort = (): void => void task.destroy();
  ctx.signal.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise;
    // An empty page tree (/Count 0) is a broken file, not a scan.
    if (doc.numPages === 0) throw new ExtractError('CORRUPT_FILE', messages.noPages(ctx.name));
    if (doc.numPages > ctx.maxPages)
      throw new ExtractError(
        'TOO_MANY_PAGES',
        messages.tooManyPages(ctx.name, doc.numPages, ctx.maxPages),
      );
    const ops = { ...lib.OPS, annotationDisabled: lib.AnnotationMode.DISABLE };
    const inputs: PageInput[] = [];
    const toDisplay: Matrix[] = [];
    const ocr = new OcrCollector();
    const scans: number[] = [];
    // Ruling lines are only needed where a table can be: other pages skip the operator list.
    const gate = new TableGate();
    for (let n = 1; n <= doc.numPages; n++) {
      ctx.checkpoint();
      const page = await doc.getPage(n);
      const content = await readPage(page, ops, (pieces, chars) =>
        gate.needsGraphics(pieces, chars),
      );
      // A page that is one big picture with (almost) no text is a scanned page: it is read
      // from its picture. A page with a text layer never is.
      const picture = content.graphics.images.find((r) => rectArea(r) > content.area * 0.25);
      const image =
        picture && content.chars < 10
          ? await pageImage(page, lib.OPS, picture, content.toDisplay)
          : null;
      if (image) {
        scans.push(n);
        ctx.onOcrPage?.(n, doc.numPages);
        inputs.push({ ...content, ...(await ocr.page(image.raster, n, image.place, ctx)) });
      } else inputs.push(content);
      page.cleanup();
      toDisplay.push(content.toDisplay);
    }
    ctx.checkpoint();
    const assembled = assemblePages(inputs);
    const problem = textLayerProblem(assembled);
    if (problem === 'no-text')
      throw new ExtractError('NO_TEXT_LAYER', messages.noTextLayer(ctx.name));
    if (problem === 'garbled')
      throw new ExtractError('NO_TEXT_LAYER', messages.garbledText(ctx.name));
    const out = new TextBuilder();
    writePages(assembled.pages, out, pdfLocation);
    const { blankPages } = assembled;
    const notes = blankPages.length > 0 ? [messages.scannedPages(blankPages)] : [];
    // pdf.js rebuilds a file cut short when it can: the reviewer should know text may be lost.
    const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-8192);
    if (!tail.includes('%%EOF')) notes.push(messages.truncatedPdf);
    const built = out.build('pdf', notes);
    const result = scans.length > 0 ? ocr.finish(built) : built;
    // Boxes as the page is displayed (a page turned for reading is turned back).
    for (const s of result.segments) {
      if (s.loc.kind === 'pdf') s.loc.box = mapBox(toDisplay[s.loc.page - 1]!, s.loc.box);
    }
    return result;
  } catch (error) {
    if (ctx.signal.aborted)
      throw new ExtractError('TIMEOUT', messages.timeout(ctx.name, ctx.timeoutMs));
    throw translate(error, ctx.name);
  } finally {
    ctx.signal.removeEventListener('abort', abort);
    await task.destroy();
  }
};
