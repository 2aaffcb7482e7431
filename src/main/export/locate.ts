// From a span of report.text to the source segments it covers (see shared/text/places.ts).
import type { Span } from '../../shared/model/schema';
import { piecesOf, rawSpan, sourcePlaces, type SegmentPiece } from '../../shared/text/places';
import { subBox, type Box } from './pdf-geometry';
import type { ReportEntry } from './types';

export type { SegmentPiece } from '../../shared/text/places';

/** Maps a normalized range to the raw text (identity when the entry has no origin map). */
export const rawRange = (entry: ReportEntry, span: Span): Span =>
  rawSpan(entry.report.text, entry.origin, span);

/** The segments covering a normalized span. */
export const locateSpan = (entry: ReportEntry, span: Span): SegmentPiece[] =>
  piecesOf(entry.segments, rawRange(entry, span));

/** The 1-based PDF pages, text-file lines and paragraphs a span of report.text lies on. */
export const sourcePlacesOf = (entry: ReportEntry, span: Span): ReturnType<typeof sourcePlaces> =>
  sourcePlaces(entry.segments, rawRange(entry, span));

/**
 * The boxes of a note on each page (1-based), from the source map's segments of one
 * fixed-layout kind: PDF boxes in points, OFD boxes in millimetres.
 */
export const boxesByPage = (
  entry: ReportEntry,
  spans: readonly Span[],
  kind: 'pdf' | 'ofd',
): Map<number, Box[]> => {
  const byPage = new Map<number, Box[]>();
  for (const span of spans) {
    for (const { segment, from, to } of locateSpan(entry, span)) {
      if (segment.loc.kind !== kind) continue;
      const text = entry.rawText?.slice(segment.start, segment.end) ?? null;
      const length = segment.end - segment.start;
      const box = subBox(segment.loc.box, text, from, Math.max(to, from + 1), length);
      byPage.set(segment.loc.page, [...(byPage.get(segment.loc.page) ?? []), box]);
    }
  }
  return byPage;
};
