// Reads the three tables into the form's cells, with a diagnostic for every doubt.
import type { Cell, Span } from '../../model/schema';
import {
  active2019CellPaths,
  activeTable2019,
  activeTableMixed,
  allCellPaths,
  cellPath,
  formTables,
  isSignedCell,
  requestColumns,
  reviewColumns,
  reviewRows,
  type FormTable,
  type TableId,
} from '../../model/form';
import type { HeadingInfo, ParseDiagnostic, TableRegion } from '../types';
import { lastIsSum, placeRow, type PlacedCell, type Slot } from './align';
import { active2019RowKeys, activeRowKeys, requestRowKeys, type RowKey } from './labels';
import { chooseReadings, decodeCandidates, decodeRun, fusedRows, type FusedRow } from './fused';
import {
  certainGridRow,
  gridLineAt,
  gridRowNarrower,
  placeByColumn,
  type GridRanges,
} from './grid';
import { findRegions } from './regions';
import { readRows, withBlankLabelRows, type RowsRead } from './rows';
import { isSignedInWords, tokenize, type Token } from './tokens';

export interface TablesRead {
  cells: Record<string, Cell>;
  rowSpans: Record<string, Span>;
  regions: TableRegion[];
  diagnostics: ParseDiagnostic[];
}

const emptyCell = (): Cell => ({ value: null, raw: '', span: null });

const put = (cells: Record<string, Cell>, path: string, c: PlacedCell): void => {
  cells[path] = { value: c.value, raw: c.raw, span: c.span };
};

