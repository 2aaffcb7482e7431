// consistency.review-narrative: 行政复议/行政诉讼 over 政府信息公开 in the text against table 四.
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { cellSpans, sumCells } from '../support/cells';
import { reviewStatements, type ReviewRow } from '../support/reviews';
import { quoteClause } from '../support/narrative';

const total = (row: ReviewRow): string => `review/${row}/total`;

const subject = (rows: readonly ReviewRow[]): string =>
  rows.length === 3
    ? '行政复议、行政诉讼'
    : rows[0] === 'reconsideration'
      ? '行政复议'
      : rows.length === 2
        ? '行政诉讼'
        : '复议后提起的行政诉讼';

export const reviewNarrative = defineRule({
  meta: {
    id: 'consistency.review-narrative',
    category: 'consistency',
    severity: 'error',
    title: '正文复议诉讼数与表四不符',
    description:
      '正文所述因政府信息公开被申请行政复议、被提起行政诉讼的件数（或“未发生”“0件”）应与表四各项总计一致。本机关作为复议机关受理、办理的复议案件不在此列。',
  },
  check(ctx) {
    const year = ctx.doc.report.year;
    for (const sentence of ctx.narrative()) {
      for (const st of reviewStatements(sentence, year)) {
        const table = sumCells(ctx, st.rows.map(total));
        if (!table || table.value === st.value) continue;
        const what = subject(st.rows);
        const said = st.negated ? `称没有因政府信息公开引发的${what}` : `称${what} ${st.value} 件`;
        const tableSays = table.cells.map((c) => `${describeCell(c.path)}为 ${c.value}`).join('，');
        ctx.report({
          message: `正文「${quoteClause(st.clause.text)}」${said}，与表四不一致：${tableSays}`,
          spans: [sentence.span, ...cellSpans(table.cells)],
          cells: table.cells.map((c) => c.path),
          expected: table.value,
          actual: st.value,
          suggestion: `核实因政府信息公开被申请行政复议、被提起行政诉讼的件数，使正文与表四一致（表四合计 ${table.value} 件）`,
        });
      }
    }
  },
});
