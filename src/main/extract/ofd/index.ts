// Reads an OFD (GB/T 33190) package: every page of every document, with its template pages,
// into pieces of text and ruling lines, then through the same layout as a PDF (lines, ruled
// and borderless tables, page furniture, tables continued over a page break).
import type { ExtractedDocument, SourceLocation } from '../../../shared/model/source';
import { ExtractError, messages } from '../errors';
import { assemblePages, textLayerProblem, writePages, type PageInput } from '../pdf/assemble';
import { compose, mapBox, type Matrix } from '../pdf/geometry';
import { fewHan, OcrCollector } from '../ocr';
import { imageKind, imagePages } from '../ocr/images';
import type { Rect } from '../pdf/geometry';
import { TextBuilder } from '../text-builder';
import { MM, type PageObjects } from './content';
import { OfdError, OfdPackage } from './package';
import { readOfdPage } from './page';
import { readStructure, type OfdDocument, type OfdPage } from './structure';
import { walkOfdPage } from './walk';

export interface OfdContext {
  name: string;
  maxPages: number;
  maxUnpackedBytes: number;
  /** Throws when the time is up. */
  checkpoint: () => void;
  /** Told before each page read from its picture (1-based) of how many pages. */
  onOcrPage?: (page: number, pages: number) => void;
}

/** True for a ZIP directory listing that holds an OFD entry part. */
export const isOfdPackage = (names: readonly string[]): boolean =>
  names.some((n) => n.replace(/^\/+/, '').toLowerCase() === 'ofd.xml');

interface ReadPage {
  input: PageInput;
  /** The page's pictures (page points), for a page that is a scan. */
  images: PageObjects['images'];
  toDisplay: Matrix;
  setAside: number;
  privateUse: number;
}

const emptyPage = (w: number, h: number): ReadPage => ({
  images: [],
  input: {
    pieces: [],
    graphics: { horizontal: [], vertical: [], images: [] },
    height: h,
    area: w * h,
    chars: 0,
    oddChars: 0,
  },
  toDisplay: [1, 0, 0, 1, 0, 0],
  setAside: 0,
  privateUse: 0,
});

const readOne = (pkg: OfdPackage, doc: OfdDocument, page: OfdPage): ReadPage => {
  const { objects, width: w, height: h } = walkOfdPage(pkg, doc, page, MM);
  const read = readOfdPage(page.number, objects, w * MM, h * MM);
  // Unreadable characters count as read but odd, as a PDF font without a ToUnicode map.
  read.chars += objects.privateUse;
  read.oddChars = objects.privateUse;
  return {
    input: read,
    images: objects.images,
    toDisplay: read.toDisplay,
    setAside: read.setAside,
    privateUse: objects.privateUse,
  };
};

const pagesWith = (pages: ReadPage[], pick: (p: ReadPage) => number): [number, number[]] => {
  let total = 0;
  const numbers: number[] = [];
  pages.forEach((p, i) => {
    const n = pick(p);
    if (n > 0) {
      total += n;
      numbers.push(i + 1);
    }
  });
  return [total, numbers];
};