const IMAGE_MARK = /\[图片\]|\[image|!\[|［图片］/i;

/**
 * Table 二 of which most rows were not found, with too few numbers to place by the form's order:
 * read again with each label alone on its line taken as a blank row (a table published with its
 * labels only), kept when that finds more rows. A table read in the main keeps its unfound rows
 * missing: nothing there says a lone label at its end has cells.
 */
const blankRowsIfUnread = (
  read: RowsRead,
  tokens: readonly Token[],
  table: TableId,
  form: FormTable,
  keys: readonly RowKey[],
): RowsRead => {
  const total = form.rows.reduce((n, r) => n + form.columnsOf(r.id).length, 0);
  if (table !== 'active' || read.allValues.length >= total) return read;
  if (read.rows.size < form.rows.length / 2) {
    const blank = readRows(withBlankLabelRows(tokens, keys), keys);
    return blank.rows.size > read.rows.size ? blank : read;
  }
  // Most rows read, a few not: a web copy, one cell a line, that dropped its empty cells puts
  // the next label straight after a blank row's ("行政规范性文件" / "第二十条第（五）项"). That
  // row is there with its cells empty; kept only when every row already read keeps its numbers.
  // A lone label at the table's end stays missing: nothing says the text did not stop there.
  if (read.rows.size === form.rows.length) return read;
  const between = readRows(withBlankLabelRows(tokens, keys, false), keys);
  return between.rows.size > read.rows.size && keepsRows(read, between) ? between : read;
};

/** True when every row of `before` is in `after` with the same numbers at the same places. */
const keepsRows = (before: RowsRead, after: RowsRead): boolean =>
  [...before.rows].every(([id, row]) => {
    const again = after.rows.get(id);
    const values = (r: typeof row) =>
      r.slots.filter((s) => s.kind === 'value').map((s) => `${s.span[0]}:${s.raw}`);
    return again !== undefined && values(again).join() === values(row).join();
  });

/** Reads a table whose rows are named by labels (表二, 表三). */
const readLabelledTable = (
  text: string,
  table: TableId,
  span: Span,
  keys: readonly RowKey[],
  cells: Record<string, Cell>,
  diagnostics: ParseDiagnostic[],
  rowSpans: Record<string, Span>,
  grids: GridRanges,
  form: FormTable = formTables.find((t) => t.id === table)!,
): void => {
  const tokens = tokenize(text, span[0], span[1]);
  const first = readRows(tokens, keys);
  if (first.rows.size < form.rows.length / 2) {
    // Rows whose digits can hold all their cells: a "1" after a label is not a fused row.
    const fused = fusedRows(text, span, keys).filter(
      (f) =>
        f.run.replace(/[ .]/g, '').length >=
        form.columnsOf(f.row === '3.6' ? '3.6.1' : f.row).length,
    );
    if (fused.length >= 3) {
      readFusedTable(form, fused, cells, diagnostics);
      return;
    }
  }
  const read = blankRowsIfUnread(first, tokens, table, form, keys);
  const valueCount = read.allValues.length;
  if (read.rows.size === 0 && valueCount === 0) {
    diagnostics.push({
      kind: 'table-missing',
      table,
      span,
      image: IMAGE_MARK.test(text.slice(span[0], span[1])),
    });
    return;
  }
  // The 2019 format's single （六）其他处理 row: keep its numbers, not the three sub-rows.
  const rowIds = form.rows.map((r) => r.id);
  if (table === 'requests' && read.rows.has('3.6') && !read.rows.has('3.6.1')) {
    rowIds.splice(rowIds.indexOf('3.6.1'), 3, '3.6');
  }
  adoptMisspelledRows(read, rowIds, form, table, diagnostics);
  const total = form.rows.reduce((n, r) => n + form.columnsOf(r.id).length, 0);
  const missing = rowIds.filter((r) => !read.rows.has(r));
  if (
    missing.length > 0 &&
    valueCount === total &&
    read.allValues.every((s) => s.kind === 'value')
  ) {
    const anchors = certainRows(text, read, rowIds, form, grids);
    if (anchors.length === 0) placeByOrder(form, read.allValues, cells);
    else
      placeBetweenAnchors(
        text,
        table,
        form,
        rowIds,
        anchors,
        read.allValues,
        span,
        grids,
        cells,
        diagnostics,
      );
    diagnostics.push({ kind: 'placed-by-order', table, span });
    return;
  }
  for (const rowId of rowIds) {
    const row = read.rows.get(rowId);
    const columns = form.columnsOf(rowId === '3.6' ? '3.6.1' : rowId);
    if (!row) {
      diagnostics.push({ kind: 'row-missing', table, row: rowId });
      continue;
    }
    const holds = table === 'requests' ? lastIsSum : undefined;
    // In a grid the row's cells are its last fields, by column; guessing is for plain text.
    const gridLine = gridLineAt(text, grids, row.labelSpan[1]);
    const byColumn =
      gridLine && placeByColumn(text, gridLine, row.labelSpan[1], row.slots, columns.length);
    const placed = byColumn
      ? { ok: true as const, cells: byColumn, extra: 0 }
      : placeRow(row.slots, columns.length, holds);
    // The row's label and its numbers (trailing empty fields are not part of what it says).
    const rowSpan: Span = [
      row.labelSpan[0],
      Math.max(
        row.labelSpan[1],
        ...row.slots.filter((s) => s.kind === 'value').map((s) => s.span[1]),
      ),
    ];
    rowSpans[`${table}/${rowId}`] = rowSpan;
    if (!placed.ok) {
      diagnostics.push({
        kind: 'row-unaligned',
        table,
        row: rowId,
        span: rowSpan,
        count: placed.count,
        expected: columns.length,
        ...(gridLine && gridRowNarrower(text, gridLine, row.labelSpan[1], columns.length)
          ? { narrowGrid: true as const }
          : {}),
      });
      columns.forEach((c, i) => {
        const slot = row.slots.filter((s) => s.kind === 'value')[i];
        cells[cellPath(table, rowId, c.id)] = {
          value: null,
          raw: slot && slot.kind === 'value' ? slot.raw : '',
          span: slot?.span ?? null,
        };
      });
      continue;
    }
    if (placed.extra > 0) {
      diagnostics.push({
        kind: 'extra-cells',
        table,
        row: rowId,
        span: rowSpan,
        count: columns.length + placed.extra,
        expected: columns.length,
      });
    }
    columns.forEach((c, i) => put(cells, cellPath(table, rowId, c.id), placed.cells[i]!));
  }
};

/**
 * Table 三 rows whose own sum allows several splits: the one choice for which every column's
 * (七)总计 is the sum of the result rows and 一+二 = (七)+四 (the 勾稽 relations), if only one.
 */
const decideByRelations = (
  decoded: Array<{ row: string; cells: PlacedCell[] | null }>,
  fused: readonly FusedRow[],
): void => {
  const options = decoded.map((d) => {
    if (d.cells) return [d.cells];
    const f = fused.find((x) => x.row === d.row);
    return (f && decodeCandidates(f, requestColumns.length, [requestColumns.length], 6)) || [];
  });
  const index = (row: string) => decoded.findIndex((d) => d.row === row);
  const leaves = decoded
    .map((d, i) => (d.row.startsWith('3.') && d.row !== '3.7' ? i : -1))
    .filter((i) => i >= 0);
  const [one, two, total, four] = ['1', '2', '3.7', '4'].map(index);
  if ([one, two, total, four].some((i) => i === undefined || i < 0)) return;
  const v = (choice: readonly PlacedCell[][], i: number, c: number) => choice[i]![c]!.value ?? 0;
  const chosen = chooseReadings(options, (choice) =>
    requestColumns.every(
      (_, c) =>
        leaves.reduce((a, i) => a + v(choice, i, c), 0) === v(choice, total!, c) &&
        v(choice, one!, c) + v(choice, two!, c) === v(choice, total!, c) + v(choice, four!, c),
    ),
  );
  if (chosen) chosen.forEach((cells, i) => (decoded[i]!.cells = cells));
};

/**
 * A table flattened onto one line with its cells kept apart by spaces ("规章 2 1 30 行政规范性
 * 文件 …"), as a page's text copied without its borders leaves it: when every row holds exactly
 * its cells' count of space-separated numbers, those are its cells, nothing was fused. True when
 * the table was read so.
 */
const readSpacedRows = (
  form: FormTable,
  fused: readonly FusedRow[],
  cells: Record<string, Cell>,
): boolean => {
  const split = fused.map((f) => {
    const columns = form.columnsOf(f.row === '3.6' ? '3.6.1' : f.row);
    const parts = [...f.run.matchAll(/\d+(?:\.\d+)?/g)];
    return { f, columns, parts };
  });
  if (!split.every((r) => r.parts.length === r.columns.length)) return false;
  // Digits spaced one by one (a PDF's letter spacing) may be one number: not this case.
  if (!split.some((r) => r.parts.some((p) => p[0].replace('.', '').length > 1))) return false;
  for (const { f, columns, parts } of split)
    columns.forEach((c, i) => {
      const p = parts[i]!;
      const at = f.span[0] + p.index;
      put(cells, cellPath(form.id, f.row, c.id), {
        raw: p[0],
        value: Number(p[0]),
        span: [at, at + p[0].length],
      });
    });
  return true;
};

/** The digits of a fused table: every row decoded by the form, or the table left unread. */
const readFusedTable = (
  form: FormTable,
  fused: readonly FusedRow[],
  cells: Record<string, Cell>,
  diagnostics: ParseDiagnostic[],
): void => {
  const table = form.id;
  if (readSpacedRows(form, fused, cells)) return;
  const rowIds = form.rows.map((r) => r.id);
  if (fused.some((f) => f.row === '3.6') && !fused.some((f) => f.row === '3.6.1'))
    rowIds.splice(rowIds.indexOf('3.6.1'), 3, '3.6');
  const decoded = rowIds.map((row) => {
    const f = fused.find((x) => x.row === row);
    const columns = form.columnsOf(row === '3.6' ? '3.6.1' : row);
    const groups = table === 'requests' ? [columns.length] : [];
    return { row, columns, cells: f ? decodeRun(f, columns.length, groups) : null };
  });
  // The run to quote: the first row the form could not split (or the first row at all).
  const undecided = decoded.find((d) => d.cells === null);
  const sample =
    fused.find((f) => f.row === undecided?.row) ?? fused.find((f) => f.run.length > 3) ?? fused[0]!;
  const span: Span = [fused[0]!.span[0], fused[fused.length - 1]!.span[1]];
  if (table === 'requests' && decoded.some((d) => d.cells === null))
    decideByRelations(decoded, fused);
  const ok = decoded.every((d) => d.cells !== null);
  if (ok) {
    for (const d of decoded)
      d.columns.forEach((c, i) => put(cells, cellPath(table, d.row, c.id), d.cells![i]!));
    if (rowIds.includes('3.6'))
      for (const c of requestColumns) cells[cellPath('requests', '3.6', c.id)] ??= emptyCell();
  }
  diagnostics.push({ kind: 'digits-fused', table, span, sample: sample.run, decoded: ok });
};

/**
 * A row whose label names nothing, standing where exactly one row of the form is missing
 * (between its named neighbours) with that row's count of numbers, is that row: its label has
 * a typo. Its numbers take part in every check; the typo is a diagnostic of its own.
 */
const adoptMisspelledRows = (
  read: RowsRead,
  rowIds: readonly string[],
  form: FormTable,
  table: TableId,
  diagnostics: ParseDiagnostic[],
): void => {
  for (const u of read.unnamed) {
    if (u.prev === null || u.next === null) continue;
    const from = rowIds.indexOf(u.prev);
    const to = rowIds.indexOf(u.next);
    if (from < 0 || to <= from) continue;
    const gap = rowIds.slice(from + 1, to).filter((r) => !read.rows.has(r));
    if (gap.length !== 1 || to - from !== 2) continue;
    const row = gap[0]!;
    const width = form.columnsOf(row === '3.6' ? '3.6.1' : row).length;
    const values = u.slots.filter((s) => s.kind === 'value').length;
    if (values === 0 || values > width || u.slots.length < width) continue;
    // A label of words (not a note): short, and numbered like its siblings.
    if (u.label.length > 40 || !/[\u4e00-\u9fff]{2}/.test(u.label)) continue;
    read.rows.set(row, { row, labelSpan: u.labelSpan, slots: u.slots });
    // A row whose label cell is empty takes the column header before it for its label: the
    // row has no label, rather than one misspelt as "本年处理决定数量".
    const label = isColumnHeader(u.label) ? '' : u.label;
    diagnostics.push({ kind: 'row-label-typo', table, row, label, span: u.labelSpan });
  }
};

interface Anchor {
  row: string;
  cells: PlacedCell[];
  /** The anchor's grid line: the numbers before it belong to the rows before it. */
  start: number;
  end: number;
}

/** The rows read from grid lines that are certain (see certainGridRow), in reading order. */
const certainRows = (
  text: string,
  read: RowsRead,
  rowIds: readonly string[],
  form: FormTable,
  grids: GridRanges,
): Anchor[] => {
  const anchors: Anchor[] = [];
  for (const rowId of rowIds) {
    const row = read.rows.get(rowId);
    const line = row && gridLineAt(text, grids, row.labelSpan[1]);
    if (!row || !line) continue;
    const width = form.columnsOf(rowId === '3.6' ? '3.6.1' : rowId).length;
    const inLine = read.allValues.filter((s) => s.span[0] >= line.start && s.span[1] <= line.end);
    const cells = certainGridRow(text, line, row.labelSpan[1], inLine, width);
    if (cells) anchors.push({ row: rowId, cells, start: line.start, end: line.end });
  }
  // Anchors out of the form's order say the labels are not what they seem: no anchors then.
  return anchors.every((a, i) => i === 0 || a.start > anchors[i - 1]!.end) ? anchors : [];
};

/**
 * Placement by the form's order, held by the certain grid rows: each certain row takes its own
 * cells, and the rows between two of them take the numbers between them in order, when the
 * numbers inside grids are exactly theirs (a lone number line beside a grid is conversion
 * noise, never a cell) — or else all the numbers between them are. Otherwise those rows stay unread, with a diagnostic:
 * nothing is shifted into a row it may not belong to.
 */
const placeBetweenAnchors = (
  text: string,
  table: TableId,
  form: FormTable,
  rowIds: readonly string[],
  anchors: readonly Anchor[],
  values: readonly Slot[],
  span: Span,
  grids: GridRanges,
  cells: Record<string, Cell>,
  diagnostics: ParseDiagnostic[],
): void => {
  const placeRun = (rows: readonly string[], from: number, to: number): void => {
    const widths = rows.map((r) => form.columnsOf(r === '3.6' ? '3.6.1' : r));
    const need = widths.reduce((n, cs) => n + cs.length, 0);
    if (need === 0) return;
    const all = values.filter((v) => v.span[0] >= from && v.span[1] <= to);
    const inGrids = all.filter((v) => gridLineAt(text, grids, v.span[0]) !== null);
    const run = inGrids.length === need ? inGrids : all.length === need ? all : null;
    if (!run) {
      const at: Span = all.length > 0 ? [all[0]!.span[0], all[all.length - 1]!.span[1]] : span;
      for (const row of rows)
        diagnostics.push({
          kind: 'row-unaligned',
          table,
          row,
          span: at,
          count: all.length,
          expected: need,
        });
      return;
    }
    let i = 0;
    rows.forEach((row, r) =>
      widths[r]!.forEach((c) => put(cells, cellPath(table, row, c.id), fromValue(run[i++]!))),
    );
  };
  let from = span[0];
  let pending: string[] = [];
  for (const rowId of rowIds) {
    const anchor = anchors.find((a) => a.row === rowId);
    if (!anchor) {
      pending.push(rowId);
      continue;
    }
    placeRun(pending, from, anchor.start);
    const columns = form.columnsOf(rowId === '3.6' ? '3.6.1' : rowId);
    columns.forEach((c, i) => put(cells, cellPath(table, rowId, c.id), anchor.cells[i]!));
    from = anchor.end;
    pending = [];
  }
  placeRun(pending, from, span[1]);
};

const fromValue = (s: Slot): PlacedCell =>
  s.kind === 'value'
    ? { raw: s.raw, value: s.value, span: s.span }
    : { raw: '', value: null, span: null };

/** Places numbers by the form's fixed order (used when exactly the form's count follows). */
const placeByOrder = (
  form: FormTable,
  values: readonly Slot[],
  cells: Record<string, Cell>,
): void => {
  const table = form.id;
  let i = 0;
  for (const r of form.rows) {
    for (const c of form.columnsOf(r.id)) {
      const v = values[i++];
      if (v && v.kind === 'value')
        cells[cellPath(table, r.id, c.id)] = { value: v.value, raw: v.raw, span: v.span };
    }
  }
};

/** 表四: one row of 15 numbers in the form's order (or three rows of five). */
const readReviewTable = (
  text: string,
  span: Span,
  cells: Record<string, Cell>,
  diagnostics: ParseDiagnostic[],
): void => {
  const tokens = tokenize(text, span[0], span[1]);
  // Only lines that hold numbers: the header's empty merged cells are not blank values.
  const valueLines = new Set(tokens.filter((t) => t.kind === 'value').map((t) => t.line));
  const slots = tokens.filter((t): t is Slot => t.kind !== 'label' && valueLines.has(t.line));
  const values = slots.filter((s) => s.kind === 'value');
  const run = values.length === 0 ? /\d{15,}/.exec(text.slice(span[0], span[1])) : null;
  if (run) {
    // The 15 numbers ran together: read only when the three row sums decide the split.
    const at: Span = [span[0] + run.index, span[0] + run.index + run[0].length];
    const fused = { row: '*', run: run[0], span: at };
    const placed = decodeRun(fused, reviewRows.length * reviewColumns.length, [5, 5, 5]);
    let i = 0;
    if (placed)
      for (const r of reviewRows)
        for (const c of reviewColumns) put(cells, cellPath('review', r.id, c.id), placed[i++]!);
    diagnostics.push({
      kind: 'digits-fused',
      table: 'review',
      span: at,
      sample: run[0],
      decoded: placed !== null,
    });
    return;
  }
  if (values.length === 0) {
    diagnostics.push({
      kind: 'table-missing',
      table: 'review',
      span,
      image: IMAGE_MARK.test(text.slice(span[0], span[1])),
    });
    return;
  }
  const width = reviewRows.length * reviewColumns.length;
  const placed = placeRow(slots, width, (cs) => {
    const verdicts = [0, 1, 2].map((g) => lastIsSum(cs.slice(g * 5, g * 5 + 5)));
    return verdicts.includes(false) ? false : verdicts.includes('unknown') ? 'unknown' : true;
  });
  const valueSpan: Span = [values[0]!.span[0], values[values.length - 1]!.span[1]];
  if (!placed.ok) {
    diagnostics.push({
      kind: 'row-unaligned',
      table: 'review',
      row: '*',
      span: valueSpan,
      count: placed.count,
      expected: width,
    });
    return;
  }
  if (placed.extra > 0) {
    diagnostics.push({
      kind: 'extra-cells',
      table: 'review',
      row: '*',
      span: valueSpan,
      count: width + placed.extra,
      expected: width,
    });
  }
  let i = 0;
  for (const r of reviewRows)
    for (const c of reviewColumns) put(cells, cellPath('review', r.id, c.id), placed.cells[i++]!);
};

/** Column headers that only the 2019 form's table 二 has. */
const HEADERS_2019 =
  /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\s*[/／]\s*减|采购项目数量|采购总金额/g;
const HEADERS_2021 = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/g;

/** Text made only of table 二's column headers ("信息内容 本年处理决定数量"). */
const isColumnHeader = (label: string): boolean =>
  label
    .replace(HEADERS_2019, '')
    .replace(HEADERS_2021, '')
    .replace(/信息内容|[（(]?单位[:：]?万元[）)]?|[\s|｜:：（）()]/g, '') === '';

/** Table 二 is the 2019 form's when its column headers are that form's. */
const isActive2019 = (text: string, span: Span): boolean => {
  const region = text.slice(span[0], span[1]);
  const n2019 = region.match(HEADERS_2019)?.length ?? 0;
  return n2019 >= 2 && n2019 > (region.match(HEADERS_2021)?.length ?? 0);
};

/**
 * The 2019 headers over table 二's first part (第二十条第（一）项), the truncated "本年新 | 本年新"
 * included: those columns are not 2021's 本年制发/本年废止/现行有效 whatever the other parts say.
 */
const FIRST_PART_2019 = /本年新制作|本年新公开|对外公开总数|本年新本年新/;

const firstPartIs2019 = (text: string, span: Span): boolean => {
  const region = text.slice(span[0], span[1]);
  const next = region.search(/第二十条第\s*[（(]\s*[五六八]/);
  return FIRST_PART_2019.test(region.slice(0, next > 0 ? next : undefined).replace(/[\s|｜]/g, ''));
};

/** Reads all three tables from the normalized text. */
export const readTables = (
  text: string,
  headings: readonly HeadingInfo[],
  grids: GridRanges = [],
): TablesRead => {
  const cells: Record<string, Cell> = {};
  for (const p of allCellPaths) cells[p] = emptyCell();
  const diagnostics: ParseDiagnostic[] = [];
  const rowSpans: Record<string, Span> = {};
  const regions = findRegions(text, headings);
  for (const table of ['active', 'requests', 'review'] as TableId[]) {
    const region = regions.find((r) => r.table === table);
    if (!region) {
      diagnostics.push({ kind: 'table-missing', table, span: null, image: false });
      continue;
    }
    if (table === 'review') readReviewTable(text, region.span, cells, diagnostics);
    else if (table === 'active' && isActive2019(text, region.span)) {
      for (const p of allCellPaths) if (p.startsWith('active/')) delete cells[p];
      for (const p of active2019CellPaths) cells[p] = emptyCell();
      readLabelledTable(
        text,
        table,
        region.span,
        active2019RowKeys,
        cells,
        diagnostics,
        rowSpans,
        grids,
        activeTable2019,
      );
    } else if (table === 'active' && firstPartIs2019(text, region.span)) {
      for (const r of ['regulations', 'normativeDocs']) {
        for (const p of Object.keys(cells)) if (p.startsWith(`active/${r}/`)) delete cells[p];
        for (const c of activeTableMixed.columnsOf(r))
          cells[cellPath('active', r, c.id)] = emptyCell();
      }
      readLabelledTable(
        text,
        table,
        region.span,
        activeRowKeys,
        cells,
        diagnostics,
        rowSpans,
        grids,
        activeTableMixed,
      );
    } else
      readLabelledTable(
        text,
        table,
        region.span,
        table === 'active' ? activeRowKeys : requestRowKeys,
        cells,
        diagnostics,
        rowSpans,
        grids,
      );
  }
  // A report keeping the 2019 single row （六）其他处理 has 3.6 in place of 3.6.1–3.6.3.
  if (cells['requests/3.6/natural']) {
    for (const r of ['3.6.1', '3.6.2', '3.6.3'])
      for (const c of requestColumns) delete cells[cellPath('requests', r, c.id)];
  }
  // "减4" is a number only in a 本年增/减 cell; in any other it is words, as "十二" is.
  for (const [path, cell] of Object.entries(cells))
    if (cell.value !== null && !isSignedCell(path) && isSignedInWords(cell.raw))
      cells[path] = { ...cell, value: null };
  return {
    cells,
    rowSpans,
    regions: regions.map(({ table, span }) => ({ table, span })),
    diagnostics,
  };
};
