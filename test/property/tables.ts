// fast-check arbitraries for the form's tables: every relation of tables 三 and 四 holds.
import fc from 'fast-check';
import {
  cellPath,
  requestApplicantColumns,
  requestLeafRows,
  reviewRows,
} from '../../src/shared/model/form';
import { completeTables, type CellValues } from '../support/report-builder';

/** Counts as agencies report them: mostly 0 or small, now and then large. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.nat({ max: 30 }) },
  { weight: 1, arbitrary: fc.nat({ max: 20000 }) },
);

const columnArb = fc.record({
  leaves: fc.array(count, { minLength: requestLeafRows.length, maxLength: requestLeafRows.length }),
  carried: count,
  pending: count,
});

/** Cells of all three tables, with 一 + 二 = (七) + 四, (七) = Σ leaves, 总计 = Σ columns. */
export const consistentTables: fc.Arbitrary<CellValues> = fc
  .record({
    columns: fc.array(columnArb, {
      minLength: requestApplicantColumns.length,
      maxLength: requestApplicantColumns.length,
    }),
    review: fc.array(count, { minLength: 12, maxLength: 12 }),
    stock: fc.array(count, { minLength: 6, maxLength: 6 }),
    decisions: fc.array(count, { minLength: 3, maxLength: 3 }),
    // Up to 9999.9999 万元 with four decimals, below any "looks like 元" threshold.
    fee: fc.nat({ max: 99_999_999 }).map((n) => n / 10_000),
  })
  .map(({ columns, review, stock, decisions, fee }) => {
    const c: CellValues = {};
    requestApplicantColumns.forEach((col, i) => {
      const { leaves, carried, pending } = columns[i]!;
      requestLeafRows.forEach((r, j) => (c[cellPath('requests', r, col)] = leaves[j]!));
      const results = leaves.reduce((s, v) => s + v, 0);
      // 上年结转 cannot exceed what was handled or carried on.
      const fromLastYear = Math.min(carried, results + pending);
      c[cellPath('requests', '2', col)] = fromLastYear;
      c[cellPath('requests', '4', col)] = pending;
      c[cellPath('requests', '1', col)] = results + pending - fromLastYear;
    });
    reviewRows.forEach((row, i) =>
      ['upheld', 'corrected', 'other', 'pending'].forEach(
        (col, j) => (c[cellPath('review', row.id, col)] = review[i * 4 + j]!),
      ),
    );
    ['regulations', 'normativeDocs'].forEach((row, i) => {
      const [issued, repealed, valid] = stock.slice(i * 3, i * 3 + 3) as [number, number, number];
      c[cellPath('active', row, 'issued')] = issued;
      c[cellPath('active', row, 'repealed')] = repealed;
      // This year's documents not repealed are still in force (arith.valid-floor).
      c[cellPath('active', row, 'valid')] = Math.max(valid, issued - repealed);
    });
    ['licensing', 'punishment', 'coercion'].forEach(
      (row, i) => (c[cellPath('active', row, 'decisions')] = decisions[i]!),
    );
    c['active/fees/amount'] = fee;
    return completeTables(c);
  });
