// A reading view of the text in which lines wrapped by a PDF's page width are joined again,
// so "收到申请 0\n\n件" or "司\n\n法" read as one phrase. Offsets map back to `report.text`.
import { splitLines } from './lines';

export interface ProseView {
  text: string;
  /** toBase[i] = offset in the base text of view.text[i]; toBase[text.length] = base end. */
  toBase: Int32Array;
}

const SENTENCE_END = /[。！？!?；;：:）)」』”]$/;
/** A line starting like a heading or an enumeration begins a new paragraph. */
const BLOCK_START =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部章节]|[一二三四五六七八九十]是)/;

/** 90th percentile of the lengths of the non-empty lines. */
const typicalWidth = (lengths: number[]): number => {
  const sorted = lengths.filter((n) => n > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
};

/**
 * Builds the prose view of `text[start, end)`: a line break (and the blank lines after it) is
 * dropped when the line before is about as wide as the page and does not end a sentence, and
 * the next line does not start a heading; other breaks stay as one "\n". Tabs become spaces.
 */
export const proseView = (text: string, start = 0, end = text.length): ProseView => {
  const lines = splitLines(text.slice(start, end)).map((l) => ({
    ...l,
    start: l.start + start,
    end: l.end + start,
  }));
  const width = typicalWidth(lines.map((l) => l.text.length));
  // Whole lines are copied as slices; the offsets are filled in one typed array.
  const parts: string[] = [];
  const origin = new Int32Array(end - start + 1);
  let size = 0;
  let pendingBreak = -1; // base offset of a line break not yet written
  let prev: string | null = null;
  for (const line of lines) {
    const content = line.text;
    if (content.trim() === '') continue;
    if (prev !== null && pendingBreak >= 0) {
      const wrapped =
        prev.length >= Math.max(12, width * 0.7) &&
        !SENTENCE_END.test(prev) &&
        !BLOCK_START.test(content.trimStart()) &&
        !prev.includes('\t') &&
        !content.includes('\t');
      if (!wrapped) {
        parts.push('\n');
        origin[size++] = pendingBreak;
      }
    }
    parts.push(content.includes('\t') ? content.replaceAll('\t', ' ') : content);
    for (let i = 0; i < content.length; i++) origin[size++] = line.start + i;
    pendingBreak = line.end;
    prev = content;
  }
  const toBase = origin.slice(0, size + 1);
  toBase[size] = end;
  return { text: parts.join(''), toBase };
};

/** Maps a view range to a base-text range. */
export const viewRangeToBase = (view: ProseView, s: number, e: number): [number, number] => {
  const bs = view.toBase[Math.min(s, view.text.length)]!;
  const be = e > s ? view.toBase[Math.min(e - 1, view.text.length)]! + 1 : bs;
  return [bs, Math.max(bs, be)];
};

/** The first view index whose base offset is at least `base` (toBase only grows). */
export const viewIndexAt = (view: ProseView, base: number): number => {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toBase[mid]! < base) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
