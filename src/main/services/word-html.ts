// A Word document as safe HTML for the 原文 view: mammoth's conversion, reduced to a short list of
// tags (no scripts, links or images), with each paragraph and table cell tagged so the findings'
// source segments (paragraph index, table/row/cell) can be found in it.
import mammoth from 'mammoth';
import type { SourceSegment } from '../../shared/model/source';

/** Tags kept as they are; any other tag is dropped (its text stays). */
const KEPT = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li table thead tbody tr td th strong em u s sup sub br'.split(' '),
);
/** Elements that are one body paragraph of the extractor (outside tables). */
const PARAGRAPHS = new Set('p h1 h2 h3 h4 h5 h6 li'.split(' '));
const VOID = new Set(['br', 'img']);

export interface WordHtml {
  /** Sanitized HTML; marked elements carry `data-anchor` ("p3", "t1r4g2"). */
  html: string;
  /** One anchor per segment ('' when the segment has no element in the HTML). */
  anchors: string[];
}

const span = (attrs: string, name: string): number | null => {
  const m = new RegExp(`\\b${name}="(\\d{1,3})"`).exec(attrs);
  const n = m ? Number(m[1]) : NaN;
  return n > 1 ? n : null;
};

/**
 * Keeps only the allowed tags of mammoth's HTML and tags paragraphs ("p{index}", body paragraphs
 * in document order, tables excluded) and top-level table cells ("t{table}r{row}g{grid column}",
 * columns counted through rowspan/colspan as the extractor's tab fields are).
 */
export const sanitizeWordHtml = (input: string): string => {
  const out: string[] = [];
  let paragraph = 0;
  let table = -1;
  let depth = 0; // table nesting
  let row = -1;
  let col = 0;
  let occupied = new Map<number, Set<number>>();
  let skipping = 0; // inside a dropped element whose content must go too
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)|</g;
  for (const m of input.matchAll(tag)) {
    const [, close, rawName, attrs = '', text] = m;
    if (text !== undefined || rawName === undefined) {
      if (skipping === 0) out.push(text ?? '&lt;');
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'script' || name === 'style') {
      skipping += close ? -1 : 1;
      skipping = Math.max(0, skipping);
      continue;
    }
    if (skipping > 0 || !KEPT.has(name)) continue;
    if (close) {
      if (VOID.has(name)) continue;
      if (name === 'table') depth--;
      out.push(`</${name}>`);
      continue;
    }
    let extra = '';
    if (name === 'table') {
      depth++;
      if (depth === 1) {
        table++;
        row = -1;
        occupied = new Map();
      }
    } else if (name === 'tr' && depth === 1) {
      row++;
      col = 0;
    } else if ((name === 'td' || name === 'th') && depth === 1) {
      const taken = occupied.get(row) ?? new Set<number>();
      while (taken.has(col)) col++;
      const cs = span(attrs, 'colspan');
      const rs = span(attrs, 'rowspan');
      for (let r = row; r < row + (rs ?? 1); r++) {
        const set = occupied.get(r) ?? new Set<number>();
        for (let c = col; c < col + (cs ?? 1); c++) set.add(c);
        occupied.set(r, set);
      }
      extra = ` data-anchor="t${table}r${row}g${col}"`;
      if (cs) extra += ` colspan="${cs}"`;
      if (rs) extra += ` rowspan="${rs}"`;
      col += cs ?? 1;
    } else if (PARAGRAPHS.has(name) && depth === 0) {
      extra = ` data-anchor="p${paragraph++}"`;
    }
    out.push(`<${name}${extra}>`);
  }
  return out.join('');
};

/** The anchor of each segment: paragraphs by index, cells by the tab field they sit in. */
export const segmentAnchors = (raw: string, segments: readonly SourceSegment[]): string[] =>
  segments.map(({ start, loc }) => {
    if (loc.kind === 'paragraph') return `p${loc.index}`;
    if (loc.kind !== 'cell') return '';
    const lineStart = raw.lastIndexOf('\n', start - 1) + 1;
    const field = raw.slice(lineStart, start).split('\t').length - 1;
    return `t${loc.table}r${loc.row}g${field}`;
  });

/** Converts a .docx to sanitized HTML and anchors its segments (absent anchors become ''). */
export const wordToHtml = async (
  bytes: Uint8Array,
  raw: string,
  segments: readonly SourceSegment[],
): Promise<WordHtml> => {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      // Empty paragraphs count in the extractor's paragraph index, so they must stay.
      ignoreEmptyParagraphs: false,
      // No image leaves main: it would be a data: URL the page's CSP refuses anyway.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return anchoredHtml(value, raw, segments);
};

/** Sanitizes HTML (mammoth's, or a saved page's) and anchors the segments that are in it. */
export const anchoredHtml = (
  unsafe: string,
  raw: string,
  segments: readonly SourceSegment[],
): WordHtml => {
  const html = sanitizeWordHtml(unsafe);
  const present = new Set(Array.from(html.matchAll(/data-anchor="([^"]+)"/g), (m) => m[1]));
  return { html, anchors: segmentAnchors(raw, segments).map((a) => (present.has(a) ? a : '')) };
};
