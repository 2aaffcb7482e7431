// Table 二 published blank, its labels one cell a line and no number in it (a 2019-form report
// copied from a web page, or a PDF's text): its rows are read as the blank rows they are, so the
// finding is the ordinary blank-cells warning, not "有 7 行未能识别" nor a missing table. The
// fixture is a 2019 report built for this test (test/fixtures/form2019/blank-table-two.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeTable2019 } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { fixture } from '../extract/helpers';

const text = readFileSync(fixture('form2019/blank-table-two.txt'), 'utf8');
const activeDiagnostics = (t: string) =>
  parseReport(t).diagnostics.filter((d) => 'table' in d && d.table === 'active');

describe('a 2019-form table 二 published blank, labels one a line', () => {
  const doc = parseReport(text);

  it('reads every row of the 2019 form, each blank, at its label', () => {
    expect(doc.report.formatVersion).toBe('2019');
    expect(activeDiagnostics(text)).toEqual([]);
    for (const row of activeTable2019.rows) {
      const span = doc.rowSpans[`active/${row.id}`];
      expect(span, row.id).toBeDefined();
      expect(text.slice(span![0], span![1]), row.id).toBe(row.label);
      for (const c of activeTable2019.columnsOf(row.id))
        expect(doc.report.cells[`active/${row.id}/${c.id}`]?.value, c.id).toBeNull();
    }
  });

  it('is reported as blank cells (a warning), not as rows or a table that could not be read', () => {
    const findings = runRules(doc, allRules);
    const onTableTwo = findings.filter((f) => f.cells.some((c) => c.startsWith('active/')));
    expect(onTableTwo.map((f) => f.ruleId)).toContain('table.cell-blank');
    expect(onTableTwo.every((f) => f.severity === 'warning')).toBe(true);
    const ids = findings.map((f) => f.ruleId);
    expect(ids).not.toContain('table.row-missing');
    expect(findings.filter((f) => f.ruleId === 'table.missing')).toEqual([]);
  });

  it('keeps the one number written under a label in its row', () => {
    // "规章" / "0" / "规范性文件" …: the 0 is 规章's, the row still short of two numbers.
    const one = text.replace('规章\n', '规章\n0\n');
    expect(activeDiagnostics(one)).toEqual([
      expect.objectContaining({ kind: 'row-unaligned', row: 'regulations', count: 1 }),
    ]);
  });

  it('does not take a label with its numbers run into it ("规章000") for a blank row', () => {
    // A 2021 table cut after two rows whose digits ran into their labels: nothing says they are blank.
    const cut = [
      '某镇人民政府2025年政府信息公开工作年度报告',
      '一、总体情况',
      '本镇全年主动公开政府信息40条。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容本年制发件数本年废止件数现行有效件数',
      '规章000',
      '行政规范性文件000',
      '第二十条第（五）项',
      '信息',
    ].join('\n');
    const blank = runRules(parseReport(cut), allRules).filter(
      (f) => f.ruleId === 'table.cell-blank',
    );
    expect(blank.map((f) => f.message).join('')).not.toContain('规章');
  });
});
