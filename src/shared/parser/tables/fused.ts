// Tables whose digits ran together, as a crawler leaves a web page's table
// ("一、本年新收政府信息公开申请数量801000081二、上年结转…"): each row's label is followed by one
// run of digits holding all its cells. A run splits into the row's cells only when the form
// decides it: as many digits as cells, or exactly one split that satisfies the row's sum.
import type { Span } from '../../model/schema';
import type { PlacedCell } from './align';
import { findRow, type RowKey } from './labels';

export interface FusedRow {
  row: string;
  /** The digits as written (a decimal point kept). */
  run: string;
  span: Span;
}

const HAN = /[\u4e00-\u9fff]/;

/**
 * The rows of text[span] whose label runs straight into its digits. A digit before "." or "、"
 * and a Chinese character is the next label's numbering ("…秘密00000002.其他法律…").
 */
export const fusedRows = (text: string, span: Span, keys: readonly RowKey[]): FusedRow[] => {
  const out: FusedRow[] = [];
  const seen = new Set<string>();
  // A crawler may leave a stray space inside a run ("230 000023").
  const re = /\d+(?: \d+)*(?:\.\d+)?/g;
  const region = text.slice(span[0], span[1]);
  let labelStart = 0;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    let run = m[0];
    const after = region.slice(m.index + run.length, m.index + run.length + 3);
    const numbering = /^[.．、] ?[\u4e00-\u9fff]/.test(after);
    if (numbering) {
      if (run.length === 1) continue; // only the numbering of the next label
      run = run.slice(0, -1);
    }
    const label = region.slice(labelStart, m.index).replace(/\s+/g, '');
    labelStart = m.index + run.length;
    // A "|" or a tab before the digits separates cells (a Markdown or tab table): not fused.
    const before = region.slice(Math.max(0, m.index - 3), m.index);
    if (!HAN.test(label) || /[|｜\t] *$/.test(before)) continue;
    const found = findRow(label, keys, seen);
    if (!found || seen.has(found.row)) continue;
    seen.add(found.row);
    out.push({ row: found.row, run, span: [span[0] + m.index, span[0] + m.index + run.length] });
  }
  return out;
};

/** Sum groups of a row's cells, by size: each group's last cell is the sum of the others. */
export type SumGroups = readonly number[];

/** A count in these tables has at most this many digits. */
const MAX_DIGITS = 6;
/** Beyond this many partial splits tried, the run is called undecidable. */
const BUDGET = 100_000;

/**
 * The ways to cut `digits` into numbers (no leading zeros, at most MAX_DIGITS each) forming the
 * sum groups in turn, each group's last number the sum of the others; stops at two.
 */
const groupSplits = (digits: string, groups: SumGroups, limit: number): string[][] | null => {
  const found: string[][] = [];
  let steps = 0;
  const walk = (at: number, g: number, inGroup: string[], done: string[]): boolean => {
    if (++steps > BUDGET) return false;
    if (g === groups.length) {
      if (at === digits.length) found.push(done);
      return found.length <= limit;
    }
    const size = groups[g]!;
    for (let n = 1; n <= MAX_DIGITS && at + n <= digits.length; n++) {
      const raw = digits.slice(at, at + n);
      if (n > 1 && raw.startsWith('0')) break;
      const cells = [...inGroup, raw];
      if (cells.length < size) {
        if (!walk(at + n, g, cells, done)) return false;
        continue;
      }
      const total = Number(raw);
      const sum = inGroup.reduce((a, b) => a + Number(b), 0);
      if (sum === total && !walk(at + n, g + 1, [], [...done, ...cells])) return false;
    }
    return true;
  };
  const complete = walk(0, 0, [], []);
  return complete ? found : null;
};

/**
 * The row's cells from its run, or null when the form does not decide them. `groups` are the
 * sizes of the row's sum groups (table 三: [7]; table 四: [5, 5, 5]; none for table 二).
 */
export const decodeRun = (
  fused: FusedRow,
  width: number,
  groups: SumGroups,
): PlacedCell[] | null => {
  const all = decodeCandidates(fused, width, groups, 1);
  return all && all.length === 1 ? all[0]! : null;
};

/** Every reading of the row's run the form allows (at most `limit`), or null. */
export const decodeCandidates = (
  fused: FusedRow,
  width: number,
  groups: SumGroups,
  limit: number,
): PlacedCell[][] | null => {
  const { span } = fused;
  // Offsets of the digits in the text, past any stray space.
  const offsets: number[] = [];
  [...fused.run].forEach((c, i) => {
    if (c !== ' ') offsets.push(i);
  });
  const run = fused.run.replace(/ /g, '');
  const cell = (raw: string, at: number): PlacedCell => ({
    raw,
    value: Number(raw),
    span: [span[0] + offsets[at]!, span[0] + offsets[at + raw.length - 1]! + 1],
  });
  if (width === 1) return /^\d+(?:\.\d+)?$/.test(run) ? [[cell(run, 0)]] : null;
  if (run.includes('.')) return null;
  // One digit per cell, unless a space kept two digits together ("2 30" is not 2, 3, 0: the
  // cell left blank between them was lost); then only the form's sums may split the run.
  const spacedApart = /\d{2}/.test(fused.run) && fused.run.includes(' ');
  if (run.length === width && !spacedApart) return [[...run].map((d, i) => cell(d, i))];
  if (groups.length === 0 || groups.reduce((a, b) => a + b, 0) !== width) return null;
  const good = groupSplits(run, groups, limit);
  if (!good || good.length === 0 || good.length > limit) return null;
  return good.map((parts) => {
    let at = 0;
    return parts.map((raw) => {
      const c = cell(raw, at);
      at += raw.length;
      return c;
    });
  });
};

/**
 * The one choice of a reading per row (`options[i]` are row i's readings) that `holds` accepts,
 * or null when none, several, or too many choices to try.
 */
export const chooseReadings = (
  options: readonly PlacedCell[][][],
  holds: (choice: readonly PlacedCell[][]) => boolean,
  maxChoices = 50_000,
): PlacedCell[][] | null => {
  const count = options.reduce((n, o) => n * o.length, 1);
  if (count === 0 || count > maxChoices) return null;
  let found: PlacedCell[][] | null = null;
  const choice: PlacedCell[][] = [];
  const walk = (i: number): boolean => {
    if (i === options.length) {
      if (!holds(choice)) return true;
      if (found) return false; // a second choice: undecidable
      found = [...choice];
      return true;
    }
    for (const reading of options[i]!) {
      choice.push(reading);
      const go = walk(i + 1);
      choice.pop();
      if (!go) return false;
    }
    return true;
  };
  return walk(0) ? found : null;
};
