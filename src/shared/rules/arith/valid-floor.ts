// arith.valid-floor: in table 二, 现行有效 can be no less than 本年制发 − 本年废止 — this year's
// documents not repealed are still in force (现行有效 = last year's + 制发 − 废止, and last
// year's is never negative).
import { cellSpans, readCell } from '../support/cells';
import { guessedCells } from '../support/uncertain';
import { defineRule } from '../types';

const ROWS = [
  { id: 'regulations', label: '规章' },
  { id: 'normativeDocs', label: '行政规范性文件' },
] as const;

export const validFloor = defineRule({
  meta: {
    id: 'arith.valid-floor',
    category: 'arith',
    severity: 'warning',
    title: '现行有效件数少于本年净增',
    description:
      '表二中规章、行政规范性文件的现行有效件数不应少于本年制发件数减本年废止件数：本年制发而未废止的文件仍现行有效（现行有效 = 上年现行有效 + 本年制发 − 本年废止）。空白格不参与计算。',
  },
  check(ctx) {
    const guessed = guessedCells(ctx.doc);
    for (const row of ROWS) {
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
