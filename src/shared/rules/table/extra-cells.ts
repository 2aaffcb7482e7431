// table.extra-cells: rows with more values than the form has columns (an extra column, a shift);
// one finding per table, listing every such row.
import type { Span } from '../../model/schema';
import type { TableId } from '../../model/form';
import type { ParseDiagnostic } from '../../parser/types';
import { parsePlainNumber } from '../../text/numbers';
import { defineRule, type RuleContext } from '../types';
import { surplusRowAddsUp } from '../support/uncertain';
import {
  activeFormOfDoc,
  BLANK_MARKS,
  lastLineOf,
  rowCells,
  rowName,
  tableName,
} from '../support/places';

const REVIEW_ROWS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'];
const WITH_UNIT = /^[-+]?\d+(?:\.\d+)?(?:万元|元|件|条|个|次|项)$/;

type ExtraDiagnostic = Extract<ParseDiagnostic, { kind: 'extra-cells' }>;

interface Piece {
  raw: string;
  span: Span;
}

/** What one row's surplus is: where, how it was read, its spans and cells. */
interface RowExtra {
  where: string;
  count: number;
  expected: number;
  unit: string;
  read: string;
  spans: Span[];
  cells: string[];
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

/** Which numbers of the row were read into the columns: "前 7 个数", "第 2 至第 8 个数". */
const ordinalRange = (first: number, last: number): string =>
  first === last
    ? `第 ${first} 个数`
    : first === 1
      ? `前 ${last} 个数`
      : `第 ${first} 至第 ${last} 个数`;

const rowExtra = (ctx: RuleContext, d: ExtraDiagnostic): RowExtra => {
  const form = activeFormOfDoc(ctx.doc);
  const cells =
    d.row === '*'
      ? REVIEW_ROWS.flatMap((r) => rowCells(d.table, r))
      : rowCells(d.table, d.row, form);
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
  const surplus = d.count - d.expected;
  // Kept numbers that do not add up mean the surplus one is unknown: no arith check then.
  const guessed = d.table !== 'active' && !surplusRowAddsUp(ctx.doc, d.table, d.row);
  const kept =
    first > 0 && extras.length === surplus
      ? `${guessed ? '暂将' : '已将'}${ordinalRange(first, last)}${first === last ? '' : '依次'}计入各列，多出的${extras.map((e) => `第 ${e.at} 个数「${e.raw}」`).join('、')}未计入任何一列`
      : `多出的 ${surplus} 个数未计入任何一列`;
  return {
    where: d.row === '*' ? tableName(d.table) : `${rowName(d.table, d.row, form)}一行`,
    count: d.count,
    expected: d.expected,
    unit: d.row === '*' ? '格' : '列',
    read: guessed ? `无法确定哪个数是多出的，${kept}，该行未参与勾稽核对` : kept,
    spans: extras.length === surplus ? extras.map((e) => e.span) : [lastLineOf(ctx.text, d.span)],
    cells,
  };
};

const SUGGESTION = '删除多出的格子，使每行数字个数与表头列数相同，并与表头各列对齐。';

export const extraCells = defineRule({
  meta: {
    id: 'table.extra-cells',
    category: 'table',
    severity: 'warning',
    title: '表格多出数字',
    description:
      '某行填写的数字多于官方格式的列数（常见于多出一列空列或整行错位）。多出的数字不计入任何一列，读取的列可能与原意不符，请核对该行。每张表一条提示，列出所有这样的行。按2019年试行格式填写的表二栏目本就不同，不在此列（2021年度起的报告由“沿用旧版报告格式”提示）。',
  },
  check(ctx) {
    const byTable = new Map<TableId, ExtraDiagnostic[]>();
    for (const d of ctx.doc.diagnostics) {
      if (d.kind !== 'extra-cells') continue;
      // The 2019 form's table 二 has other columns: not a surplus, a form (outdated-format).
      if (d.table === 'active' && ctx.doc.report.formatVersion === '2019') continue;
      byTable.set(d.table, [...(byTable.get(d.table) ?? []), d]);
    }
    for (const [table, found] of byTable) {
      const rows = found.map((d) => rowExtra(ctx, d));
      const spans = rows.flatMap((r) => r.spans);
      const cells = rows.flatMap((r) => r.cells);
      if (rows.length === 1) {
        const r = rows[0]!;
        ctx.report({
          message: `${r.where}有 ${r.count} 个数，而表格只有 ${r.expected} ${r.unit}；${r.read}。请核对该行是否多出一列或整行错位。`,
          spans,
          cells,
          expected: r.expected,
          actual: r.count,
          suggestion: SUGGESTION,
        });
        continue;
      }
      const list = rows
        .map(
          (r) =>
            `${r.where.replace(/^表[二三四]/, '')}有 ${r.count} 个数（应为 ${r.expected} 个），${r.read}`,
        )
        .join('；');
      ctx.report({
        message: `${tableName(table)}有 ${rows.length} 行的数字多于表格的列数：${list}。请核对这些行是否多出一列或整行错位。`,
        spans,
        cells,
        expected: null,
        actual: null,
        suggestion: SUGGESTION,
      });
    }
  },
});
