// Tables whose source knew the columns (a Word table, a PDF ruled grid, an HTML or Markdown
// table): a row's cells are read by column, not guessed from the line.
import type { Span } from '../../model/schema';
import type { SourceGrid } from '../../model/source';
import type { NormalizedText } from '../../text/normalize';
import type { PlacedCell, Slot } from './align';

/** The grids' ranges in the normalized text, sorted. */
export type GridRanges = readonly Span[];

/** First normalized offset whose raw origin is at or after `raw`. */
export const toNormalized = (origin: Int32Array, length: number, raw: number): number => {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Maps the extractor's grids (raw offsets) through the normalization's origin map. */
export const gridRanges = (norm: NormalizedText, grids: readonly SourceGrid[]): GridRanges =>
  grids
    .filter((g) => g.end > g.start)
    .map((g): Span => {
      const n = norm.text.length;
      return [toNormalized(norm.origin, n, g.start), toNormalized(norm.origin, n, g.end)];
    })
    .sort((a, b) => a[0] - b[0]);

/** The line of `text` around offset `at`, when that line lies in a grid. */
export const gridLineAt = (text: string, ranges: GridRanges, at: number): GridLine | null => {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const range = ranges.find(([s, e]) => start >= s && start < e);
  if (!range) return null;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl, gridStart: range[0], gridEnd: range[1] };
};

/** How many last fields are empty on every line of the grid: padding, not columns. */
const paddingColumns = (text: string, line: GridLine): number => {
  const lines = text
    .slice(line.gridStart, line.gridEnd)
    .split('\n')
    .filter((l) => l.trim());
  let pad = Infinity;
  for (const l of lines) {
    const fields = l.split('\t');
    let n = 0;
    while (n < fields.length && fields[fields.length - 1 - n]!.trim() === '') n++;
    pad = Math.min(pad, n);
  }
  return Number.isFinite(pad) ? pad : 0;
};

export interface GridLine {
  start: number;
  end: number;
  /** Where the line's grid starts (its header rows are between there and the line). */
  gridStart: number;
  gridEnd: number;
}

interface Field {
  text: string;
  start: number;
  end: number;
}

const fieldsOf = (text: string, line: { start: number; end: number }): Field[] => {
  const out: Field[] = [];
  let start = line.start;
  for (const f of text.slice(line.start, line.end).split('\t')) {
    out.push({ text: f, start, end: start + f.length });
    start += f.length + 1;
  }
  return out;
};

/**
 * The columns of a row's cells, by its header: the nearest line above it in the grid that holds
 * no digit and names exactly `width` columns right of the label ("信息内容 | 上一年项目数量 |
 * 本年增/减 | " names two of three fields). Null when no header says so.
 */
const headerColumns = (
  text: string,
  line: GridLine,
  labelField: number,
  width: number,
): number[] | null => {
  for (let end = line.start - 1; end > line.gridStart;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = { start: Math.max(start, line.gridStart), end };
    end = above.start - 1;
    if (/\d/.test(text.slice(above.start, above.end))) continue;
    const named = fieldsOf(text, above)
      .map((f, i) => (i > labelField && f.text.trim() !== '' ? i : -1))
      .filter((i) => i >= 0);
    return named.length === width ? named : null;
  }
  return null;
};

/**
 * A grid row's cells by column: the fields its header names, else the last `width` fields of
 * its line (the label and merged label columns come first); an empty field is a blank cell,
 * certainly. Null when the line does not read that way (a value outside those fields, i.e.
 * merged value cells, or two numbers in one field): the caller then places the row's numbers
 * as for plain text.
 */
export const placeByColumn = (
  text: string,
  line: GridLine,
  labelEnd: number,
  slots: readonly Slot[],
  width: number,
): PlacedCell[] | null => {
  const all = fieldsOf(text, line);
  // A column empty on every line (a Markdown table's trailing "|  |", Word padding) is no cell.
  const fields = all.slice(0, all.length - paddingColumns(text, line));
  const labelField = fields.findIndex((f) => labelEnd > f.start && labelEnd <= f.end);
  if (labelField < 0 || fields.length - labelField - 1 < width) return null;
  const columns =
    (fields.length - labelField - 1 > width && headerColumns(text, line, labelField, width)) ||
    Array.from({ length: width }, (_, i) => fields.length - width + i);
  const filled = fields.map((f, i) => (i > labelField && f.text.trim() !== '' ? i : -1));
  if (filled.some((i) => i >= 0 && !columns.includes(i))) return null;
  const values = slots.filter((s) => s.kind === 'value' && s.span[0] >= line.start);
  const out: PlacedCell[] = [];
  for (const f of columns.map((i) => fields[i]!)) {
    const inField = values.filter((s) => s.span[0] >= f.start && s.span[1] <= f.end);
    if (inField.length > 1) return null;
    const v = inField[0];
    if (v && v.kind === 'value') out.push({ raw: v.raw, value: v.value, span: v.span });
    else if (f.text.trim() === '') out.push({ raw: '', value: null, span: null });
    else {
      // Words the tokenizer took for a label ("详见附件"): kept as written, not a number.
      const lead = f.text.length - f.text.trimStart().length;
      const raw = f.text.trim();
      out.push({ raw, value: null, span: [f.start + lead, f.start + lead + raw.length] });
    }
  }
  return out;
};

/**
 * A grid row with fewer fields after its label than the form has columns: the source's table
 * itself lost a column (a PDF→Markdown conversion dropping a cell), so which columns its numbers
 * belong to is unknowable — the loss is the conversion's, not the agency's blank.
 */
export const gridRowNarrower = (
  text: string,
  line: GridLine,
  labelEnd: number,
  width: number,
): boolean => {
  const all = fieldsOf(text, line);
  const fields = all.slice(0, all.length - paddingColumns(text, line));
  const labelField = fields.findIndex((f) => labelEnd > f.start && labelEnd <= f.end);
  return labelField >= 0 && fields.length - labelField - 1 < width;
};

/**
 * A grid row that is certain whatever its grid's width: its own label field names the row and
 * exactly `width` fields follow it, each one number or empty (an empty field is a blank cell).
 * Null when the line reads any other way (a field of words, two numbers in one field, a count
 * that does not fit): such a row is never placed by shifting.
 */
export const certainGridRow = (
  text: string,
  line: GridLine,
  labelEnd: number,
  values: readonly Slot[],
  width: number,
): PlacedCell[] | null => {
  const fields = fieldsOf(text, line);
  const labelField = fields.findIndex((f) => labelEnd > f.start && labelEnd <= f.end);
  if (labelField < 0 || fields.length - labelField - 1 !== width) return null;
  const out: PlacedCell[] = [];
  for (const f of fields.slice(labelField + 1)) {
    const inField = values.filter(
      (s) => s.kind === 'value' && s.span[0] >= f.start && s.span[1] <= f.end,
    );
    const v = inField[0];
    if (inField.length > 1) return null;
    if (v && v.kind === 'value') out.push({ raw: v.raw, value: v.value, span: v.span });
    else if (f.text.trim() === '') out.push({ raw: '', value: null, span: null });
    else return null;
  }
  return out;
};
