// The submitted OFD, returned with the findings as OFD annotations (GB/T 33190 §15): one
// Highlight annotation per note and page, its Remark the note, its appearance translucent boxes
// over the flagged text. Pages, templates, resources and signatures are left byte-for-byte as
// they were: only the annotation parts are written (and Document.xml when it named none).
import JSZip from 'jszip';
import type { Severity } from '../../shared/model/schema';
import { OfdError, OfdPackage, resolvePath } from '../extract/ofd/package';
import { readStructure, type OfdDocument, type OfdPage } from '../extract/ofd/structure';
import { at, attr, kids, textOf } from '../extract/ofd/xml';
import { planNotes, unplacedLine, type AnnotateOptions } from './annotations';
import { boxesByPage } from './locate';
import { mergeLineBoxes, type Box } from './pdf-geometry';
import type { ExportResult, ReportEntry } from './types';

export interface OfdAnnotateStats {
  notes: number;
  highlights: number;
  unplaced: number;
}

type Result = ExportResult<{ bytes: Uint8Array; stats: OfdAnnotateStats }>;

/** Fill colours (RGB) by severity, as the PDF highlights. */
const COLOURS: Record<Severity | 'comment', string> = {
  error: '255 140 140',
  warning: '255 217 51',
  info: '140 204 255',
  comment: '140 242 140',
};

const NS = 'http://www.ofdspec.org/2016';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** Limits for reading the original back (it was read once already under the same limits). */
const MAX_UNPACKED = 256 * 1024 * 1024;

const esc = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 has no place for most control characters.
    // eslint-disable-next-line no-control-regex -- exactly those are removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const num = (n: number): string => String(Math.round(n * 100) / 100);

interface Annot {
  type: 'Highlight' | 'Stamp';
  text: string;
  author: string;
  colour: string;
  boxes: Box[];
}

const dateOf = (d: Date): string => d.toISOString().slice(0, 10);

/** One Annot element: its appearance spans the boxes, each a translucent filled rectangle. */
const annotXml = (a: Annot, id: () => number, date: Date): string => {
  const x0 = Math.min(...a.boxes.map((b) => b[0]));
  const y0 = Math.min(...a.boxes.map((b) => b[1]));
  const x1 = Math.max(...a.boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...a.boxes.map((b) => b[1] + b[3]));
  const paths = a.boxes
    .map(([x, y, w, h]) => {
      const bx = x - x0;
      const by = y - y0;
      return `<ofd:PathObject ID="${id()}" Boundary="${num(bx)} ${num(by)} ${num(w)} ${num(h)}" Stroke="false" Fill="true" Alpha="96"><ofd:FillColor Value="${a.colour}" Alpha="96"/><ofd:AbbreviatedData>M 0 0 L ${num(w)} 0 L ${num(w)} ${num(h)} L 0 ${num(h)} C</ofd:AbbreviatedData></ofd:PathObject>`;
    })
    .join('');
  return `<ofd:Annot ID="${id()}" Type="${a.type}" Creator="${esc(a.author)}" LastModDate="${dateOf(date)}" Subtype="nianbao.review" Print="true"><ofd:Remark>${esc(a.text)}</ofd:Remark><ofd:Appearance Boundary="${num(x0)} ${num(y0)} ${num(x1 - x0)} ${num(y1 - y0)}">${paths}</ofd:Appearance></ofd:Annot>`;
};

/** The root element's prefix ("ofd:" or ""), so inserted elements match the part's own. */
const prefixOf = (xml: string, local: string): string =>
  new RegExp(`<([\\w.-]+:)?${local}[\\s>]`).exec(xml)?.[1] ?? '';

/** Inserts `content` before the closing tag of the root element `local`. */
const beforeClose = (xml: string, local: string, content: string): string => {
  const m = new RegExp(`</([\\w.-]+:)?${local}>\\s*$`).exec(xml);
  if (!m) throw new OfdError(`${local} 结构无效`);
  return xml.slice(0, m.index) + content + xml.slice(m.index);
};

/** Elements that follow Annotations in a Document (GB/T 33190 CT_Document order). */
const AFTER_ANNOTATIONS = ['Attachments', 'CustomTags', 'Extensions'];

class Writer {
  private readonly changed = new Map<string, string>();

  constructor(
    private readonly zip: JSZip,
    private readonly pkg: OfdPackage,
  ) {}

  private async read(path: string): Promise<string> {
    const mine = this.changed.get(path);
    if (mine !== undefined) return mine;
    return new TextDecoder().decode(this.pkg.bytesOf(path));
  }

