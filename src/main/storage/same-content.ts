// Whether two files of one agency and year carry the same report (the .docx and its .pdf), or a
// resubmission with different content. Compares what was read, never bytes: the tables' cells
// and the prose, each normalised so that reading differences between formats do not count.
import type { Report } from '../../shared/model/schema';

/** A page number left on its own ("3", "第3页", "第3页共5页"): furniture, not content. */
const PAGE_NUMBER = /^第?\d{1,3}(页(共\d{1,3}页)?)?$/;

/**
 * The prose of a report without its tables: cell texts are blanked out (a table read as text in
 * one format and as cells in another must not differ), then NFKC, and digits separated by blanks
 * kept apart (a row of cells is not one long number).
 */
const prose = (report: Report): string => {
  const chars = [...report.text];
  // Spans are UTF-16 offsets; the report text of a form is BMP Chinese, so index by code unit.
  const units = report.text.split('');
  if (chars.length === units.length) {
    for (const cell of Object.values(report.cells)) {
      if (!cell.span) continue;
      for (let i = cell.span[0]; i < cell.span[1] && i < units.length; i++) units[i] = '|';
    }
  }
  return units
    .join('')
    .normalize('NFKC')
    .replace(/(\d)\s+(?=\d)/g, '$1|');
};

/**
 * The sentences of the prose: split at sentence ends (not at line breaks: a PDF breaks lines
 * anywhere), then only Han characters, letters and
 * digits kept, so line breaks, spaces and punctuation read differently by a format disappear.
 */
export const sentencesOf = (report: Report): string[] =>
  prose(report)
    .split(/[。；;！!？?|]+/u)
    .map((s) => s.replace(/[^\p{Script=Han}\p{L}\d.]/gu, ''))
    .filter((s) => s.length > 0 && !PAGE_NUMBER.test(s));

/**
 * True when `longer` is `shorter` with one run of text inserted (a page header or footer read
 * into the middle of a sentence in one format only), with the run shorter than the sentence.
 */
const withInsertion = (shorter: string, longer: string): boolean => {
  if (longer.length <= shorter.length || longer.length - shorter.length > 40) return false;
  let head = 0;
  while (head < shorter.length && shorter[head] === longer[head]) head++;
  let tail = 0;
  while (
    tail < shorter.length - head &&
    shorter[shorter.length - 1 - tail] === longer[longer.length - 1 - tail]
  )
    tail++;
  if (head + tail < shorter.length) return false;
  const run = longer.slice(head, longer.length - tail);
  // Digits inserted are a changed number, unless they are a page number ("第3页", "3共5页").
  return !/\d/.test(run) || /^第?\d{1,3}页(共\d{1,3}页)?$/.test(run);
};

/** Sentences of `a` not in `b` (as a multiset). */
const missingFrom = (a: readonly string[], b: readonly string[]): string[] => {
  const left = new Map<string, number>();
  for (const s of b) left.set(s, (left.get(s) ?? 0) + 1);
  return a.filter((s) => {
    const n = left.get(s) ?? 0;
    if (n === 0) return true;
    left.set(s, n - 1);
    return false;
  });
};

/**
 * Every sentence found in only one of the two is furniture: a running header repeated on each
 * page (a sentence the other has too), or a header read into the middle of a sentence.
 */
const sameProse = (a: readonly string[], b: readonly string[]): boolean => {
  const [inA, inB] = [new Set(a), new Set(b)];
  const onlyA = missingFrom(a, b).filter((s) => !inB.has(s));
  const onlyB = missingFrom(b, a).filter((s) => !inA.has(s));
  if (onlyA.length !== onlyB.length) return false;
  const used = new Set<number>();
  return onlyA.every((s) => {
    const at = onlyB.findIndex(
      (t, i) => !used.has(i) && (withInsertion(s, t) || withInsertion(t, s)),
    );
    if (at < 0) return false;
    used.add(at);
    return true;
  });
};

/** Every cell read in both has the same value, and they read (nearly) the same cells. */
const sameCells = (a: Report, b: Report): boolean => {
  let both = 0;
  let either = 0;
  for (const path of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])) {
    const x = a.cells[path]?.value ?? null;
    const y = b.cells[path]?.value ?? null;
    if (x === null && y === null) continue;
    either++;
    if (x === null || y === null) continue;
    if (x !== y) return false;
    both++;
  }
  // A table one format could not read at all is a reading difference, not new content; but
  // when one file has its tables and the other hardly any, the prose alone must decide.
  return either === 0 || both >= either * 0.9 || both === 0;
};

/**
 * True when two reports of one agency and year have the same content: equal cells where both
 * were read, and the same prose sentence by sentence (numbers included), up to page furniture.
 */
export const sameContent = (a: Report, b: Report): boolean =>
  a.year === b.year && sameCells(a, b) && sameProse(sentencesOf(a), sentencesOf(b));
