// Property test of the parser under the rules: every generated cell value is read back exactly,
// at a span that quotes it, in Word tab rows and in PDF-like text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCellPaths } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { flattenLikePdf } from '../support/pdf-like';
import { buildReportText } from '../support/report-builder';
import { consistentTables } from './tables';

describe('parser reads generated tables back', () => {
  for (const layout of ['word', 'pdf'] as const) {
    it(`reads every cell exactly (${layout} layout)`, () => {
      fc.assert(
        fc.property(consistentTables, (cells) => {
          const text = buildReportText({ cells });
          const doc = parseReport(layout === 'pdf' ? flattenLikePdf(text) : text);
          expect(doc.diagnostics).toEqual([]);
          for (const path of allCellPaths) {
            const cell = doc.report.cells[path]!;
            expect(cell.value, path).toBe(cells[path]);
            expect(cell.span, path).not.toBeNull();
            expect(doc.report.text.slice(cell.span![0], cell.span![1]), path).toBe(
              String(cells[path]),
            );
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
