// arith.requests-results-total: （七）总计 = the sum of the 21 result rows, in each column.
import { defineRule } from '../types';
import { reportRequests } from '../support/relation-findings';

export const requestsResultsTotal = defineRule({
  meta: {
    id: 'arith.requests-results-total',
    category: 'arith',
    severity: 'error',
    title: '办理结果合计',
    description:
      '表三每一列的“（七）总计”须等于（一）予以公开至（六）3.其他共 21 项办理结果之和（沿用 2019 年格式“（六）其他处理”单行的，按该行计）。空白格不参与计算。',
  },
  check(ctx) {
    reportRequests(ctx, 'results');
  },
});
