// Names and places of the form's tables, rows and cells, shared by the table and arith rules.
import {
  activeFormOf,
  activeTable2019,
  cellPath,
  describeCell,
  formTableOf,
  type ActiveForm,
  type TableId,
} from '../../model/form';
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';

/** The 2019 trial format's single row （六）其他处理, kept in place of 3.6.1–3.6.3. */
export const LEGACY_OTHER_ROW = '3.6';
const LEGACY_OTHER_LABEL = '三、（六）其他处理';

/** Cell texts that mean "left blank" rather than a number. */
export const BLANK_MARKS: ReadonlySet<string> = new Set([
  '',
  '/',
  '／',
  '—',
  '——',
  '-',
  '－',
  '--',
  '无',
  '空',
  '\\',
]);

/** The table 二 this report filled (2021, 2019 or the mixed one): its cells tell. */
export const activeFormOfDoc = (doc: ParsedDocument): ActiveForm => activeFormOf(doc.report.cells);

/** "表三「收到和处理政府信息公开申请情况」" */
export const tableName = (table: TableId): string => {
  const t = formTableOf(table);
  return `${t.name}「${t.title}」`;
};

/**
 * The row's label as the form prints it ("三、（三）不予公开 1.属于国家秘密"); a table 二 row by
 * the report's own form (`form`, see activeFormOfDoc): the 2019 form's "规范性文件".
 */
export const rowLabel = (table: TableId, row: string, form?: ActiveForm): string => {
  if (table === 'requests' && row === LEGACY_OTHER_ROW) return LEGACY_OTHER_LABEL;
  const label = formTableOf(table, form).rows.find((r) => r.id === row)?.label;
  // A row only the 2019 form's table 二 has ("政府集中采购").
  const label2019 =
    table === 'active' ? activeTable2019.rows.find((r) => r.id === row)?.label : undefined;
  return label ?? label2019 ?? row;
};

/** "表三「三、（一）予以公开」" */
export const rowName = (table: TableId, row: string, form?: ActiveForm): string =>
  `${formTableOf(table).name}「${rowLabel(table, row, form)}」`;

/**
 * The cell paths of one row, in column order (the 2019 row 3.6 has table 三's columns); a table
 * 二 row by the report's own form.
 */
export const rowCells = (table: TableId, row: string, form?: ActiveForm): string[] => {
  const columnsOf = row === LEGACY_OTHER_ROW ? '3.6.1' : row;
  return formTableOf(table, form)
    .columnsOf(columnsOf)
    .map((c) => cellPath(table, row, c.id));
};

/** The cell paths of one row as this report has them (the 2019 form's table 二 included). */
export const rowCellsIn = (doc: ParsedDocument, table: TableId, row: string): string[] => {
  const prefix = `${table}/${row}/`;
  const own = Object.keys(doc.report.cells).filter((p) => p.startsWith(prefix));
  return own.length > 0 ? own : rowCells(table, row, activeFormOfDoc(doc));
};

/**
 * The rows of a table as this report has them: table 二's by its form, and 3.6 in place of
 * 3.6.1–3.6.3 when kept.
 */
export const reportRows = (doc: ParsedDocument, table: TableId): string[] => {
  const ids = formTableOf(table, activeFormOfDoc(doc)).rows.map((r) => r.id);
  if (table !== 'requests' || !doc.report.cells[cellPath('requests', '3.6', 'natural')]) return ids;
  return ids.flatMap((id) =>
    id === '3.6.1' ? [LEGACY_OTHER_ROW] : id.startsWith('3.6.') ? [] : [id],
  );
};

/** describeCell, also for the 2019 row 3.6: "表三「三、（七）总计」自然人列". */
export const cellName = (path: string, form?: ActiveForm): string => {
  const [table, row, column] = path.split('/');
  if (table === 'requests' && row === LEGACY_OTHER_ROW && column) {
    return describeCell(cellPath('requests', '3.6.1', column)).replace(
      /「[^」]*」/,
      `「${LEGACY_OTHER_LABEL}」`,
    );
  }
  return describeCell(path, form);
};

/** A column's label ("自然人", "总计") from a cell path; a table 二 column by the report's form. */
export const columnLabel = (path: string, form?: ActiveForm): string => {
  const [table, row, column] = path.split('/');
  if ((table !== 'active' && table !== 'requests' && table !== 'review') || !row || !column)
    return column ?? path;
  const rowId = row === LEGACY_OTHER_ROW ? '3.6.1' : row;
  return (
    formTableOf(table, form)
      .columnsOf(rowId)
      .find((c) => c.id === column)?.label ?? column
  );
};

/** The line of `text` around `at`, without its leading and trailing white space. */
export const lineAround = (text: string, at: number): Span => {
  let s = text.lastIndexOf('\n', at - 1) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
};

/** The last line of a span: a row's label may have gathered the header lines above it. */
export const lastLineOf = (text: string, span: Span): Span => {
  const line = lineAround(text, Math.max(span[0], span[1] - 1));
  return [Math.max(span[0], line[0]), span[1]];
};

/**
 * Where a table is shown to the reviewer: its section heading when written, otherwise the first
 * line of its region; null when the table was not found at all.
 */
export const tablePlace = (doc: ParsedDocument, table: TableId): Span | null => {
  const section = { active: '2', requests: '3', review: '4' }[table];
  const heading = doc.headings.find((h) => h.id === section && h.found);
  if (heading) return heading.span;
  const region = doc.tables.find((r) => r.table === table);
  return region ? lineAround(doc.report.text, region.span[0]) : null;
};

/** The lines holding the read cells of a row (for a blank cell, which has no span of its own). */
export const rowPlace = (doc: ParsedDocument, paths: readonly string[]): Span | null => {
  const spans = paths.flatMap((p) => {
    const s = doc.report.cells[p]?.span;
    return s ? [s] : [];
  });
  if (spans.length === 0) return null;
  const text = doc.report.text;
  const first = lineAround(text, Math.min(...spans.map((s) => s[0])));
  const last = lineAround(text, Math.max(...spans.map((s) => s[0])));
  return [first[0], last[1]];
};

/** Formats a number for a message: integers as is, decimals without trailing zeros. */
export const fmt = (n: number): string =>
  Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