  /** Adds the annots of one page of one document. */
  async addPage(doc: OfdDocument, page: OfdPage, annots: string): Promise<void> {
    const list = doc.annotations && this.pkg.has(doc.annotations) ? doc.annotations : null;
    const listPath = list ?? resolvePath(doc.path, 'Annots/Annotations.xml');
    if (!list && !this.changed.has(listPath)) {
      this.changed.set(listPath, `${DECL}<ofd:Annotations xmlns:ofd="${NS}"></ofd:Annotations>`);
      await this.nameAnnotations(doc, listPath);
    }
    const listXml = await this.read(listPath);
    const prefix = prefixOf(listXml, 'Annotations');
    // The page's existing annotation file, when the list names one that exists.
    const existing = kids(
      this.pkg.has(listPath) && list ? this.pkg.xml(listPath) : undefined,
      'Page',
    )
      .filter((p) => attr(p, 'PageID') === page.id)
      .map((p) => resolvePath(listPath, textOf(at(p, 'FileLoc')).trim()))
      .find((p) => this.pkg.has(p) || this.changed.has(p));
    if (existing) {
      const xml = await this.read(existing);
      const own = prefixOf(xml, 'PageAnnot');
      this.changed.set(
        existing,
        beforeClose(
          xml,
          'PageAnnot',
          own === 'ofd:' ? annots : annots.replace(/(<\/?)ofd:/g, `$1${own}`),
        ),
      );
      return;
    }
    const file = `Page_${page.number}/NianbaoAnnotation.xml`;
    const filePath = resolvePath(listPath, file);
    this.changed.set(filePath, `${DECL}<ofd:PageAnnot xmlns:ofd="${NS}">${annots}</ofd:PageAnnot>`);
    this.changed.set(
      listPath,
      beforeClose(
        listXml,
        'Annotations',
        `<${prefix}Page PageID="${page.id}"><${prefix}FileLoc>${file}</${prefix}FileLoc></${prefix}Page>`,
      ),
    );
  }

  /** Names a new Annotations.xml in Document.xml, in the place the schema gives it. */
  private async nameAnnotations(doc: OfdDocument, listPath: string): Promise<void> {
    const xml = await this.read(doc.path);
    const prefix = prefixOf(xml, 'Document');
    const ref = listPath.slice(doc.path.lastIndexOf('/') + 1);
    const element = `<${prefix}Annotations>${ref}</${prefix}Annotations>`;
    const next = AFTER_ANNOTATIONS.map((n) => xml.indexOf(`<${prefix}${n}`)).filter((i) => i >= 0);
    const updated =
      next.length > 0
        ? xml.slice(0, Math.min(...next)) + element + xml.slice(Math.min(...next))
        : beforeClose(xml, 'Document', element);
    this.changed.set(doc.path, updated);
  }

  /** Raises MaxUnitID past the IDs given to the new objects. */
  async raiseMaxId(doc: OfdDocument, last: number): Promise<void> {
    const xml = await this.read(doc.path);
    this.changed.set(
      doc.path,
      xml.replace(/(<(?:[\w.-]+:)?MaxUnitID>)\s*\d+\s*(<)/, `$1${last}$2`),
    );
  }

  /** Writes every changed part under the name the archive already uses for it. */
  finish(): void {
    for (const [path, xml] of this.changed) this.zip.file(this.pkg.storedName(path) ?? path, xml);
  }
}

const loadError = (entry: ReportEntry, error: unknown): Result => ({
  ok: false,
  error: {
    code: 'CORRUPT_FILE',
    message: `「${entry.fileName}」不是有效的 OFD 文件（${error instanceof Error ? error.message : String(error)}），无法添加标注。`,
  },
});

/**
 * Adds the entry's findings and remarks to the original OFD as annotations. Never throws: an
 * unreadable package gives an error with a Chinese message.
 */
export const annotateOfd = async (
  bytes: Uint8Array,
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<Result> => {
  let pkg: OfdPackage;
  let docs: OfdDocument[];
  let zip: JSZip;
  try {
    pkg = new OfdPackage(bytes, MAX_UNPACKED);
    docs = readStructure(pkg);
    if (docs.every((d) => d.pages.length === 0)) throw new Error('没有页面');
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return loadError(entry, error);
  }
  try {
    const pages = docs.flatMap((d) => d.pages);
    const date = options.date ?? new Date();
    const stats: OfdAnnotateStats = { notes: 0, highlights: 0, unplaced: 0 };
    const byPage = new Map<number, Annot[]>();
    const add = (page: number, a: Annot): void => {
      byPage.set(page, [...(byPage.get(page) ?? []), a]);
    };
    planNotes(entry, options).forEach((note) => {
      stats.notes++;
      const colour = COLOURS[note.severity ?? 'comment'];
      const text = note.lines.join('\n');
      let placed = false;
      for (const [n, boxes] of boxesByPage(entry, note.spans, 'ofd')) {
        if (!pages[n - 1]) continue;
        add(n, {
          type: 'Highlight',
          text,
          author: note.author,
          colour,
          boxes: mergeLineBoxes(boxes),
        });
        stats.highlights++;
        placed = true;
      }
      if (placed) return;
      // No place in the OFD: a mark at the top left of the first page, stacked downwards.
      const y = 8 + (stats.unplaced % 30) * 8;
      add(1, {
        type: 'Stamp',
        text: [...note.lines, unplacedLine(entry, note)].join('\n'),
        author: note.author,
        colour,
        boxes: [[4, y, 6, 6]],
      });
      stats.unplaced++;
    });
    if (stats.notes === 0) return { ok: true, value: { bytes, stats } };
    const writer = new Writer(zip, pkg);
    const nextId = new Map<number, number>();
    for (const [n, annots] of [...byPage].sort((a, b) => a[0] - b[0])) {
      const page = pages[n - 1]!;
      const doc = docs[page.doc]!;
      const max = Number(textOf(at(doc.root, 'CommonData', 'MaxUnitID')).trim()) || 100_000;
      let id = nextId.get(page.doc) ?? max;
      const next = (): number => ++id;
      await writer.addPage(doc, page, annots.map((a) => annotXml(a, next, date)).join(''));
      nextId.set(page.doc, id);
    }
    for (const [d, last] of nextId) await writer.raiseMaxId(docs[d]!, last);
    writer.finish();
    const out = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    return { ok: true, value: { bytes: out, stats } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'WRITE_FAILED', message: `为「${entry.fileName}」添加标注时出错：${detail}` },
    };
  }
};
