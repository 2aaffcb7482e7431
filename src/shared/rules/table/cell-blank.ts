// table.cell-blank: a cell left blank or written "/", "—", "无". Blank is not zero.
import type { ActiveForm, TableId } from '../../model/form';
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { defineRule, type RuleContext } from '../types';
import { moneyInCount } from '../support/money-cells';
import {
  activeFormOfDoc,
  BLANK_MARKS,
  lastLineOf,
  cellName,
  reportRows,
  rowCells,
  rowCellsIn,
  rowName,
  rowPlace,
  tableName,
  tablePlace,
} from '../support/places';

const TABLES: readonly TableId[] = ['active', 'requests', 'review'];

/** Rows found with no number at all (the whole row is blank), with where they stand. */
const emptyRows = (doc: ParsedDocument): Map<string, Span> => {
  const out = new Map<string, Span>();
  // A row read with every cell blank (a Word row left empty): the parser gives its place.
  for (const [key, span] of Object.entries(doc.rowSpans)) {
    const [table, row] = key.split('/') as [TableId, string];
    const paths = rowCellsIn(doc, table, row);
    if (
      paths.length > 0 &&
      paths.every((p) => doc.report.cells[p]?.value === null && doc.report.cells[p]?.raw === '')
    ) {
      out.set(key, span);
    }
  }
  for (const d of doc.diagnostics)
    if (d.kind === 'row-unaligned' && d.count === 0)
      out.set(`${d.table}/${d.row}`, lastLineOf(doc.report.text, d.span));
  return out;
};

/** Rows the parser could not read (reported by table.missing / table.row-missing). */
const unreadRows = (doc: ParsedDocument, empty: Map<string, Span>): Set<string> => {
  const out = new Set<string>();
  for (const d of doc.diagnostics) {
    if (d.kind === 'table-missing') out.add(`${d.table}/*`);
    // A table whose digits ran together is one table.digits-fused finding, not blank cells.
    else if (d.kind === 'digits-fused' && !d.decoded) out.add(`${d.table}/*`);
    else if (d.kind === 'row-missing' || (d.kind === 'row-unaligned' && d.count > 0))
      out.add(`${d.table}/${d.row}`);
  }
  for (const key of empty.keys()) out.delete(key);
  return out;
};

const isBlank = (ctx: RuleContext, path: string): boolean => {
  const c = ctx.cell(path);
  return !!c && c.value === null && BLANK_MARKS.has(c.raw.trim());
};

/** A "/" in the 规章 row: most units have no power to make 规章, so it is a note, not a fault. */
const noRulemakingPower = (ctx: RuleContext, paths: readonly string[]): boolean =>
  paths.every((p) => p.startsWith('active/regulations/') && ctx.cell(p)!.raw.trim() !== '');

const shown = (raw: string): string => (raw.trim() === '' ? '空白' : `「${raw.trim()}」`);

/** A blank cell, or a row whose every cell is blank, as one place of the finding. */
interface Blank {
  /** "表三「三、（一）予以公开」自然人列为空白", "表三「三、（二）部分公开」一行 7 格均为空白". */
  name: string;
  paths: string[];
  span: Span | null | undefined;
  raw: string;
}

/** How many places a message names before "等"; every place is in the finding's cells and spans. */
const MAX_NAMED = 4;

/** One finding per table: a single blank as before, several as one list (one habit). */
const reportBlanks = (ctx: RuleContext, table: TableId, items: readonly Blank[]): void => {
  if (items.length === 0) return;
  const spans = items.flatMap((b) => (b.span ? [b.span] : []));
  const cells = items.flatMap((b) => b.paths);
  if (items.length === 1) {
    const b = items[0]!;
    const row = b.paths.length > 1;
    ctx.report({
      message: `${b.name}，没有填写数字。空白不等于 0。`,
      spans,
      cells,
      actual: b.raw,
      suggestion: row
        ? '请逐格填写该行，没有发生的事项填 0。'
        : '请填写该格数字，没有发生的事项填 0。',
    });
    return;
  }
  const prefix = tableName(table).replace(/「.*$/, '');
  const named = items
    .slice(0, MAX_NAMED)
    .map((b) => b.name.replace(prefix, ''))
    .join('；');
  const more = items.length > MAX_NAMED ? `等（共 ${items.length} 处）` : '';
  ctx.report({
    message: `${tableName(table)}有 ${cells.length} 格没有填写数字：${named}${more}。空白不等于 0。`,
    spans,
    cells,
    actual: cells.length,
    suggestion: '请逐格填写，没有发生的事项填 0。',
  });
};

