// consistency.valid-stock: 现行有效 = last year's 现行有效 + this year's 制发 − 废止 (table 二).
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { lastYear, readCell, readDocCell } from '../support/cells';
import { STOCK_ROWS } from '../support/stock';

export const validStock = defineRule({
  meta: {
    id: 'consistency.valid-stock',
    category: 'consistency',
    severity: 'warning',
    title: '现行有效件数与上年不衔接',
    description:
      '表二中规章、行政规范性文件的现行有效件数应等于上一年度报告的现行有效件数加本年制发件数、减本年废止件数。需要工作区中有上一年度的报告。',
    needsWorkspace: true,
  },
  check(ctx) {
    const prev = lastYear(ctx);
    if (!prev) return;
    const prevName = prev.report.year !== null ? `${prev.report.year}年度报告` : '上一年度报告';
    for (const row of STOCK_ROWS) {
      const before = readDocCell(prev, `active/${row.id}/valid`);
      const issued = readCell(ctx, `active/${row.id}/issued`);
      const repealed = readCell(ctx, `active/${row.id}/repealed`);
      const valid = readCell(ctx, `active/${row.id}/valid`);
      if (!before || !issued || !repealed || !valid) continue;
      const expected = before.value + issued.value - repealed.value;
      if (expected === valid.value) continue;
      const cells = [issued, repealed, valid];
      ctx.report({
        message: `${describeCell(valid.path)}为 ${valid.value}，而${prevName}现行有效 ${before.value} 件 + 本年制发 ${issued.value} 件 − 本年废止 ${repealed.value} 件 = ${expected} 件`,
        spans: cells.flatMap((c) => (c.span ? [c.span] : [])),
        cells: cells.map((c) => c.path),
        expected,
        actual: valid.value,
        suggestion: `核对${row.label}的制发、废止和现行有效件数；如有到期自动失效等其他变动，请在正文中说明`,
      });
    }
  },
});
