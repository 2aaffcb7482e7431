// Places the numbers read for one row into the form's columns.
import type { Span } from '../../model/schema';
import type { Token } from './tokens';

export type Slot = Extract<Token, { kind: 'value' } | { kind: 'gap' }>;

export interface PlacedCell {
  raw: string;
  value: number | null;
  span: Span | null;
}

export type Placement =
  | { ok: true; cells: PlacedCell[]; extra: number }
  | { ok: false; reason: 'unaligned' | 'extra'; count: number };

const blank = (): PlacedCell => ({ raw: '', value: null, span: null });
const fromValue = (t: Extract<Token, { kind: 'value' }>): PlacedCell => ({
  raw: t.raw,
  value: t.value,
  span: t.span,
});

/**
 * Places a row's slots into `width` columns.
 * - exactly `width` numbers: in order (padding gaps ignored);
 * - more numbers: the window that satisfies `holds` if exactly one does, else the first;
 *   `extra` tells the caller to report the surplus;
 * - fewer numbers: gaps between two numbers are blank cells; the cells still missing sit at
 *   the start or the end, and the one arrangement where `holds` is true (with a filled last
 *   column) is taken — otherwise the row is unaligned, and nothing is guessed.
 */
export const placeRow = (
  slots: readonly Slot[],
  width: number,
  holds?: (cells: PlacedCell[]) => boolean,
): Placement => {
  const values = slots.filter((s): s is Extract<Token, { kind: 'value' }> => s.kind === 'value');
  const n = values.length;
  if (n === width) return { ok: true, cells: values.map(fromValue), extra: 0 };
  if (n > width) {
    const windows: PlacedCell[][] = [];
    for (let i = 0; i + width <= n; i++) windows.push(values.slice(i, i + width).map(fromValue));
    const good = holds ? windows.filter(holds) : [];
    const pick = good.length === 1 ? good[0]! : windows[0]!;
    return { ok: true, cells: pick, extra: n - width };
  }
  if (n === 0) return { ok: false, reason: 'unaligned', count: 0 };
  // Interior gaps: between the first and the last number.
  const firstIdx = slots.findIndex((s) => s.kind === 'value');
  const lastIdx = slots.length - 1 - [...slots].reverse().findIndex((s) => s.kind === 'value');
  const interior = slots.slice(firstIdx, lastIdx + 1);
  const core: PlacedCell[] = interior.map((s) => (s.kind === 'value' ? fromValue(s) : blank()));
  if (core.length === width) return { ok: true, cells: core, extra: 0 };
  if (core.length > width) return { ok: false, reason: 'unaligned', count: n };
  const missing = width - core.length;
  const candidates: PlacedCell[][] = [];
  for (let lead = missing; lead >= 0; lead--) {
    const cells = [
      ...Array.from({ length: lead }, blank),
      ...core,
      ...Array.from({ length: missing - lead }, blank),
    ];
    if (cells[width - 1]!.value !== null && holds && holds(cells)) candidates.push(cells);
  }
  if (candidates.length === 1) return { ok: true, cells: candidates[0]!, extra: 0 };
  return { ok: false, reason: 'unaligned', count: n };
};

/** Row total check for table 三 and 四: the last column equals the sum of the others. */
export const lastIsSum = (cells: PlacedCell[]): boolean => {
  const parts = cells.slice(0, -1);
  const total = cells[cells.length - 1]!.value;
  if (total === null) return false;
  const sum = parts.reduce((a, c) => a + (c.value ?? 0), 0);
  return Math.abs(sum - total) < 1e-9;
};
