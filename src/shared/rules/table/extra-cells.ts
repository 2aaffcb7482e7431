// table.extra-cells: a row with more values than the form has columns (an extra column, a shift).
import type { Span } from '../../model/schema';
import { parsePlainNumber } from '../../text/numbers';
import { defineRule } from '../types';
import { surplusRowAddsUp } from './uncertain';
import { BLANK_MARKS, lastLineOf, rowCells, rowName, tableName } from './places';

const REVIEW_ROWS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
const WITH_UNIT = /^[-+]?\d+(?:\.\d+)?(?:万元|元|件|条|个|次|项)$/;

interface Piece {
  raw: string;
  span: Span;
}

/** The value-like words of a text range, in order. */
const valueWords = (text: string, span: Span): Piece[] => {
  const out: Piece[] = [];
  const re = /[^\s]+/g;
  const slice = text.slice(span[0], span[1]);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[0];
    if (parsePlainNumber(w) !== null || BLANK_MARKS.has(w) || WITH_UNIT.test(w))
      out.push({ raw: w, span: [span[0] + m.index, span[0] + m.index + w.length] });
  }
  return out;
};

export const extraCells = defineRule({
  meta: {
    id: 'table.extra-cells',
    category: 'table',
    severity: 'warning',
    title: '表格多出数字',
    description:
      '某行填写的数字多于官方格式的列数（常见于多出一列空列或整行错位）。多出的数字不计入任何一列，读取的列可能与原意不符，请核对该行。',
  },
  check(ctx) {
    for (const d of ctx.doc.diagnostics) {
      if (d.kind !== 'extra-cells') continue;
      const cells =
        d.row === '*' ? REVIEW_ROWS.flatMap((r) => rowCells(d.table, r)) : rowCells(d.table, d.row);
      const placed = new Set(
        cells.flatMap((p) => {
          const s = ctx.cell(p)?.span;
          return s ? [`${s[0]}:${s[1]}`] : [];
        }),
      );
      const words = valueWords(ctx.text, d.span);
      const taken = words.map((w) => placed.has(`${w.span[0]}:${w.span[1]}`));
      const extras = words.flatMap((w, i) => (taken[i] ? [] : [{ ...w, at: i + 1 }]));
      const first = taken.indexOf(true) + 1;
      const last = taken.lastIndexOf(true) + 1;
      const where = d.row === '*' ? tableName(d.table) : `${rowName(d.table, d.row)}一行`;
      const surplus = d.count - d.expected;
      // Kept numbers that do not add up mean the surplus one is unknown: no arith check then.
      const guessed = d.table !== 'active' && !surplusRowAddsUp(ctx.doc, d.table, d.row);
      const kept =
        first > 0 && extras.length === surplus
          ? `${guessed ? '暂' : ''}按第 ${first}–${last} 个数读取，多出的${extras.map((e) => `第 ${e.at} 个数「${e.raw}」`).join('、')}未计入任何一列`
          : `多出的 ${surplus} 个数未计入任何一列`;
      const read = guessed ? `无法确定哪个数是多出的，${kept}，该行未参与勾稽核对` : kept;
      const unit = d.row === '*' ? '格' : '列';
      const formatNote =
        ctx.doc.report.formatVersion === '2019' && d.table === 'active'
          ? '（该表似沿用 2019 年试行格式的栏目）'
          : '';
      ctx.report({
        message: `${where}有 ${d.count} 个数，而表格只有 ${d.expected} ${unit}${formatNote}；${read}。请核对该行是否多出一列或整行错位。`,
        spans:
          extras.length === surplus ? extras.map((e) => e.span) : [lastLineOf(ctx.text, d.span)],
        cells,
        expected: d.expected,
        actual: d.count,
        suggestion: `删除多出的格子，使该行恰好 ${d.expected} 个数，并与表头各列对齐。`,
      });
    }
  },
});
