import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

/** Table 三 with row （一） written as a Word table lays it out: the label spans two columns. */
const sparseRow = (): { text: string; grid: { start: number; end: number; columns: number } } => {
  const base = buildReportText();
  const lines = base.split('\n');
  const i = lines.findIndex((l) => l.startsWith('三、本年度办理结果'));
  lines[i] = '三、本年度办理结果\t(一) 予以公开\t\t258\t12\t\t\t1\t1\t';
  const text = lines.join('\n');
  const first = text.indexOf('(本列数据的勾稽关系');
  const lastLine = text.indexOf('四、结转下年度继续办理');
  const end = text.indexOf('\n', lastLine) + 1;
  return { text, grid: { start: first, end, columns: 10 } };
};

const row31 = (cells: Record<string, { value: number | null }>) =>
  ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(
    (c) => cells[`requests/3.1/${c}`]!.value,
  );

describe('tables whose columns the source knew (grids)', () => {
  it('places a sparse row by column: the last fields are the cells, blanks certain', () => {
    const { text, grid } = sparseRow();
    const doc = parseReport(text, { grids: [grid] });
    expect(row31(doc.report.cells)).toEqual([258, 12, null, null, 1, 1, null]);
    expect(doc.diagnostics.filter((d) => d.kind === 'row-unaligned')).toEqual([]);
    expect(doc.report.cells['requests/3.1/natural']!.span).not.toBeNull();
  });

  it('without the grid the same line is ambiguous and is reported, not guessed', () => {
    const { text } = sparseRow();
    const doc = parseReport(text);
    expect(row31(doc.report.cells)).toEqual([null, null, null, null, null, null, null]);
    expect(doc.diagnostics.some((d) => d.kind === 'row-unaligned' && d.row === '3.1')).toBe(true);
  });

  it('maps raw offsets through normalization (CRLF, page-number lines before the table)', () => {
    const { text, grid } = sparseRow();
    const head = '- 1 -\r\n';
    const raw = head + text.replace(/\n/g, '\r\n');
    const shift = (at: number) => head.length + at + (text.slice(0, at).match(/\n/g)?.length ?? 0);
    const doc = parseReport(raw, {
      grids: [{ start: shift(grid.start), end: shift(grid.end), columns: grid.columns }],
    });
    expect(row31(doc.report.cells)).toEqual([258, 12, null, null, 1, 1, null]);
  });

  it('ignores a column empty on every line of the grid (padding), so no row shifts into it', () => {
    const { text, grid } = sparseRow();
    const rows = text.slice(grid.start, grid.end).replace(/\n/g, '\t\n');
    const padded = text.slice(0, grid.start) + rows + text.slice(grid.end);
    const at = padded.indexOf('三、本年度办理结果');
    const line = '三、本年度办理结果\t(一) 予以公开\t\t\t12\t\t\t1\t1\t13\t';
    const withBlankFirst = padded.slice(0, at) + line + padded.slice(padded.indexOf('\n', at));
    const end =
      grid.end +
      (rows.length - (grid.end - grid.start)) +
      (line.length - (padded.indexOf('\n', at) - at));
    const doc = parseReport(withBlankFirst, {
      grids: [{ start: grid.start, end, columns: grid.columns + 1 }],
    });
    expect(row31(doc.report.cells)).toEqual([null, 12, null, null, 1, 1, 13]);
  });
});
