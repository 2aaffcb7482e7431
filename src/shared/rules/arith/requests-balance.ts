// arith.requests-balance: 一 + 二 = （七）总计 + 四 in each column of table 三 (the form's 勾稽).
import { defineRule } from '../types';
import { reportRequests } from '../support/relation-findings';

export const requestsBalance = defineRule({
  meta: {
    id: 'arith.requests-balance',
    category: 'arith',
    severity: 'error',
    title: '申请数量收支平衡',
    description:
      '表三每一列须满足表上注明的勾稽关系：“一、本年新收”加“二、上年结转”等于“（七）总计”加“四、结转下年度继续办理”。空白格不参与计算。一个填错的格子同时破坏几处关系时，只报告一次并指出该格。',
  },
  check(ctx) {
    reportRequests(ctx, 'balance');
  },
});