const translate = (error: unknown, name: string): ExtractError => {
  if (error instanceof ExtractError) return error;
  if (error instanceof OfdError && error.kind === 'encrypted')
    return new ExtractError('ENCRYPTED', messages.ofdEncrypted(name));
  // Nesting is NESTING_TOO_DEEP, as in Word and PDF files, not a size.
  if (error instanceof OfdError && error.kind === 'too-deep')
    return new ExtractError('NESTING_TOO_DEEP', messages.ofdTooDeep(name, error.message));
  if (error instanceof OfdError && error.kind === 'too-large')
    return new ExtractError(
      error.message.includes('图形对象') ? 'FILE_TOO_LARGE' : 'ARCHIVE_TOO_LARGE',
      messages.ofdTooLarge(name, error.message),
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractError('CORRUPT_FILE', messages.corruptOfd(name, detail.slice(0, 120)));
};

/**
 * The picture of a page that is a scan: one picture over a quarter of the page or more, with a
 * file the package holds, on a page with (almost) no text. A page with a text layer is never
 * recognized.
 */
const scanOf = (p: ReadPage): { rect: Rect; media: string } | null => {
  if (p.input.chars >= 10) return null;
  const big = p.images
    .filter((r) => r.media && (r.x1 - r.x0) * (r.bottom - r.top) > p.input.area * 0.25)
    .sort((a, b) => (b.x1 - b.x0) * (b.bottom - b.top) - (a.x1 - a.x0) * (a.bottom - a.top))[0];
  return big ? { rect: big, media: big.media! } : null;
};

/** Recognizes the pages that are scans with the OCR; their pieces replace the empty layer. */
const recognizeScans = async (
  pkg: OfdPackage,
  pages: ReadPage[],
  ctx: OfdContext,
): Promise<OcrCollector | null> => {
  const scans = pages.map(scanOf);
  if (scans.every((s) => s === null)) return null;
  const ocr = new OcrCollector();
  for (const [i, scan] of scans.entries()) {
    if (!scan) continue;
    ctx.checkpoint();
    const bytes = pkg.bytesOf(scan.media);
    const kind = imageKind(bytes);
    // A picture format the OCR does not decode (JBIG2, BMP…) leaves the page as it was.
    if (!kind) continue;
    ctx.onOcrPage?.(i + 1, pages.length);
    let raster;
    try {
      raster = imagePages(bytes, kind).page(0);
    } catch {
      continue;
    }
    const { rect } = scan;
    const place = {
      scale: raster.width / Math.max(1, rect.x1 - rect.x0),
      dx: rect.x0,
      dy: rect.top,
    };
    const read = await ocr.page(raster, i + 1, place, {
      name: ctx.name,
      checkpoint: ctx.checkpoint,
    });
    Object.assign(pages[i]!.input, read);
  }
  return ocr;
};

/** Extracts an OFD package. Throws ExtractError with a Chinese message on every failure. */
export const extractOfd = async (
  bytes: Uint8Array,
  ctx: OfdContext,
): Promise<ExtractedDocument> => {
  try {
    const pkg = new OfdPackage(bytes, ctx.maxUnpackedBytes);
    const docs = readStructure(pkg);
    const all = docs.flatMap((d) => d.pages);
    if (all.length === 0) throw new OfdError('文档中没有页面');
    if (all.length > ctx.maxPages)
      throw new ExtractError(
        'TOO_MANY_PAGES',
        messages.ofdTooManyPages(ctx.name, all.length, ctx.maxPages),
      );
    const pages: ReadPage[] = [];
    const missing: number[] = [];
    for (const page of all) {
      ctx.checkpoint();
      const doc = docs[page.doc]!;
      try {
        pages.push(readOne(pkg, doc, page));
      } catch (error) {
        // One unreadable page is a note; a bomb or the time limit stops the reading.
        if (
          !(error instanceof OfdError) ||
          error.kind === 'too-large' ||
          error.kind === 'too-deep' ||
          error.kind === 'encrypted'
        )
          throw error;
        missing.push(page.number);
        pages.push(emptyPage(page.box[2] * MM, page.box[3] * MM));
      }
    }
    if (missing.length === all.length)
      throw new OfdError(`页面内容文件 ${all[0]!.content} 缺失或无法读取`);
    const ocr = await recognizeScans(pkg, pages, ctx);
    ctx.checkpoint();
    const assembled = assemblePages(pages.map((p) => p.input));
    // A page with a few words (a label, a stamp's date) is still a text layer; a scan has none.
    const problem = textLayerProblem(assembled);
    const scan = assembled.bodyChars === 0 || assembled.blankPages.length === pages.length;
    if (problem === 'no-text' && scan)
      throw new ExtractError('NO_TEXT_LAYER', messages.ofdNoText(ctx.name));
    if (problem === 'garbled')
      throw new ExtractError('NO_TEXT_LAYER', messages.ofdGarbled(ctx.name));
    const out = new TextBuilder();
    const toMm: Matrix = [1 / MM, 0, 0, 1 / MM, 0, 0];
    const locate = (n: number, b: [number, number, number, number]): SourceLocation => ({
      kind: 'ofd',
      page: n,
      box: mapBox(compose(toMm, pages[n - 1]!.toDisplay), b),
    });
    writePages(assembled.pages, out, locate);
    const notes: string[] = [];
    if (docs.length > 1) notes.push(messages.ofdDocuments(docs.length));
    if (missing.length > 0) notes.push(messages.ofdMissingPages(missing));
    if (assembled.blankPages.length > 0) notes.push(messages.scannedPages(assembled.blankPages));
    const [unreadable, puaPages] = pagesWith(pages, (p) => p.privateUse);
    if (unreadable > 0) notes.push(messages.ofdPrivateUse(unreadable, puaPages));
    const [aside, asidePages] = pagesWith(pages, (p) => p.setAside);
    if (aside > 0) notes.push(messages.ofdSetAside(aside, asidePages));
    const sealPages = docs.flatMap((d) =>
      d.seals.map((s) => d.pages.find((p) => p.id === s.pageId)?.number ?? 0),
    );
    if (sealPages.length > 0)
      notes.push(
        messages.ofdSeals(
          sealPages.length,
          [...new Set(sealPages.filter((n) => n > 0))].sort((a, b) => a - b),
        ),
      );
    const built = out.build('ofd', notes);
    // A picture that is no page of text (a photo) gives a few stray signs, not a report.
    if (ocr && fewHan(built.text))
      throw new ExtractError('NO_TEXT_LAYER', messages.ofdNoText(ctx.name));
    return ocr ? ocr.finish(built, { kind: 'ofd', perPoint: 1 / MM }) : built;
  } catch (error) {
    throw translate(error, ctx.name);
  }
};
