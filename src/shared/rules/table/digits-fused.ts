// table.digits-fused: a table whose digits ran together (a crawler's copy of a web table) is one
// finding for the whole table, not a cascade of missing rows and tables. When the form decided
// every row's split (the parser's digits-fused diagnostic with decoded), it says so.
import { defineRule } from '../types';
import { tableName } from '../support/places';

const SHORT_TABLE = { active: '表二', requests: '表三', review: '表四' } as const;

export const digitsFused = defineRule({
  meta: {
    id: 'table.digits-fused',
    category: 'table',
    severity: 'error',
    title: '表格数字连在一起',
    description:
      '表格各格的数字连成一串（如“申请数量801000081”，常见于网页转存的文本），无法分清各数所在的格。每张表只提示一次；只有当每行的位数与格数相同、或按行合计及表内勾稽关系只有一种拆法时才按该拆法读取，并提示核对原表。',
  },
  check(ctx) {
    for (const d of ctx.doc.diagnostics) {
      if (d.kind !== 'digits-fused') continue;
      const short = SHORT_TABLE[d.table];
      ctx.report(
        d.decoded
          ? {
              message: `${short}数字连在一起（如「${d.sample}」），已按各行合计及勾稽关系唯一的拆法读取，请核对原表`,
              severity: 'warning',
              spans: [d.span],
              actual: d.sample,
              suggestion: `核对${tableName(d.table)}的原表，确认各格数字`,
            }
          : {
              message: `${short}数字连在一起（如「${d.sample}」），无法分列，请核对原表`,
              spans: [d.span],
              actual: d.sample,
              suggestion: `按官方格式逐格重新填写${tableName(d.table)}，各格数字分开`,
            },
      );
    }
  },
});
