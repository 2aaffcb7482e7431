// Places the numbers read for one row into the form's columns — or says it cannot.
import type { Span } from '../../model/schema';
import type { Token } from './tokens';

export type Slot = Extract<Token, { kind: 'value' } | { kind: 'gap' }>;
type ValueSlot = Extract<Token, { kind: 'value' }>;

export interface PlacedCell {
  raw: string;
  value: number | null;
  span: Span | null;
}

export type Placement =
  | { ok: true; cells: PlacedCell[]; extra: number }
  | { ok: false; reason: 'unaligned'; count: number };

/** Whether a placement satisfies the row's relation: true, false, or unknown (a blank in it). */
export type Check = (cells: PlacedCell[]) => boolean | 'unknown';

const blank = (): PlacedCell => ({ raw: '', value: null, span: null });
const fromSlot = (s: Slot): PlacedCell =>
  s.kind === 'value' ? { raw: s.raw, value: s.value, span: s.span } : blank();

/**
 * Places a row's slots (numbers and empty tab fields, in reading order) into `width` columns.
 * - exactly `width` numbers: in order; the empty fields were merge padding;
 * - more numbers: the one window of `width` numbers that satisfies `check`, else the first;
 *   `extra` tells the caller to report the surplus;
 * - fewer numbers: the empty fields are candidates for the blank cells. Every window of `width`
 *   slots that holds all the numbers is a possible reading; one possible reading is taken, or
 *   the only one that `check` confirms while every other is refuted. Anything else is
 *   unaligned: the row is reported, never guessed (a misread cell is worse than a blank one).
 */
export const placeRow = (slots: readonly Slot[], width: number, check?: Check): Placement => {
  const values = slots.filter((s): s is ValueSlot => s.kind === 'value');
  const n = values.length;
  if (n === width) return { ok: true, cells: values.map(fromSlot), extra: 0 };
  if (n > width) {
    const windows: PlacedCell[][] = [];
    for (let i = 0; i + width <= n; i++) windows.push(values.slice(i, i + width).map(fromSlot));
    const good = check ? windows.filter((w) => check(w) === true) : [];
    return { ok: true, cells: good.length === 1 ? good[0]! : windows[0]!, extra: n - width };
  }
  if (n === 0) {
    // A row of only empty fields is a blank row (every cell blank), not a missing one.
    return slots.length > 0
      ? { ok: true, cells: Array.from({ length: width }, blank), extra: 0 }
      : { ok: false, reason: 'unaligned', count: 0 };
  }
  const first = slots.findIndex((s) => s.kind === 'value');
  const last = slots.length - 1 - [...slots].reverse().findIndex((s) => s.kind === 'value');
  const readings: PlacedCell[][] = [];
  for (
    let start = Math.max(0, last - width + 1);
    start <= first && start + width <= slots.length;
    start++
  ) {
    readings.push(slots.slice(start, start + width).map(fromSlot));
  }
  if (readings.length === 1) return { ok: true, cells: readings[0]!, extra: 0 };
  if (check && readings.length > 1) {
    const verdicts = readings.map(check);
    const confirmed = readings.filter((_, i) => verdicts[i] === true);
    if (confirmed.length === 1 && verdicts.every((v) => v !== 'unknown'))
      return { ok: true, cells: confirmed[0]!, extra: 0 };
  }
  return { ok: false, reason: 'unaligned', count: n };
};

/** Row total check for tables 三 and 四: the last column equals the sum of the others. */
export const lastIsSum: Check = (cells) => {
  const total = cells[cells.length - 1]!.value;
  const parts = cells.slice(0, -1);
  if (total === null || parts.some((c) => c.value === null)) {
    // With a blank part the sum can still refute: the filled parts already exceed the total.
    const known = parts.reduce((a, c) => a + (c.value ?? 0), 0);
    return total !== null && known > total ? false : 'unknown';
  }
  const sum = parts.reduce((a, c) => a + (c.value ?? 0), 0);
  return Math.abs(sum - total) < 1e-9;
};
