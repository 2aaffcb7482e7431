// Reads an OFD (GB/T 33190) package: every page of every document, with its template pages,
// into pieces of text and ruling lines, then through the same layout as a PDF (lines, ruled
// and borderless tables, page furniture, tables continued over a page break).
import type { ExtractedDocument, SourceLocation } from '../../../shared/model/source';
import { ExtractError, messages } from '../errors';
import { assemblePages, textLayerProblem, writePages, type PageInput } from '../pdf/assemble';
import { compose, mapBox, type Matrix } from '../pdf/geometry';
import { TextBuilder } from '../text-builder';
import { MM } from './content';
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
}

/** True for a ZIP directory listing that holds an OFD entry part. */
export const isOfdPackage = (names: readonly string[]): boolean =>
  names.some((n) => n.replace(/^\/+/, '').toLowerCase() === 'ofd.xml');

interface ReadPage {
  input: PageInput;
  toDisplay: Matrix;
  setAside: number;
  privateUse: number;
}

const emptyPage = (w: number, h: number): ReadPage => ({
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
  if (error instanceof OfdError && error.kind === 'too-large')
    return new ExtractError(
      error.message.includes('图形对象') ? 'FILE_TOO_LARGE' : 'ARCHIVE_TOO_LARGE',
      messages.ofdTooLarge(name, error.message),
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new ExtractError('CORRUPT_FILE', messages.corruptOfd(name, detail.slice(0, 120)));
};

/** Extracts an OFD package. Throws ExtractError with a Chinese message on every failure. */
export const extractOfd = (bytes: Uint8Array, ctx: OfdContext): ExtractedDocument => {
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
          error.kind === 'encrypted'
        )
          throw error;
        missing.push(page.number);
        pages.push(emptyPage(page.box[2] * MM, page.box[3] * MM));
      }
    }
    if (missing.length === all.length)
      throw new OfdError(`页面内容文件 ${all[0]!.content} 缺失或无法读取`);
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
    return out.build('ofd', notes);
  } catch (error) {
    throw translate(error, ctx.name);
  }
};