/** A "/" row of 规章 (no rule-making power): an info note of its own, not part of the habit. */
const reportRulemakingNote = (
  ctx: RuleContext,
  form: ActiveForm,
  table: TableId,
  row: string,
  paths: readonly string[],
  blanks: readonly string[],
): void => {
  const note = '如本单位无规章制定权，可不填；如有制发，请填写实际件数（没有填 0）。';
  if (blanks.length === paths.length && paths.length > 1) {
    const raws = [...new Set(paths.map((p) => shown(ctx.cell(p)!.raw)))].join('、');
    const span = rowPlace(ctx.doc, paths);
    ctx.report({
      message: `${rowName(table, row, form)}一行 ${paths.length} 格均为${raws}，没有填写数字。${note}`,
      spans: span ? [span] : [],
      cells: [...paths],
      actual: raws,
      suggestion: null,
      severity: 'info',
    });
    return;
  }
  for (const path of blanks) {
    const cell = ctx.cell(path)!;
    const span = cell.span ?? rowPlace(ctx.doc, paths);
    ctx.report({
      message: `${cellName(path, form)}为${shown(cell.raw)}，没有填写数字。${note}`,
      spans: span ? [span] : [],
      cells: [path],
      actual: shown(cell.raw),
      suggestion: null,
      severity: 'info',
    });
  }
};

export const cellBlank = defineRule({
  meta: {
    id: 'table.cell-blank',
    category: 'table',
    severity: 'warning',
    title: '单元格空白',
    description:
      '表格中的格子留空或填“/”“—”“无”。空白不等于 0：没有发生的事项应填 0。空白格不参与勾稽核对。每张表一条提示，标出所有空白格。规章一行填“/”（本单位无规章制定权）仅作提示。',
  },
  check(ctx) {
    // Table 二's rows, cells and names are those of the form the report filled.
    const form = activeFormOfDoc(ctx.doc);
    const empty = emptyRows(ctx.doc);
    const unread = unreadRows(ctx.doc, empty);
    for (const table of TABLES) {
      if (unread.has(`${table}/*`)) continue;
      const all = reportRows(ctx.doc, table);
      const rows = all.filter((r) => !unread.has(`${table}/${r}`));
      const blankRows = rows.filter((r) => rowCells(table, r, form).every((p) => isBlank(ctx, p)));
      // A table with nothing in it is one finding, not a list of every row.
      if (blankRows.length > 1 && blankRows.length === all.length) {
        const place = tablePlace(ctx.doc, table);
        ctx.report({
          message: `${tableName(table)}全部空白，没有填写任何数字。空白不等于 0。`,
          spans: place ? [place] : [],
          cells: rows.flatMap((r) => rowCells(table, r, form)),
          suggestion: '请逐格填写，没有发生的事项填 0。',
        });
        continue;
      }
      const items: Blank[] = [];
      for (const row of rows) {
        const paths = rowCells(table, row, form);
        const blanks = paths.filter((p) => isBlank(ctx, p));
        if (blanks.length === 0) continue;
        // Money in the count cell beside a blank amount: table.money-in-count names the row.
        if (paths.some((p) => moneyInCount(ctx.doc, p))) continue;
        if (noRulemakingPower(ctx, blanks)) {
          reportRulemakingNote(ctx, form, table, row, paths, blanks);
          continue;
        }
        if (blanks.length === paths.length && paths.length > 1) {
          const raws = [...new Set(paths.map((p) => shown(ctx.cell(p)!.raw)))].join('、');
          const span = empty.get(`${table}/${row}`) ?? rowPlace(ctx.doc, paths);
          items.push({
            name: `${rowName(table, row, form)}一行 ${paths.length} 格均为${raws}`,
            paths,
            span,
            raw: raws,
          });
          continue;
        }
        for (const path of blanks) {
          const cell = ctx.cell(path)!;
          const span = cell.span ?? rowPlace(ctx.doc, paths) ?? empty.get(`${table}/${row}`);
          items.push({
            name: `${cellName(path, form)}为${shown(cell.raw)}`,
            paths: [path],
            span,
            raw: shown(cell.raw),
          });
        }
      }
      reportBlanks(ctx, table, items);
    }
  },
});
