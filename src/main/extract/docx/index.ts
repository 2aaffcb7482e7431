// Reads a .docx: unpacks its XML parts within a size budget, then writes paragraphs and tables.
import type { ExtractedDocument } from '../../../shared/model/source';
import { ExtractError, messages } from '../errors';
import { TextBuilder } from '../text-builder';
import { BodyLimitError, BodyWriter } from './body';
import { Numbering, readStyles } from './numbering';
import { parseXmlBytes, path, elements, XmlError, type XmlElement, type XmlLimits } from './xml';
import { readZipDirectory, unpackEntry, ZipError, type ZipEntry } from './zip';

export interface DocxContext {
  name: string;
  maxUnpackedBytes: number;
  /** Elements and nesting of one XML part. */
  xml: XmlLimits;
  maxParagraphs: number;
  maxCells: number;
  /** Throws when the time is up; called between steps and blocks. */
  checkpoint: () => void;
}

/** The parts of the package, unpacked on demand against one budget for the whole file. */
class Package {
  private used = 0;
  private readonly byName: Map<string, ZipEntry>;

  constructor(
    private readonly bytes: Uint8Array,
    entries: ZipEntry[],
    private readonly budget: number,
    private readonly limits: XmlLimits,
  ) {
    this.byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The part parsed as XML, or undefined when the package does not have it. */
  xml(name: string): XmlElement | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const data = unpackEntry(this.bytes, entry, this.budget - this.used);
    this.used += data.length;
    return parseXmlBytes(data, this.limits);
  }

  /** Targets of a relationships part, by relationship type (last path segment of the type). */
  relationships(name: string): Map<string, string> {
    const out = new Map<string, string>();
    const rels = this.xml(name);
    for (const r of rels ? elements(rels) : []) {
      const type = (r.attrs['Type'] ?? '').split('/').pop() ?? '';
      const target = r.attrs['Target'];
      if (target && r.attrs['TargetMode'] !== 'External' && !out.has(type)) out.set(type, target);
    }
    return out;
  }
}

/** Resolves a relationship target against the folder of the part that names it. */
const resolvePart = (base: string, target: string): string => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
};

/** True when the zip holds a Word document (used by the format sniffing). */
export const isWordPackage = (entries: ZipEntry[]): boolean =>
  entries.some((e) => /^\/?word\/document\d*\.xml$/i.test(e.name)) ||
  (entries.some((e) => e.name === '[Content_Types].xml') &&
    entries.some((e) => /^\/?word\//.test(e.name)));

/** Extracts a .docx. Throws ExtractError with a Chinese message on every failure. */
export const extractDocx = (bytes: Uint8Array, ctx: DocxContext): ExtractedDocument => {
  try {
    const pkg = new Package(bytes, readZipDirectory(bytes), ctx.maxUnpackedBytes, ctx.xml);
    const main = resolvePart(
      '',
      pkg.relationships('_rels/.rels').get('officeDocument') ?? 'word/document.xml',
    );
    const relsName = main.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = pkg.has(relsName) ? pkg.relationships(relsName) : new Map<string, string>();
    const part = (type: string, fallback: string): XmlElement | undefined =>
      pkg.xml(resolvePart(main, rels.get(type) ?? fallback));
    const document = pkg.xml(main);
    const body = path(document, 'w:body');
    if (!body)
      throw new ExtractError('CORRUPT_FILE', messages.corruptDocx(ctx.name, '没有正文部分'));
    ctx.checkpoint();
    const numbering = new Numbering(
      part('numbering', 'numbering.xml'),
      readStyles(part('styles', 'styles.xml')),
    );
    const out = new TextBuilder();
    const writer = new BodyWriter(out, numbering, ctx.checkpoint, {
      maxParagraphs: ctx.maxParagraphs,
      maxCells: ctx.maxCells,
    });
    writer.blocks(body);
    if (!out.hasText()) {
      if (writer.stats.images > 0)
        throw new ExtractError('NO_TEXT_LAYER', messages.onlyPictures(ctx.name));
      throw new ExtractError('EMPTY_FILE', messages.noContent(ctx.name));
    }
    const notes: string[] = [];
    if (writer.stats.altChunks > 0) notes.push(messages.altChunkNote(writer.stats.altChunks));
    return out.build('docx', notes);
  } catch (error) {
    if (error instanceof ZipError) {
      if (error.kind === 'too-large')
        throw new ExtractError(
          'ARCHIVE_TOO_LARGE',
          messages.unpackedTooLarge(ctx.name, ctx.maxUnpackedBytes),
        );
      if (error.kind === 'encrypted')
        throw new ExtractError('ENCRYPTED', messages.encryptedOffice(ctx.name));
      throw new ExtractError('CORRUPT_FILE', messages.corruptDocx(ctx.name, error.message));
    }
    if (error instanceof XmlError && error.limit?.kind === 'elements')
      throw new ExtractError(
        'TOO_MANY_ELEMENTS',
        messages.tooManyElements(ctx.name, error.limit.max),
      );
    if (error instanceof XmlError && error.limit?.kind === 'depth')
      throw new ExtractError(
        'NESTING_TOO_DEEP',
        messages.xmlNestingTooDeep(ctx.name, error.limit.max),
      );
    if (error instanceof BodyLimitError)
      throw new ExtractError(
        error.kind === 'paragraphs' ? 'TOO_MANY_PARAGRAPHS' : 'TOO_MANY_CELLS',
        error.kind === 'paragraphs'
          ? messages.tooManyParagraphs(ctx.name, error.max)
          : messages.tooManyCells(ctx.name, error.max),
      );
    if (error instanceof XmlError)
      throw new ExtractError(
        'CORRUPT_FILE',
        messages.corruptDocx(ctx.name, `内容格式错误：${error.message}`),
      );
    throw error;
  }
};
