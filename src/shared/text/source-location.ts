// From a place in report.text to a place a reviewer can find in the original file.
import type { SourceLocation, SourceSegment } from '../model/source';
import { toRawRange, type NormalizedText } from './normalize';

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
