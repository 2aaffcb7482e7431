// consistency.active-narrative: the agency's 规章/规范性文件 counts in the text against table 二.
import { describeCell } from '../../model/form';
import { defineRule } from '../types';
import { readCell } from '../support/cells';
import { quoteClause } from '../support/narrative';
import { stockStatements, type StockColumn, type StockRow } from '../support/stock';

const ROW: Record<StockRow, string> = { regulations: '规章', normativeDocs: '行政规范性文件' };
const VERB: Record<StockColumn, string> = {
  issued: '本年制发',
  repealed: '本年废止',
  valid: '现行有效',
};

export const activeNarrative = defineRule({
  meta: {
    id: 'consistency.active-narrative',
    category: 'consistency',
    severity: 'warning',
    title: '正文规章、规范性文件数与表二不符',
    description:
      '正文所述本机关本年制发、废止和现行有效的规章、行政规范性文件件数应与表二第二十条第（一）项一致。全区清理、审查、备案或网上公开的文件数不是本机关的制发数，不在此列。',
  },
  check(ctx) {
    const { year, agency } = ctx.doc.report;
    for (const sentence of ctx.narrative()) {
      for (const st of stockStatements(sentence, year, agency)) {
        const path = `active/${st.row}/${st.column}`;
        const cell = readCell(ctx, path);
        if (!cell || cell.value === st.value) continue;
        const what = `${VERB[st.column]}${ROW[st.row]}`;
        const said = st.negated ? `称未${what.replace(/^本年/, '')}` : `称${what} ${st.value} 件`;
        ctx.report({
          message: `正文「${quoteClause(st.clause.text)}」${said}，与${describeCell(path)}（${cell.value}）不一致`,
          spans: cell.span ? [sentence.span, cell.span] : [sentence.span],
          cells: [path],
          expected: cell.value,
          actual: st.value,
          suggestion: `核实本机关${what}的件数，使正文与表二一致（表二为 ${cell.value} 件）`,
        });
      }
    }
  },
});
