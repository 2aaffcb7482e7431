// Walks the body of a Word document in reading order and writes the parser's text: one line
// per paragraph, one line per table row with the cells separated by tabs.
import { IMAGE_LINE, TableSections } from '../table-sections';
import type { TextBuilder } from '../text-builder';
import { inlineText, type InlineOptions } from './inline';
import type { Numbering } from './numbering';
import { layoutTable } from './table';
import { child, elements, type XmlElement } from './xml';

const BODY_INLINE: InlineOptions = { tab: '\t', lineBreak: '\n' };
/** Inside a cell, tabs and breaks must not split the row: both become a space. */
const CELL_INLINE: InlineOptions = { tab: ' ', lineBreak: ' ' };

export interface BodyStats {
  paragraphs: number;
  tables: number;
  images: number;
  /** Content Word imports from another file at open time (w:altChunk): not readable here. */
  altChunks: number;
}

/** Most paragraphs and table cells a document may have: a report has a few thousand. */
export interface BodyLimits {
  maxParagraphs: number;
  maxCells: number;
}

/** Thrown when the document has more paragraphs or cells than `BodyLimits` allow. */
export class BodyLimitError extends Error {
  constructor(
    readonly kind: 'paragraphs' | 'cells',
    readonly max: number,
  ) {
    super(kind === 'paragraphs' ? '段落过多' : '单元格过多');
  }
}

/** Writes the body's blocks into the builder. */
export class BodyWriter {
  readonly stats: BodyStats = { paragraphs: 0, tables: 0, images: 0, altChunks: 0 };
  private readonly sections = new TableSections();
  /** Paragraphs and cells seen anywhere (in cells and text boxes too), against the limits. */
  private seen = { paragraphs: 0, cells: 0 };

  constructor(
    private readonly out: TextBuilder,
    private readonly numbering: Numbering,
    /** Called between blocks, so a deadline can stop a huge document. */
    private readonly checkpoint: () => void,
    private readonly limits: BodyLimits = { maxParagraphs: Infinity, maxCells: Infinity },
  ) {}

  private count(kind: 'paragraphs' | 'cells', n = 1): void {
    this.seen[kind] += n;
    const max = kind === 'paragraphs' ? this.limits.maxParagraphs : this.limits.maxCells;
    if (this.seen[kind] > max) throw new BodyLimitError(kind, max);
  }

  /** Writes a container of blocks (the body, a text box, a content control). */
  blocks(container: XmlElement): void {
    for (const el of elements(container)) {
      switch (el.name) {
        case 'w:p':
          this.paragraph(el);
          break;
        case 'w:tbl':
          this.table(el);
          break;
        case 'w:sdt':
          this.blocks(child(el, 'w:sdtContent') ?? el);
          break;
        case 'w:customXml':
        case 'w:sdtContent':
          this.blocks(el);
          break;
        case 'w:altChunk':
          this.stats.altChunks++;
          break;
        default:
          break; // section properties, bookmarks, proofing marks: nothing to read
      }
      this.checkpoint();
    }
  }

  private paragraph(p: XmlElement): void {
    this.count('paragraphs');
    const index = this.stats.paragraphs++;
    const label = this.numbering.label(child(p, 'w:pPr'));
    const inline = inlineText(p, BODY_INLINE);
    const text = label + inline.text;
    this.out.line([{ text, loc: { kind: 'paragraph', index } }]);
    this.sections.observe(text);
    this.stats.images += inline.images;
    if (inline.images > 0 && this.sections.active) {
      for (let i = 0; i < inline.images; i++)
        this.out.line([{ text: IMAGE_LINE, loc: { kind: 'paragraph', index } }]);
    }
    for (const box of inline.boxes) this.blocks(box);
  }

  private table(tbl: XmlElement): void {
    const table = this.stats.tables++;
    this.out.gridRows(
      layoutTable(tbl).map((fields, row) => {
        this.count('cells', fields.length);
        return fields.map((f) => {
          if (!f) return { text: '' };
          const text = this.cellText(f.tc);
          return text ? { text, loc: { kind: 'cell', table, row, cell: f.cell } } : { text: '' };
        });
      }),
    );
  }

  /** A cell's paragraphs (and nested tables, text boxes) joined with a space. */
  private cellText(container: XmlElement): string {
    const parts: string[] = [];
    for (const el of elements(container)) {
      if (el.name === 'w:p') {
        this.count('paragraphs');
        const inline = inlineText(el, CELL_INLINE);
        parts.push(this.numbering.label(child(el, 'w:pPr')) + inline.text);
        this.stats.images += inline.images;
        if (inline.images > 0 && this.sections.active) parts.push(IMAGE_LINE);
        for (const box of inline.boxes) parts.push(this.cellText(box));
      } else if (el.name === 'w:tbl') {
        for (const fields of layoutTable(el)) {
          this.count('cells', fields.length);
          for (const f of fields) if (f) parts.push(this.cellText(f.tc));
        }
      } else if (el.name === 'w:sdt') {
        parts.push(this.cellText(child(el, 'w:sdtContent') ?? el));
      } else if (el.name === 'w:customXml' || el.name === 'w:sdtContent') {
        parts.push(this.cellText(el));
      }
    }
    return parts
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .join(' ');
  }
}
