// From a span of report.text to the raw extracted text and the source segments it covers.
import type { Span } from '../../shared/model/schema';
import type { SourceSegment } from '../../shared/model/source';
import type { ReportEntry } from './types';

/** Maps a normalized range to the raw text (identity when the entry has no origin map). */
export const rawRange = (entry: ReportEntry, [start, end]: Span): Span => {
  const origin = entry.origin;
  const length = entry.report.text.length;
  if (!origin) return [Math.min(start, length), Math.min(Math.max(start, end), length)];
  const at = (i: number): number => origin[Math.max(0, Math.min(i, length))] ?? 0;
  const s = at(start);
  const e = end > start ? at(end - 1) + 1 : s;
  return [s, Math.max(s, e)];
};

/** One piece of a raw range that lies inside one segment, in segment-relative offsets. */
export interface SegmentPiece {
  segment: SourceSegment;
  /** Offsets relative to segment.start. */
  from: number;
  to: number;
}

/**
 * The segments a raw range overlaps, each with the overlapping part. An empty range yields
 * the segment that holds its position. Pieces come in segment order.
 */
export const piecesOf = (
  segments: readonly SourceSegment[],
  [start, end]: Span,
): SegmentPiece[] => {
  const pieces: SegmentPiece[] = [];
  for (const segment of segments) {
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.end);
    if (to > from || (start === end && segment.start <= start && start < segment.end)) {
      pieces.push({ segment, from: from - segment.start, to: Math.max(from, to) - segment.start });
    }
  }
  return pieces;
};

/** The segments covering a normalized span. */
export const locateSpan = (entry: ReportEntry, span: Span): SegmentPiece[] =>
  piecesOf(entry.segments, rawRange(entry, span));

/** The 1-based PDF or OFD pages a span lies on, or the text-file lines, when the source map knows. */
export const placeOf = (
  entry: ReportEntry,
  span: Span,
): { pages: number[]; lines: number[]; paragraphs: number[] } => {
  const pages = new Set<number>();
  const lines = new Set<number>();
  const paragraphs = new Set<number>();
  for (const { segment } of locateSpan(entry, span)) {
    const loc = segment.loc;
    if (loc.kind === 'pdf' || loc.kind === 'ofd') pages.add(loc.page);
    else if (loc.kind === 'line') lines.add(loc.line);
    else if (loc.kind === 'paragraph') paragraphs.add(loc.index);
  }
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return { pages: sorted(pages), lines: sorted(lines), paragraphs: sorted(paragraphs) };
};
