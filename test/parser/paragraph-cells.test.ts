// A web table copied one cell per paragraph: every filled cell is followed by a blank line, and
// a cell left empty in the page adds one more line break. Row 一 of table 三 with only its total
// filled then reads "一、本年新收…", six extra line breaks, "5". The empty cells are blanks in
// their columns; elsewhere, blank lines mean nothing and never place a number.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText, consistentCells } from '../support/report-builder';

const COLUMNS = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

/** Every tab row as paragraphs: label, then each value cell ('' for an empty one). */
const asParagraphs = (text: string, emptyCell: string): string => {
  const start = text.indexOf('第二十条第（一）项');
  const end = text.indexOf('五、存在的主要问题');
  const rows = text
    .slice(start, end)
    .split('\n')
    .map((line) => {
      const fields = line.split('\t');
      const first = fields.findIndex(
        (f, i) =>
          i > 0 &&
          (NUMBER.test(f.trim()) || f === '') &&
          fields.slice(i).some((x) => NUMBER.test(x.trim())),
      );
      const label = (first < 0 ? fields : fields.slice(0, first)).filter((f) => f.trim() !== '');
      const values = first < 0 ? [] : fields.slice(first);
      return [
        ...label.map((f) => `${f.trim()}\n\n`),
        ...values.map((v) => (v === '' ? emptyCell : `${v}\n\n`)),
      ].join('');
    })
    .join('');
  return text.slice(0, start) + rows + text.slice(end);
};

const withBlankRowOne = () => {
  const cells: Record<string, number | null> = {
    ...(consistentCells(21) as Record<string, number | null>),
  };
  for (const c of COLUMNS.slice(0, 6)) cells[`requests/1/${c}`] = null;
  cells['requests/1/total'] = 5;
  return { cells, text: buildReportText({ cells }) };
};

describe('a table copied one cell per paragraph', () => {
  it('reads the extra line break of each empty cell as a blank in its column', () => {
    const { cells, text } = withBlankRowOne();
    const doc = parseReport(asParagraphs(text, '\n'));
    const row1 = COLUMNS.map((c) => doc.report.cells[`requests/1/${c}`]?.value ?? null);
    expect(row1).toEqual([null, null, null, null, null, null, 5]);
    const wrong = Object.entries(cells).filter(
      ([p, v]) =>
        typeof v === 'number' && !p.startsWith('requests/1/') && doc.report.cells[p]?.value !== v,
    );
    expect(wrong).toEqual([]);
  });

  it('never places a lone number by blank lines where the layout is not one cell per paragraph', () => {
    const { text } = withBlankRowOne();
    // Single line breaks between cells, an empty cell leaving a blank line: no paragraph layout.
    const doc = parseReport(asParagraphs(text, '\n').replace(/\n\n/g, '\n'));
    const row1 = COLUMNS.map((c) => doc.report.cells[`requests/1/${c}`]?.value ?? null);
    expect(row1.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(doc.diagnostics.some((d) => d.kind === 'row-unaligned')).toBe(true);
  });
});
