// Groups a region's tokens into rows of the form: each matched label owns the numbers after it.
import type { Span } from '../../model/schema';
import type { Slot } from './align';
import { matchRow, type RowKey } from './labels';
import type { Token } from './tokens';

export interface RowRead {
  row: string;
  labelSpan: Span;
  slots: Slot[];
}

export interface RowsRead {
  rows: Map<string, RowRead>;
  /** Numbers that followed a label naming no row of the form. */
  orphans: Slot[];
  /** Every number of the region in reading order (for placement by the form's order). */
  allValues: Slot[];
}

/**
 * Walks the tokens: labels accumulate until numbers come; the accumulated label then names the
 * row those numbers belong to. A row named twice keeps its first reading.
 */
export const readRows = (tokens: readonly Token[], keys: readonly RowKey[]): RowsRead => {
  const rows = new Map<string, RowRead>();
  const orphans: Slot[] = [];
  const allValues: Slot[] = [];
  const seen = new Set<string>();
  let label = '';
  let labelSpan: Span | null = null;
  let current: RowRead | null = null;
  for (const t of tokens) {
    if (t.kind === 'label') {
      if (current && current.slots.some((s) => s.kind === 'value')) current = null;
      label += t.text;
      labelSpan = labelSpan ? [labelSpan[0], t.span[1]] : t.span;
      continue;
    }
    if (label !== '') {
      const row = matchRow(label, keys, seen);
      current = null;
      if (row && !rows.has(row)) {
        current = { row, labelSpan: labelSpan!, slots: [] };
        rows.set(row, current);
        seen.add(row);
      }
      label = '';
      labelSpan = null;
    }
    if (t.kind === 'value') allValues.push(t);
    if (current) current.slots.push(t);
    else if (t.kind === 'value') orphans.push(t);
  }
  return { rows, orphans, allValues };
};
