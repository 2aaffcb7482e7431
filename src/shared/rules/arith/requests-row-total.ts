// arith.requests-row-total: 总计 = 自然人 + the five 法人或其他组织 columns, in each row of table 三.
import { defineRule } from '../types';
import { reportRequests } from '../support/relation-findings';

export const requestsRowTotal = defineRule({
  meta: {
    id: 'arith.requests-row-total',
    category: 'arith',
    severity: 'error',
    title: '申请人合计',
    description:
      '表三每一行的“总计”须等于自然人与商业企业、科研机构、社会公益组织、法律服务机构、其他五类法人或其他组织之和。空白格不参与计算。',
  },
  check(ctx) {
    reportRequests(ctx, 'rowTotal');
  },
});
