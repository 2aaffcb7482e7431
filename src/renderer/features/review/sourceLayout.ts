// Cuts the report text into lines and, inside each line, into runs covered by the same marks —
// what the source view renders. Pure and linear in text + marks.
import { splitLines } from '../../../shared/text/lines';
import type { Mark, MarkKind } from './reviewModel';

export interface Run {
  start: number;
  end: number;
  /** Keys of the marks covering this run ("f3", "c12", …). */
  keys: string[];
  kinds: MarkKind[];
}

export interface LayoutLine {
  n: number;
  start: number;
  end: number;
  runs: Run[];
}

/** Gives an empty mark one character, so a finding at a point still shows. */
const widen = (m: Mark, length: number): Mark =>
  m.end > m.start ? m : { ...m, end: Math.min(length, m.start + 1) };

export const layoutText = (text: string, marks: readonly Mark[]): LayoutLine[] => {
  const lines = splitLines(text);
  const sorted = marks
    .map((m) => widen(m, text.length))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  let first = 0; // first mark that may still reach the current line
  return lines.map((line) => {
    while (
      first < sorted.length &&
      sorted[first]!.end <= line.start &&
      sorted[first]!.start < line.start
    )
      first++;
    const here: Mark[] = [];
    for (
      let i = first;
      i < sorted.length && sorted[i]!.start < Math.max(line.end, line.start + 1);
      i++
    ) {
      const m = sorted[i]!;
      if (m.end > line.start && m.start < line.end) here.push(m);
    }
    const cuts = new Set<number>([line.start, line.end]);
    for (const m of here) {
      cuts.add(Math.max(line.start, m.start));
      cuts.add(Math.min(line.end, m.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const covering = here.filter((m) => m.start <= start && m.end >= end);
      runs.push({
        start,
        end,
        keys: covering.map((m) => m.key),
        kinds: covering.map((m) => m.kind),
      });
    }
    return { n: line.index + 1, start: line.start, end: line.end, runs };
  });
};

/** Consecutive lines the source view renders as one memoised piece, with the keys they show. */
export interface LayoutBlock {
  lines: LayoutLine[];
  keys: ReadonlySet<string>;
}

/**
 * Cuts the lines into blocks of `size`: moving to another finding re-renders only the blocks
 * whose marks gain or lose the active key, not every line of the report.
 */
export const blocksOf = (lines: readonly LayoutLine[], size: number): LayoutBlock[] => {
  const out: LayoutBlock[] = [];
  for (let i = 0; i < lines.length; i += size) {
    const slice = lines.slice(i, i + size);
    const keys = new Set<string>();
    for (const line of slice) for (const run of line.runs) for (const k of run.keys) keys.add(k);
    out.push({ lines: slice, keys });
  }
  return out;
};
