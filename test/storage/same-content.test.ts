// What counts as the same report in two files: reading differences do not, changed content does.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { sameContent } from '../../src/main/storage/same-content';
import { buildReportText, consistentCells } from '../support/report-builder';

const spec = {
  agency: '渠县司法局',
  year: 2024,
  prose: { '1': '本年度共受理政府信息公开申请12件，均按期答复。主动公开信息86条。' },
};
const report = (text: string) => parseReport(text).report;
const base = buildReportText(spec);

describe('same content', () => {
  it('holds across line breaks, spacing and a page number read into a sentence', () => {
    const reflowed = base
      .replace('均按期答复', '均按期\n答复')
      .replace('主动公开信息', '主动 公开\n第2页\n信息')
      .replace('共受理', '共受第3页理');
    expect(reflowed).not.toBe(base);
    expect(sameContent(report(base), report(reflowed))).toBe(true);
  });

  it('fails when a number in the prose changed', () => {
    const changed = base.replace('申请12件', '申请13件');
    expect(sameContent(report(base), report(changed))).toBe(false);
  });

  it('fails when a sentence was added, or a cell changed', () => {
    const added = base.replace('均按期答复。', '均按期答复。本年度未收取信息处理费。');
    expect(sameContent(report(base), report(added))).toBe(false);
    const cells = consistentCells(5);
    const other = { ...cells, 'requests/3.1/natural': Number(cells['requests/3.1/natural']) + 1 };
    const a = report(buildReportText({ ...spec, cells }));
    const b = report(buildReportText({ ...spec, cells: other }));
    expect(sameContent(a, b)).toBe(false);
    expect(sameContent(a, report(buildReportText({ ...spec, cells })))).toBe(true);
  });
});
