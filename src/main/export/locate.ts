// From a span of report.text to the source segments it covers (see shared/text/places.ts).
import type { Span } from '../../shared/model/schema';
import { piecesOf, rawSpan, sourcePlaces, type SegmentPiece } from '../../shared/text/places';
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
