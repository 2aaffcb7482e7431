// table.row-missing: every row of the form is found and its numbers can be placed in columns.
import type { TableId } from '../../model/form';
import type { Span } from '../../model/schema';
import { defineRule, type RuleContext } from '../types';
import { moneyInCount } from '../support/money-cells';
import {
  activeFormOfDoc,
  lastLineOf,
  rowCellsIn,
  rowLabel,
  rowName,
  tableName,
  tablePlace,
} from '../support/places';

/** Above this many missing rows in one table, one finding lists them all (no cascade). */
const LIST_LIMIT = 5;

const reportMissing = (ctx: RuleContext, table: TableId, rows: string[]): void => {
  const form = activeFormOfDoc(ctx.doc);
  const place = tablePlace(ctx.doc, table);
  const spans: Span[] = place ? [place] : [];
  if (rows.length > LIST_LIMIT) {
    ctx.report({
      message: `${tableName(table)}有 ${rows.length} 行未能识别：${rows.map((r) => `「${rowLabel(table, r, form)}」`).join('')}。这些行的数字未参与核对。`,
      spans,
      cells: rows.flatMap((r) => rowCellsIn(ctx.doc, table, r)),
      suggestion: '请按官方格式的行名和顺序填写表格，不要删除或改写行名。',
    });
    return;
  }
  for (const row of rows) {
    ctx.report({
      message: `${tableName(table)}缺少「${rowLabel(table, row, form)}」一行（或行名无法识别），该行数字未参与核对。`,
      spans,
      cells: rowCellsIn(ctx.doc, table, row),
      suggestion: `请按官方格式补上「${rowLabel(table, row, form)}」一行，没有发生的事项填 0。`,
    });
  }
};

export const rowMissing = defineRule({
  meta: {
    id: 'table.row-missing',
    formOnly: true,
    category: 'table',
    severity: 'error',
    title: '表格行缺失或错位',
    description:
      '表格须保留官方格式的每一行、每一列。某行缺失、行名被改写而无法识别，或某行的数字少于列数、无法确定各数所在的列时报告；这些数字不参与勾稽核对。转换后的表格（如 PDF 转 Markdown）中某行本身少了一格、是转换丢了列的，仅作提示。',
  },
  check(ctx) {
    const form = activeFormOfDoc(ctx.doc);
    const missing = new Map<TableId, string[]>();
    for (const d of ctx.doc.diagnostics) {
      if (d.kind === 'row-missing') {
        missing.set(d.table, [...(missing.get(d.table) ?? []), d.row]);
        continue;
      }
      // A row with no number at all is a blank row (table.cell-blank).
      if (d.kind !== 'row-unaligned' || d.count === 0) continue;
      if (d.row === '*') {
        ctx.report({
          message: `${tableName(d.table)}读到 ${d.count} 个数，应为 ${d.expected} 个（3 行 × 5 列），无法确定各数所在的格，该表未参与核对。`,
          spans: [d.span],
          cells: ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap(
            (r) => rowCellsIn(ctx.doc, d.table, r),
          ),
          suggestion:
            '请按官方格式逐格填写表四的 15 个数，没有发生的事项填 0，不要留空或合并单元格。',
        });
        continue;
      }
      const cells = rowCellsIn(ctx.doc, d.table, d.row);
      // One sum of money for a count and an amount: table.money-in-count names it.
      if (moneyInCount(ctx.doc, cells[0]!)) continue;
      const read = cells.map((p) => ctx.cell(p)?.raw ?? '').filter((r) => r !== '');
      if (d.narrowGrid) {
        // The source's own table row is short a cell: a conversion lost a column, not the agency.
        ctx.report({
          message: `${rowName(d.table, d.row, form)}一行在转换后的表格中只有 ${d.count} 格（${read.join('、')}），表格有 ${d.expected} 列：原表的一列在转换中丢失，无法确定各数所在的列，该行未参与核对，请核对原表。`,
          spans: [lastLineOf(ctx.text, d.span)],
          cells,
          actual: read.join('、'),
          severity: 'info',
          suggestion: '对照原件（PDF 或 Word）核对该行各格的数字。',
        });
        continue;
      }
      ctx.report({
        message: `${rowName(d.table, d.row, form)}一行只读到 ${d.count} 个数（${read.join('、')}），表格有 ${d.expected} 列，无法确定各数所在的列，该行未参与核对。`,
        spans: [lastLineOf(ctx.text, d.span)],
        cells,
        actual: read.join('、'),
        suggestion: '请逐格填写该行，没有发生的事项填 0，不要留空或合并单元格。',
      });
    }
    for (const [table, rows] of missing) reportMissing(ctx, table, rows);
  },
});
