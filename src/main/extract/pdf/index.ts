// Reads a PDF with pdf.js (offline: CMaps and standard fonts from the package), rebuilding
// lines and ruled tables from the page geometry.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
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
import { mapBox, type Matrix } from './geometry';
import { readPage } from './page';
import { TableGate } from './table-gate';

export interface PdfContext {
  name: string;
  maxPages: number;
  /** Only for the message when the time is up. */
  timeoutMs: number;
  signal: AbortSignal;
  /** Throws when the time is up. */
  checkpoint: () => void;
}

type PdfJs = typeof PdfJsModule;

const requireHere = createRequire(import.meta.url);
let loaded: Promise<PdfJs> | null = null;

/** Loads pdf.js once; its worker runs in this thread, from the installed package. */
export const pdfjs = (): Promise<PdfJs> =>
  (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(
      requireHere.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ).href;
    return lib;
  }));

/** The package's CMaps (Chinese fonts that are not embedded need them) and standard fonts. */
export const assets = (): { cMapUrl: string; standardFontDataUrl: string } => {
  const root = dirname(requireHere.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(root, 'cmaps') + sep,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
  };
};

const translate = (error: unknown, name: string): ExtractError => {
  if (error instanceof ExtractError) return error;
  const e = error as { name?: string; message?: string };
  if (e?.name === 'PasswordException')
    return new ExtractError('ENCRYPTED', messages.encryptedPdf(name));
  const detail =
    e?.name === 'InvalidPDFException'
      ? '文件结构无效'
      : (e?.message ?? String(error)).slice(0, 120);
  return new ExtractError('CORRUPT_FILE', messages.corruptPdf(name, detail));
};

/** Extracts a PDF. Throws ExtractError with a Chinese message on every failure. */
export const extractPdf = async (
  bytes: Uint8Array,
  ctx: PdfContext,
): Promise<ExtractedDocument> => {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // a copy (pdf.js takes the buffer over; it refuses a Buffer)
    ...assets(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  const abort = (): void => void task.destroy();
  ctx.signal.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise;
    if (doc.numPages > ctx.maxPages)
      throw new ExtractError(
        'TOO_MANY_PAGES',
        messages.tooManyPages(ctx.name, doc.numPages, ctx.maxPages),
      );
    const ops = { ...lib.OPS, annotationDisabled: lib.AnnotationMode.DISABLE };
    const inputs: PageInput[] = [];
    const toDisplay: Matrix[] = [];
    const gate = new TableGate();
    for (let n = 1; n <= doc.numPages; n++) {
      ctx.checkpoint();
      const page = await doc.getPage(n);
      const content = await readPage(page, ops, (pieces, chars) =>
        gate.needsGraphics(pieces, chars),
      );
      page.cleanup();
      inputs.push(content);
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
    const result = out.build('pdf', notes);
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
