// Property tests of the arith rules: consistent tables give no finding; any single changed cell of
// table 三 or 四 gives a finding that names it, in Word and in PDF-like text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCellPaths } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { arithRules } from '../../src/shared/rules/arith';
import { runRules } from '../../src/shared/rules/engine';
import { tableRules } from '../../src/shared/rules/table';
import { flattenLikePdf } from '../support/pdf-like';
import { buildReportText } from '../support/report-builder';
import { consistentTables } from './tables';

const layouts = fc.constantFrom('word', 'pdf');
const render = (cells: Record<string, number | string | null>, layout: string): string => {
  const text = buildReportText({ cells });
  return layout === 'pdf' ? flattenLikePdf(text) : text;
};
const checkedCells = allCellPaths.filter((p) => !p.startsWith('active/'));

describe('arith rules on generated tables', () => {
  it('find nothing in tables where every relation holds (nor do the table rules)', () => {
    fc.assert(
      fc.property(consistentTables, layouts, (cells, layout) => {
        const doc = parseReport(render(cells, layout));
        const findings = runRules(doc, [...tableRules, ...arithRules]);
        expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('name the cell when any single cell of table 三 or 四 is changed', () => {
    fc.assert(
      fc.property(
        consistentTables,
        fc.constantFrom(...checkedCells),
        fc.integer({ min: 1, max: 500 }),
        fc.boolean(),
        layouts,
        (cells, path, delta, down, layout) => {
          const old = Number(cells[path]);
          const changed = down && old - delta >= 0 ? old - delta : old + delta;
          const doc = parseReport(render({ ...cells, [path]: changed }, layout));
          const findings = runRules(doc, arithRules);
          const naming = findings.filter((f) => f.cells.includes(path));
          expect(naming.length, findings.map((f) => f.message).join('\n')).toBeGreaterThan(0);
          // One wrong cell is one story: a finding blaming it, with the value it should have.
          expect(findings.every((f) => f.cells.includes(path))).toBe(true);
          if (path.startsWith('requests/')) {
            expect(findings).toHaveLength(1);
            expect(findings[0]).toMatchObject({ expected: old, actual: changed });
            const span = findings[0]!.spans[0]!;
            expect(doc.report.text.slice(span[0], span[1])).toBe(String(changed));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
