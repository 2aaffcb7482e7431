// Places a span of report.text in a Word document: normalized → raw → segment → paragraph or
// cell → characters, checked against the text actually there; a whole paragraph when unsure.
import type { Span } from '../../shared/model/schema';
import type { SourceSegment } from '../../shared/model/source';
import { boundaryAfter, boundaryBefore, paragraphBounds, type Boundary } from './docx-edits';
import { cellText, type BodyMap, type CellInfo, type ParagraphInfo } from './docx-xml';
import { locateSpan, type SegmentPiece } from './locate';
import type { ReportEntry } from './types';

/** A placed range: exact (on the flagged characters) or the whole paragraph / cell holding it. */
export interface Anchor {
  start: Boundary;
  end: Boundary;
  exact: boolean;
  /** The element the range starts in, to tell anchors of one finding apart. */
  key: string;
}

/** An element of the document that a segment names: a body paragraph or a table cell. */
interface Element {
  key: string;
  paragraphs: ParagraphInfo[];
  text: string;
}

/** Non-whitespace characters with their indexes, so texts compare despite spacing. */
const compact = (text: string): { chars: string; index: number[] } => {
  let chars = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) {
      chars += text[i];
      index.push(i);
    }
  }
  return { chars, index };
};

const paragraphElement = (p: ParagraphInfo, i: number): Element => ({
  key: `p${i}`,
  paragraphs: [p],
  text: p.text,
});
const cellElement = (c: CellInfo): Element => ({
  key: `c${c.table}.${c.row}.${c.cell}`,
  paragraphs: c.paragraphs,
  text: cellText(c),
});

/** The elements a segment may name, the named one first, then the nearest ones. */
const candidates = (body: BodyMap, loc: SourceSegment['loc']): Element[] => {
  if (loc.kind === 'paragraph') {
    const near = body.paragraphs.map((p, i) => ({ p, i }));
    near.sort((a, b) => Math.abs(a.i - loc.index) - Math.abs(b.i - loc.index));
    return near.map(({ p, i }) => paragraphElement(p, i));
  }
  if (loc.kind === 'cell') {
    // Same row first (merged cells shift indexes), then the same table, then any table.
    const score = (c: CellInfo): number =>
      (c.table === loc.table ? 0 : 1e6) +
      (c.row === loc.row ? 0 : 1e3 * (1 + Math.abs(c.row - loc.row))) +
      Math.abs(c.cell - loc.cell);
    return [...body.cells].sort((a, b) => score(a) - score(b)).map(cellElement);
  }
  return [];
};

/**
 * Where a segment's text starts in an element's text, in compact characters: inside it, or
 * before it by the length of a prefix the element does not hold (an automatic numbering label
 * such as "一、", which the extractor writes but the XML has no text for). Null: no match.
 */
const baseIn = (segChars: string, elChars: string): number | null => {
  const inside = elChars.indexOf(segChars);
  if (inside >= 0) return inside;
  const labelled = elChars.length >= Math.max(1, segChars.length / 2) && segChars.endsWith(elChars);
  return labelled ? elChars.length - segChars.length : null;
};

/** The element holding a segment's text (checked when the raw text is known). */
const resolve = (body: BodyMap, segment: SourceSegment, segText: string | null): Element | null => {
  const list = candidates(body, segment.loc);
  if (segText === null) return list[0] ?? null;
  const wanted = compact(segText).chars;
  if (wanted === '') return list[0] ?? null;
  const texts = list.map((e) => compact(e.text).chars);
  const inside = texts.findIndex((t) => t.includes(wanted));
  const found = inside >= 0 ? inside : texts.findIndex((t) => baseIn(wanted, t) !== null);
  return list[found] ?? null;
};

/** Element-text offsets of the flagged part of a segment, or null when it cannot be told. */
const placeIn = (element: Element, piece: SegmentPiece, segText: string | null): Span | null => {
  if (segText === null) {
    // No raw text: trust that the segment is the element's text, offset for offset.
    const to = Math.min(piece.to, element.text.length);
    return piece.from < to ? [piece.from, to] : null;
  }
  const seg = compact(segText);
  const el = compact(element.text);
  const base = baseIn(seg.chars, el.chars);
  if (base === null) return null;
  const first = seg.index.findIndex((i) => i >= piece.from);
  let last = -1;
  for (let k = seg.index.length - 1; k >= 0; k--) {
    if (seg.index[k]! < piece.to) {
      last = k;
      break;
    }
  }
  if (first < 0 || last < first || base + last < 0) return null;
  return [el.index[Math.max(0, base + first)]!, el.index[base + last]! + 1];
};

/** Element text offset → paragraph and offset in it (cell paragraphs are joined by "\n"). */
const inParagraph = (element: Element, offset: number): { para: ParagraphInfo; index: number } => {
  let rest = offset;
  for (const para of element.paragraphs) {
    if (rest <= para.text.length) return { para, index: rest };
    rest -= para.text.length + 1;
  }
  const last = element.paragraphs[element.paragraphs.length - 1]!;
  return { para: last, index: last.text.length };
};

const wholeElement = (element: Element): Anchor | null => {
  const open = element.paragraphs.filter((p) => p.contentStart >= 0);
  const first = open[0];
  const last = open[open.length - 1];
  if (!first || !last) return null;
  const start = paragraphBounds(first)[0];
  return { start, end: paragraphBounds(last)[1], exact: false, key: element.key };
};

/**
 * Anchors one span. Pieces in several elements give one range from the first to the last;
 * null when no segment of the span names a paragraph or cell of this document.
 */
export const anchorSpan = (entry: ReportEntry, body: BodyMap, span: Span): Anchor | null => {
  const pieces = locateSpan(entry, span).filter(
    (p) => p.segment.loc.kind === 'paragraph' || p.segment.loc.kind === 'cell',
  );
  const placed = pieces.flatMap((piece) => {
    const segText = entry.rawText?.slice(piece.segment.start, piece.segment.end) ?? null;
    const element = resolve(body, piece.segment, segText);
    return element ? [{ element, range: placeIn(element, piece, segText) }] : [];
  });
  const head = placed[0];
  const tail = placed[placed.length - 1];
  if (!head || !tail) return null;
  if (!head.range || !tail.range) {
    const whole = wholeElement(head.element);
    const end = wholeElement(tail.element);
    return whole && end ? { ...whole, end: end.end } : null;
  }
  const from = inParagraph(head.element, head.range[0]);
  const to = inParagraph(tail.element, tail.range[1] - 1);
  return {
    start: boundaryBefore(from.para, from.index),
    end: boundaryAfter(to.para, to.index),
    exact: true,
    key: head.element.key,
  };
};

/** The first body paragraph with text (the title), for remarks that concern the whole report. */
export const documentAnchor = (body: BodyMap): Anchor | null => {
  const index = body.paragraphs.findIndex((p) => p.text.trim() !== '');
  const para = body.paragraphs[index] ?? body.paragraphs.find((p) => p.contentStart >= 0);
  if (!para) return null;
  const [start, end] = paragraphBounds(para);
  return { start, end, exact: false, key: `p${Math.max(index, 0)}` };
};
