// Compares the grids an extractor emits with a real report's truth (real/NNN.truth.json), field
// by field: table 二 and 三 rows are found by their label, table 四 is the numbers-only rows
// after table 三. What the document does not hold (a label lost to OCR) is listed, not guessed.
import type { ExtractedDocument } from '../../src/shared/model/source';

export interface Truth {
  table2: Record<string, Record<string, number | string | null>>;
  table3: { rows: Record<string, Array<number | null>> };
  table4: Array<number | null>;
}

export interface GridRow {
  fields: string[];
  /** The first column of the grid that holds a number in any row: where its values begin. */
  valuesFrom: number;
}

const NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
const isNumber = (s: string): boolean => NUMBER.test(s.trim());

/** Every row of every grid, in text order, split into its tab fields. */
export const gridRows = (doc: ExtractedDocument): GridRow[] =>
  (doc.grids ?? []).flatMap((g) => {
    const rows = doc.text
      .slice(g.start, g.end)
      .split('\n')
      .map((line) => line.split('\t'));
    const firsts = rows.map((f) => f.findIndex(isNumber)).filter((i) => i >= 0);
    const valuesFrom = firsts.length > 0 ? Math.min(...firsts) : 0;
    return rows.map((fields) => ({ fields, valuesFrom }));
  });

/** A label without numbering, bracketed notes and spaces: "（二）部分公开（区分…）" → "部分公开". */
export const labelKey = (label: string): string =>
  label
    .replace(/[（(][^（()）]*[）)]/g, '')
    .replace(/^[\s一二三四五六七八九十\d]+[、.．]\s*/, '')
    .replace(/[\s“”"、，,.．]/g, '');

/** The row's label (its last text field) and its value fields. */
const split = (row: GridRow): { label: string; after: string[] } | null => {
  let at = -1;
  row.fields.forEach((f, i) => {
    if (f.trim() !== '' && !isNumber(f)) at = i;
  });
  if (at < 0) return null;
  // Fields between the label and the grid's value columns are the label's merged cell.
  return { label: row.fields[at]!, after: row.fields.slice(Math.max(at + 1, row.valuesFrom)) };
};

const value = (field: string | undefined): number | null =>
  field === undefined || field.trim() === '' ? null : Number(field.replace(/,/g, ''));

export interface Comparison {
  /** Truth rows found in the grids: what the truth says and what the fields hold. */
  matched: Array<{ label: string; expected: Array<number | null>; actual: Array<number | null> }>;
  /** Truth rows with no grid row of that label. */
  missing: string[];
  /** Table 四's numbers, read from the numbers-only rows after table 三. */
  review: Array<number | null>;
}

export const compareWithTruth = (doc: ExtractedDocument, truth: Truth): Comparison => {
  const rows = gridRows(doc);
  const matched: Comparison['matched'] = [];
  const missing: string[] = [];
  let from = 0;
  const find = (label: string, width: number): void => {
    const key = labelKey(label.split('/').pop()!);
    for (let i = from; i < rows.length; i++) {
      const s = split(rows[i]!);
      if (!s || labelKey(s.label) !== key) continue;
      from = i + 1;
      const actual = Array.from({ length: width }, (_, c) => value(s.after[c]));
      matched.push({ label, expected: [], actual });
      return;
    }
    missing.push(label);
  };
  for (const [label, cols] of Object.entries(truth.table2)) {
    const shown = typeof cols._label_in_source === 'string' ? cols._label_in_source : label;
    const expected = Object.entries(cols)
      .filter(([k]) => !k.startsWith('_'))
      .map(([, v]) => v as number | null);
    const before = matched.length;
    find(shown, expected.length);
    if (matched.length > before) matched[matched.length - 1]!.expected = expected;
  }
  for (const [label, expected] of Object.entries(truth.table3.rows)) {
    const before = matched.length;
    find(label, expected.length);
    if (matched.length > before) matched[matched.length - 1]!.expected = expected;
  }
  const review = rows
    .slice(from)
    .filter((r) => r.fields.every((f) => isNumber(f) || f.trim() === '') && r.fields.some(isNumber))
    .flatMap((r) => r.fields.filter(isNumber).map((f) => value(f)))
    .slice(0, truth.table4.length);
  return { matched, missing, review };
};
