// The arithmetic relations of tables 三 and 四, evaluated on the cells the parser read.
import {
  cellPath,
  requestApplicantColumns,
  requestColumns,
  reviewColumns,
  reviewRows,
} from '../../model/form';
import type { ParsedDocument } from '../../parser/types';
import { reportRows } from './places';

export type RelationKind = 'balance' | 'results' | 'rowTotal' | 'review';

/**
 * sum(parts) = sum(totals). `totals` are the printed totals the relation checks (actual), `parts`
 * what they should add up to (expected).
 */
export interface Relation {
  kind: RelationKind;
  /** The column (balance, results) or the row (rowTotal, review) the relation runs along. */
  along: string;
  parts: string[];
  totals: string[];
}

/** A relation whose cells were all read, with both sides added up. */
export interface Evaluated extends Relation {
  expected: number;
  actual: number;
  broken: boolean;
}

const REVIEW_PARTS = reviewColumns.map((c) => c.id).filter((c) => c !== 'total');

/** The 21 leaf rows (19 with the 2019 single row （六）其他处理). */
export const leafRows = (doc: ParsedDocument): string[] =>
  reportRows(doc, 'requests').filter((r) => r.startsWith('3.') && r !== '3.7');

/** Every relation of table 三: balance and results per column, row total per row. */
export const requestRelations = (doc: ParsedDocument): Relation[] => {
  const leaves = leafRows(doc);
  const out: Relation[] = [];
  for (const col of requestColumns.map((c) => c.id)) {
    const at = (row: string): string => cellPath('requests', row, col);
    out.push({
      kind: 'balance',
      along: col,
      parts: [at('1'), at('2')],
      totals: [at('3.7'), at('4')],
    });
    out.push({ kind: 'results', along: col, parts: leaves.map(at), totals: [at('3.7')] });
  }
  for (const row of reportRows(doc, 'requests')) {
    out.push({
      kind: 'rowTotal',
      along: row,
      parts: requestApplicantColumns.map((c) => cellPath('requests', row, c)),
      totals: [cellPath('requests', row, 'total')],
    });
  }
  return out;
};

/** The three groups of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
export const reviewRelations = (): Relation[] =>
  reviewRows.map((r) => ({
    kind: 'review' as const,
    along: r.id,
    parts: REVIEW_PARTS.map((c) => cellPath('review', r.id, c)),
    totals: [cellPath('review', r.id, 'total')],
  }));

/**
 * Sums both sides; null when a cell is blank or unread (never counted as 0), or in `skip` (cells
 * the parser placed by guess).
 */
export const evaluate = (
  doc: ParsedDocument,
  rel: Relation,
  skip: ReadonlySet<string> = new Set(),
): Evaluated | null => {
  const sum = (paths: readonly string[]): number | null => {
    let s = 0;
    for (const p of paths) {
      if (skip.has(p)) return null;
      const v = doc.report.cells[p]?.value;
      if (v === null || v === undefined) return null;
      s += v;
    }
    return s;
  };
  const expected = sum(rel.parts);
  const actual = sum(rel.totals);
  if (expected === null || actual === null) return null;
  return { ...rel, expected, actual, broken: Math.abs(expected - actual) > 1e-6 };
};

/** The value `path` must have for the relation to hold, the other cells being right. */
export const solveFor = (doc: ParsedDocument, rel: Evaluated, path: string): number => {
  const v = doc.report.cells[path]!.value!;
  return rel.parts.includes(path)
    ? rel.actual - (rel.expected - v)
    : rel.expected - (rel.actual - v);
};

/** The cells of a relation, parts then totals. */
export const relationCells = (rel: Relation): string[] => [...rel.parts, ...rel.totals];
