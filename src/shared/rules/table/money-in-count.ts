// table.money-in-count: a count cell holding money ("13575394432.52元") while the row's amount
// cell is blank. The count and the amount ran together, or the amount went into the wrong
// column; which digits are the count cannot be known, so the cell is named for the reviewer to
// check against the original table — an info, never an error against the agency.
import { defineRule } from '../types';
import { describeCell } from '../../model/form';
import { cellName } from '../support/places';
import { amountBeside, moneyInCount } from '../support/money-cells';

/** The column's own name ("采购总金额"), also for the 2019 form's table 二. */
const columnOf = (path: string): string =>
  describeCell(path).replace(/^.*」/, '').replace(/列$/, '');

export const moneyInCountRule = defineRule({
  meta: {
    id: 'table.money-in-count',
    category: 'table',
    severity: 'info',
    title: '件数格中填了金额',
    description:
      '某行的件数格填的是金额（带“元”“万元”或有小数，如 2019年试行格式表二“政府集中采购”的采购项目数量填为“13575394432.52元”），而同一行的金额格为空：件数与金额连在一起或填错了列，无法确定哪几位是件数，请对照原表核对。',
  },
  check(ctx) {
    for (const path of Object.keys(ctx.doc.report.cells)) {
      if (!moneyInCount(ctx.doc, path)) continue;
      const cell = ctx.cell(path)!;
      const amount = amountBeside(ctx.doc, path)!;
      const raw = cell.raw.trim();
      ctx.report({
        message: `${cellName(path)}填为「${raw}」，而同行的${columnOf(amount)}为空：件数与金额连在一起或填错了列，无法分列，请核对原表。`,
        spans: cell.span ? [cell.span] : [],
        cells: [path, amount],
        actual: raw,
        suggestion: `对照原表，把件数和${columnOf(amount)}分别填入各自的格。`,
      });
    }
  },
});
