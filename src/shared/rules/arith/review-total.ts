// arith.review-total: in table 四 each 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { guessedCells } from '../support/uncertain';
import { defineRule } from '../types';
import { evaluate, reviewRelations } from '../support/relations';
import { reportRelation } from '../support/relation-findings';

export const reviewTotal = defineRule({
  meta: {
    id: 'arith.review-total',
    category: 'arith',
    severity: 'error',
    title: '复议诉讼合计',
    description:
      '表四行政复议、未经复议直接起诉、复议后起诉三组中，每组“总计”须等于结果维持、结果纠正、其他结果、尚未审结四项之和。空白格不参与计算。',
  },
  check(ctx) {
    const guessed = guessedCells(ctx.doc);
    for (const rel of reviewRelations()) {
      const e = evaluate(ctx.doc, rel, guessed);
      if (e?.broken) reportRelation(ctx, e);
    }
  },
});
