// The one vocabulary of places: how a section, a table cell, a line and a place in the original
// file are named, for the rules' messages, the UI, the CSV/xlsx exports and the letter.
import { describeCell, type ActiveForm } from '../model/form';
import type { Report, SectionId, Span } from '../model/schema';
import type { SourceLocation, SourceSegment } from '../model/source';
import { officialHeadings } from '../parser/sections';
import { toRawRange, type NormalizedText } from './normalize';

/** The sections' Chinese ordinals: 二 for section 2. */
export const ORDINAL: Record<SectionId, string> = {
  '1': '一',
  '2': '二',
  '3': '三',
  '4': '四',
  '5': '五',
  '6': '六',
};

/** "第二部分". */
export const sectionPart = (id: SectionId): string => `第${ORDINAL[id]}部分`;

/** "第二部分「主动公开政府信息情况」": a section as every message and export names it. */
export const sectionNames = Object.fromEntries(
  (Object.keys(ORDINAL) as SectionId[]).map((id) => [
    id,
    `${sectionPart(id)}「${officialHeadings[id].slice(2)}」`,
  ]),
) as Record<SectionId, string>;

/** The section holding `offset`, or null outside the six. */
export const sectionOf = (report: Pick<Report, 'sections'>, offset: number): SectionId | null =>
  report.sections.find((s) => offset >= s.span[0] && offset < s.span[1])?.id ?? null;

/**
 * Where `offset` stands in the report: its section, else "标题" or "正文开头" before section 一
 * ("标题及开头" when where the title ends is not known).
 */
export const placeInReport = (
  report: Pick<Report, 'sections'>,
  offset: number,
  titleSpan?: Span | null,
): string => {
  const section = sectionOf(report, offset);
  if (section) return sectionNames[section];
  if (titleSpan === undefined) return '标题及开头';
  return titleSpan && offset >= titleSpan[0] && offset < titleSpan[1] ? '标题' : '正文开头';
};

/**
 * Cells named for a reviewer: the first few, then a count ("…等7个单元格"). Table 二's cells by
 * the form the report filled (`activeFormOf` its cells).
 */
export const describeCells = (
  cells: readonly string[],
  limit = 3,
  form: ActiveForm = '2021',
): string => {
  const named = cells
    .slice(0, limit)
    .map((p) => describeCell(p, form))
    .join('、');
  return cells.length > limit ? `${named}等${cells.length}个单元格` : named;
};

/** A range of `report.text` in the raw extracted text (the same range when there is no map). */
export const rawSpan = (
  text: string,
  origin: ArrayLike<number> | null,
  [start, end]: Span,
): Span => {
  const length = text.length;
  if (!origin) return [Math.min(start, length), Math.min(Math.max(start, end), length)];
  return toRawRange({ text, origin }, Math.max(0, start), end);
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

/** The 1-based PDF or OFD pages, text-file lines and Word paragraphs a raw range lies on. */
export const sourcePlaces = (
  segments: readonly SourceSegment[],
  raw: Span,
): { pages: number[]; lines: number[]; paragraphs: number[] } => {
  const pages = new Set<number>();
  const lines = new Set<number>();
  const paragraphs = new Set<number>();
  for (const { segment } of piecesOf(segments, raw)) {
    const loc = segment.loc;
    if (loc.kind === 'pdf' || loc.kind === 'ofd') pages.add(loc.page);
    else if (loc.kind === 'line') lines.add(loc.line);
    else if (loc.kind === 'paragraph') paragraphs.add(loc.index);
  }
  const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);
  return { pages: sorted(pages), lines: sorted(lines), paragraphs: sorted(paragraphs) };
};

/** The segment holding a raw offset (segments are sorted by start), or the nearest before it. */
export const segmentAt = (
  segments: readonly SourceSegment[],
  rawOffset: number,
): SourceSegment | null => {
  let lo = 0;
  let hi = segments.length - 1;
  let found: SourceSegment | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.start <= rawOffset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

/** "第12行", "第3页", "第5段", "第2个表格第4行" — how a reviewer finds it in the original. */
export const describeLocation = (loc: SourceLocation): string => {
  switch (loc.kind) {
    case 'line':
      return `第${loc.line}行`;
    case 'paragraph':
      return `第${loc.index + 1}段`;
    case 'cell':
      return `第${loc.table + 1}个表格第${loc.row + 1}行`;
    case 'pdf':
    case 'ofd':
      return `第${loc.page}页`;
  }
};

/** The source location of a range of report.text. */
export const locate = (
  norm: NormalizedText,
  segments: readonly SourceSegment[],
  start: number,
  end: number,
): SourceLocation | null => {
  const [rawStart] = toRawRange(norm, start, end);
  return segmentAt(segments, rawStart)?.loc ?? null;
};
