// Offset ↔ line/column helpers over a text.

/** Start offsets of every line of `text` (line 1 starts at 0). */
export const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};

/** 1-based line and column of an offset, by binary search over `starts`. */
export const lineColumnAt = (
  starts: readonly number[],
  offset: number,
): { line: number; column: number } => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
};

export interface TextLine {
  text: string;
  start: number;
  end: number;
  /** 0-based index of the line. */
  index: number;
}

/** The lines of `text` with their offsets (without the newline). */
export const splitLines = (text: string): TextLine[] => {
  const lines: TextLine[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ text: text.slice(start, i), start, end: i, index: index++ });
      start = i + 1;
    }
  }
  return lines;
};
