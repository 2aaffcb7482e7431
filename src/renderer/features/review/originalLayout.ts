// Where the marks of the text view fall on the original: PDF and OFD boxes (page + box in the
// page's units) and Word anchors, through the normalization's origin map and the extractor's
// source segments.
import type { ReviewFinding } from '../../../shared/ipc/review';
import type { SourceSegment } from '../../../shared/model/source';
import type { ParsedDocument } from '../../../shared/parser';
import { toRawRange, type NormalizedText } from '../../../shared/text/normalize';
import { flaggedCells, type Mark, type MarkKind } from './reviewModel';

/** The part of one segment a range covers, as fractions of the segment's printed width. */
export interface Piece {
  segment: number;
  from: number;
  to: number;
}

/**
 * A mark's box on a PDF or OFD page: page 1-based, x/y/w/h from the top left in the page's own
 * units (PDF user units, OFD millimetres).
 */
export interface PdfMarkBox {
  key: string;
  kind: MarkKind;
  page: number;
  box: [number, number, number, number];
}

/** A mark on an element of the Word HTML (its `data-anchor`). */
export interface WordMark {
  key: string;
  kind: MarkKind;
  anchor: string;
}

/** Printed width of a character in ems: ASCII (digits, Latin) is about half a CJK character. */
const width = (ch: string): number => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);

const widthOf = (raw: string, from: number, to: number): number => {
  let w = 0;
  for (let i = from; i < to; i++) w += width(raw[i] ?? '');
  return w;
};

/** First segment index whose end lies after `offset` (segments sorted by start). */
const firstAfter = (segments: readonly SourceSegment[], offset: number): number => {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The segments a range [start, end) of report.text covers, each with the covered part. */
export const piecesOf = (
  norm: NormalizedText,
  raw: string,
  segments: readonly SourceSegment[],
  start: number,
  end: number,
): Piece[] => {
  const [rs, re] = toRawRange(norm, start, end);
  const rEnd = Math.max(re, rs + 1);
  const out: Piece[] = [];
  for (let i = firstAfter(segments, rs); i < segments.length; i++) {
    const s = segments[i]!;
    if (s.start >= rEnd) break;
    const total = widthOf(raw, s.start, s.end);
    if (total <= 0) {
      out.push({ segment: i, from: 0, to: 1 });
      continue;
    }
    const a = Math.max(rs, s.start);
    const b = Math.min(rEnd, s.end);
    const from = widthOf(raw, s.start, a) / total;
    out.push({ segment: i, from, to: Math.max(from, widthOf(raw, s.start, b) / total) });
  }
  return out;
};

/**
 * Boxes of the marks on the pages of a PDF (or, with `on` 'ofd', of an OFD); a part of a line
 * is cut out of the line's box.
 */
export const pdfMarkBoxes = (
  marks: readonly Mark[],
  norm: NormalizedText,
  raw: string,
  segments: readonly SourceSegment[],
  on: 'pdf' | 'ofd' = 'pdf',
): PdfMarkBox[] =>
  marks.flatMap((m) =>
    piecesOf(norm, raw, segments, m.start, m.end).flatMap(({ segment, from, to }) => {
      const loc = segments[segment]!.loc;
      if (loc.kind !== on) return [];
      const [x, y, w, h] = loc.box;
      // At least a character's width, so a one-digit mark stays visible and clickable.
      const cut = Math.max(w * (to - from), Math.min(w, h * 0.6));
      const left = Math.min(x + w * from, x + w - cut);
      return [{ key: m.key, kind: m.kind, page: loc.page, box: [left, y, cut, h] }];
    }),
  );

/** The Word elements each mark covers (one entry per mark and element). */
export const wordMarks = (
  marks: readonly Mark[],
  norm: NormalizedText,
  raw: string,
  segments: readonly SourceSegment[],
  anchors: readonly string[],
): WordMark[] => {
  const seen = new Set<string>();
  const out: WordMark[] = [];
  for (const m of marks) {
    for (const { segment } of piecesOf(norm, raw, segments, m.start, m.end)) {
      const anchor = anchors[segment] ?? '';
      const id = `${m.key}\0${anchor}`;
      if (anchor === '' || seen.has(id)) continue;
      seen.add(id);
      out.push({ key: m.key, kind: m.kind, anchor });
    }
  }
  return out;
};

/**
 * Marks for findings that name cells but quote no text (the text view has nothing to paint for
 * them): the printed figures of their cells, so the 原文 still shows where they are.
 */
export const cellOnlyMarks = (
  findings: readonly ReviewFinding[],
  doc: ParsedDocument,
  activeIndex: number | null,
): Mark[] =>
  findings.flatMap((f, i) => {
    if (f.spans.length > 0) return [];
    if (f.decision?.decision === 'dismissed' && i !== activeIndex) return [];
    return flaggedCells(f, doc).flatMap((path) => {
      const span = doc.report.cells[path]?.span;
      return span ? [{ key: `f${i}`, start: span[0], end: span[1], kind: f.severity }] : [];
    });
  });
