// Groups a region's tokens into rows of the form: each matched label owns the numbers after it.
import type { Span } from '../../model/schema';
import type { Slot } from './align';
import { findRow, type RowKey } from './labels';
import type { Token } from './tokens';

export interface RowRead {
  row: string;
  labelSpan: Span;
  slots: Slot[];
}

/** A row whose label names no row of the form, with the named rows around it. */
export interface UnnamedRow {
  label: string;
  labelSpan: Span;
  slots: Slot[];
  /** The last named row before it, and the first after it (null at the table's ends). */
  prev: string | null;
  next: string | null;
}

export interface RowsRead {
  rows: Map<string, RowRead>;
  /** Rows with numbers whose label named nothing ("2.其他法律行政止公开"): maybe a typo. */
  unnamed: UnnamedRow[];
  /** Numbers that followed a label naming no row of the form. */
  orphans: Slot[];
  /** Every number of the region in reading order (for placement by the form's order). */
  allValues: Slot[];
}

/** The span from the label part holding the naming words to the end of the label. */
const labelSpanOf = (
  parts: ReadonlyArray<{ compact: string; span: Span }>,
  start: number,
): Span => {
  let offset = 0;
  for (const p of parts) {
    if (start < offset + p.compact.length) return [p.span[0], parts[parts.length - 1]!.span[1]];
    offset += p.compact.length;
  }
  return parts[parts.length - 1]!.span;
};

const DIGIT = /[0-9０-９]/;

/**
 * Table 二 published with its labels only, one cell a line ("规章" / "规范性文件" / "第二十条第（五）项"
 * …): a label naming a row on its own words, with another label on a later line (or the table's
 * end) after it, is followed by an empty cell, so it is read as the blank row it is instead of
 * running into the next row's label. Used only when the ordinary reading left rows unfound.
 */
export const withBlankLabelRows = (
  tokens: readonly Token[],
  keys: readonly RowKey[],
  atEnd = true,
): Token[] =>
  tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    // A label with digits in it ("规章000") holds its numbers run together: not a blank row.
    const blank =
      t.kind === 'label' &&
      !DIGIT.test(t.text) &&
      (next === undefined ? atEnd : next.kind === 'label' && next.line > t.line) &&
      findRow(t.text, keys, new Set(keys.map((k) => k.row))) !== null;
    return blank ? [t, { kind: 'gap' as const, span: [t.span[1], t.span[1]], line: t.line }] : [t];
  });

/**
 * Walks the tokens: labels accumulate until numbers come; the accumulated label then names the
 * row those numbers belong to. A row named twice keeps its first reading, unless that reading
 * held no number (then the later one is the row).
 */
export const readRows = (tokens: readonly Token[], keys: readonly RowKey[]): RowsRead => {
  const rows = new Map<string, RowRead>();
  const unnamed: UnnamedRow[] = [];
  let lastNamed: string | null = null;
  let open: UnnamedRow | null = null;
  const orphans: Slot[] = [];
  const allValues: Slot[] = [];
  const seen = new Set<string>();
  let parts: Array<{ compact: string; span: Span }> = [];
  let current: RowRead | null = null;
  for (const t of tokens) {
    if (t.kind === 'label') {
      if (current && current.slots.some((s) => s.kind === 'value')) current = null;
      parts.push({ compact: t.text.replace(/\s+/g, ''), span: t.span });
      continue;
    }
    if (parts.length > 0) {
      // A sentence before the label ("…无下年度结转。") is prose, not part of the row's name.
      const joined = parts.map((p) => p.compact).join('');
      const cut = joined.lastIndexOf('。') + 1;
      const named = findRow(joined.slice(cut), keys, seen);
      const found = named && { ...named, start: named.start + cut };
      current = null;
      open = null;
      const prior = found ? rows.get(found.row) : undefined;
      // A row read as empty cells only (a header's "总计 | ||||") yields to a later one of that name.
      if (found && (!prior || !prior.slots.some((s) => s.kind === 'value'))) {
        current = { row: found.row, labelSpan: labelSpanOf(parts, found.start), slots: [] };
        rows.set(found.row, current);
        seen.add(found.row);
        for (const u of unnamed) if (u.next === null) u.next = found.row;
        lastNamed = found.row;
      } else if (!found) {
        // Only the label's last line: the lines above it may be the table's header.
        const last = parts[parts.length - 1]!;
        open = {
          label: last.compact,
          labelSpan: last.span,
          slots: [],
          prev: lastNamed,
          next: null,
        };
        unnamed.push(open);
      }
      parts = [];
    }
    if (t.kind === 'value') allValues.push(t);
    if (current) current.slots.push(t);
    else {
      open?.slots.push(t);
      if (t.kind === 'value') orphans.push(t);
    }
  }
  return { rows, unnamed, orphans, allValues };
};
