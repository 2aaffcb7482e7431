// arith.valid-floor: in table 二, 现行有效 can be no less than 本年制发 − 本年废止 — this year's
// documents not repealed are still in force (现行有效 = last year's + 制发 − 废止, and last
// year's is never negative).
import { cellSpans, lastYear, readCell, readDocCell } from '../support/cells';
import { STOCK_ROWS } from '../support/stock';
import { guessedCells } from '../support/uncertain';
import { defineRule } from '../types';

export const validFloor = defineRule({
  meta: {
    id: 'arith.valid-floor',
    category: 'arith',
    severity: 'warning',
    title: '现行有效件数少于本年净增',
    description:
      '表二中规章、行政规范性文件的现行有效件数不应少于本年制发件数减本年废止件数：本年制发而未废止的文件仍现行有效（现行有效 = 上年现行有效 + 本年制发 − 本年废止）。空白格不参与计算；工作区中有上一年度报告时，由「现行有效件数与上年不衔接」按上年件数核对。',
  },
  check(ctx) {
    const guessed = guessedCells(ctx.doc);
    const prev = lastYear(ctx);
    for (const row of STOCK_ROWS) {
      // With last year's 现行有效 at hand, consistency.valid-stock judges the row exactly (and
      // names the same cells): one finding, not two.
      if (prev && readDocCell(prev, `active/${row.id}/valid`)) continue;
      const paths = (['issued', 'repealed', 'valid'] as const).map((c) => `active/${row.id}/${c}`);
      if (paths.some((p) => guessed.has(p))) continue;
      const [issued, repealed, valid] = paths.map((p) => readCell(ctx, p));
      if (!issued || !repealed || !valid) continue;
      const floor = issued.value - repealed.value;
      if (valid.value >= floor) continue;
      const cells = [issued, repealed, valid];
      ctx.report({
        message: `表二「${row.label}」现行有效件数为 ${valid.value}，少于本年制发 ${issued.value} 件减本年废止 ${repealed.value} 件（${floor} 件）：本年制发而未废止的文件应计入现行有效`,
        spans: cellSpans(cells),
        cells: cells.map((c) => c.path),
        expected: `不少于 ${floor}`,
        actual: valid.value,
        suggestion: `核对${row.label}的本年制发、本年废止和现行有效件数；制发件数中如含非本机关制发的文件，应剔除`,
      });
    }
  },
});
