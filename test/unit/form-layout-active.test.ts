// Table 二 laid out as the report filled it: every cell the parser reads for that form has exactly
// one place in the layout, and each row spans the form's four columns. The form is told from the
// cells read (a real 2019 report, a 2021 one, and a 2021 one whose first part kept 2019 headers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  activeTable2019,
  activeTableMixed,
  cellPath,
  formTables,
  type FormTable,
} from '../../src/shared/model/form';
import { activeFormOf, formLayouts, type ActiveForm } from '../../src/shared/model/form-layout';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';
import { fixture } from '../extract/helpers';

const pathsOf = (t: FormTable) =>
  t.rows.flatMap((r) => t.columnsOf(r.id).map((c) => cellPath('active', r.id, c.id)));

const activeLayoutOf = (form: ActiveForm) => formLayouts(false, form)[0]!;

describe('table 二 laid out by its form', () => {
  const cases: Array<[ActiveForm, FormTable]> = [
    ['2021', formTables[0]!],
    ['2019', activeTable2019],
    ['mixed', activeTableMixed],
  ];
  it.each(cases)('%s: every cell once, every row four columns wide', (form, table) => {
    const layout = activeLayoutOf(form);
    const values = layout.body.flat().flatMap((c) => (c.kind === 'value' ? [c.path] : []));
    expect(values.sort()).toEqual(pathsOf(table).sort());
    for (const row of layout.body) expect(row.reduce((n, c) => n + (c.colSpan ?? 1), 0)).toBe(4);
  });

  it('tells the form from the cells a report was read into', () => {
    expect(activeFormOf(parseReport(buildReportText({ year: 2024 })).report.cells)).toBe('2021');
    const real2019 = readFileSync(fixture('real/007.txt'), 'utf8');
    expect(activeFormOf(parseReport(real2019).report.cells)).toBe('2019');
    // A 2021 report whose first part kept the 2019 headers.
    const base = buildReportText({ year: 2021 });
    const first = [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t1\t2\t3',
      '规范性文件\t4\t5\t9',
      '',
    ].join('\n');
    const start = base.indexOf('第二十条第（一）项');
    const mixed = `${base.slice(0, start)}${first}${base.slice(base.indexOf('第二十条第（五）项'))}`;
    expect(activeFormOf(parseReport(mixed).report.cells)).toBe('mixed');
  });
});
