// consistency.carryover: this year's 二、上年结转 against last year's 四、结转下年度继续办理.
import { describeCell, requestColumns } from '../../model/form';
import { defineRule } from '../types';
import { lastYear, readCell, readDocCell } from '../support/cells';

export const carryover = defineRule({
  meta: {
    id: 'consistency.carryover',
    category: 'consistency',
    severity: 'warning',
    title: '上年结转与上年报告不符',
    description:
      '表三第二项“上年结转政府信息公开申请数量”应等于同一机关上一年度报告表三第四项“结转下年度继续办理”，逐列比较。需要工作区中有上一年度的报告。',
    needsWorkspace: true,
  },
  check(ctx) {
    const prev = lastYear(ctx);
    if (!prev) return;
    const prevName = prev.report.year !== null ? `${prev.report.year}年度报告` : '上一年度报告';
    const rows = requestColumns.map((col) => ({
      col,
      now: readCell(ctx, `requests/2/${col.id}`),
      before: readDocCell(prev, `requests/4/${col.id}`),
    }));
    const differs = rows.filter((r) => r.now && r.before && r.now.value !== r.before.value);
    // A wrong applicant column makes the 总计 wrong too; name the column, not both.
    const shown = differs.some((r) => r.col.id !== 'total')
      ? differs.filter((r) => r.col.id !== 'total')
      : differs;
    for (const { col, now, before } of shown) {
      ctx.report({
        message: `${describeCell(now!.path)}为 ${now!.value}，而${prevName}表三「四、结转下年度继续办理」${col.label}列为 ${before!.value}，两者应相等`,
        spans: now!.span ? [now!.span] : [],
        cells: [now!.path],
        expected: before!.value,
        actual: now!.value,
        suggestion: `核对上年结转的申请数：应与${prevName}的结转下年度数一致（${before!.value}），如上年报告有误请说明`,
      });
    }
  },
});
