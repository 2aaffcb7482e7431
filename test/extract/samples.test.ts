// The five real samples: their Word and PDF forms read as the same report as their .txt forms.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import {
  SAMPLES,
  expectSameReport,
  expectValidSegments,
  extracted,
  fixture,
  parsedTxt,
  readFixture,
} from './helpers';

describe('Word samples (.docx)', () => {
  for (const [base, agency, year] of SAMPLES) {
    it(`${base}.docx reads like ${base}.txt`, async () => {
      const doc = await extracted(fixture(`samples/${base}.docx`));
      expect(doc.format).toBe('docx');
      const parsed = parseReport(doc.text);
      expectSameReport(parsed, parsedTxt(base));
      expect(parsed.report.agency).toBe(agency);
      expect(parsed.report.year).toBe(year);
      expect(parsed.diagnostics.filter((d) => d.kind !== 'extra-cells')).toEqual([]);
      expectValidSegments(doc);
    });
  }

  it('paragraph and cell segments point at what they hold', async () => {
    const doc = await extracted(fixture('samples/004_e6a1a50ddf61be61.docx'));
    const paragraphs = doc.segments.filter((s) => s.loc.kind === 'paragraph');
    const cells = doc.segments.filter((s) => s.loc.kind === 'cell');
    // Paragraph indices count body paragraphs in order; tables count from 0.
    const indices = paragraphs.map((s) => (s.loc.kind === 'paragraph' ? s.loc.index : -1));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    expect(new Set(cells.map((s) => (s.loc.kind === 'cell' ? s.loc.table : -1)))).toEqual(
      new Set([0, 1, 2]),
    );
    const heading = paragraphs.find((s) => doc.text.slice(s.start, s.end) === '一、总体情况');
    expect(heading).toBeDefined();
    // The first data row of 表三: label cell 0, then seven numbers in cells 1…7 of row 3.
    const row3 = cells.filter((s) => s.loc.kind === 'cell' && s.loc.table === 1 && s.loc.row === 3);
    expect(row3.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      '一、本年新收政府信息公开申请数量',
      ...Array(7).fill('0'),
    ]);
    expect(row3.map((s) => (s.loc.kind === 'cell' ? s.loc.cell : -1))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('merged cells: text once, then empty fields for the columns and rows they cover', async () => {
    const doc = await extracted(fixture('samples/004_e6a1a50ddf61be61.docx'));
    const lines = doc.text.split('\n');
    // "一、本年新收…" spans three grid columns; "三、本年度办理结果" spans 22 rows.
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0');
    expect(lines).toContain('三、本年度办理结果\t（一）予以公开\t\t0\t0\t0\t0\t0\t0\t0');
    expect(lines).toContain('\t\t2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0');
    // Two paragraphs in one cell ("商业" / "企业") are joined with a space.
    expect(lines.some((l) => l.includes('\t商业 企业\t科研 机构\t'))).toBe(true);
  });
});

describe('PDF samples', () => {
  for (const [base, agency, year] of SAMPLES) {
    it(`${base}.pdf reads like ${base}.txt`, async () => {
      const doc = await extracted(fixture(`samples/${base}.pdf`));
      expect(doc.format).toBe('pdf');
      const parsed = parseReport(doc.text);
      expectSameReport(parsed, parsedTxt(base));
      expect(parsed.report.agency).toBe(agency);
      expect(parsed.report.year).toBe(year);
      expect(parsed.diagnostics.filter((d) => d.kind !== 'extra-cells')).toEqual([]);
      expectValidSegments(doc);
      // Page numbers ("- 2 -") are furniture, not text.
      expect(doc.text.split('\n').filter((l) => /^[-—\s]*\d+[-—\s]*$/.test(l))).toEqual([]);
    });
  }

  it('PDF segments name the page and a box on it, in reading order', async () => {
    const doc = await extracted(fixture('samples/004_e6a1a50ddf61be61.pdf'));
    const pages = doc.segments.map((s) => (s.loc.kind === 'pdf' ? s.loc.page : 0));
    expect(pages[0]).toBe(1);
    expect(Math.max(...pages)).toBe(5);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    const heading = doc.segments.find(
      (s) => doc.text.slice(s.start, s.end) === '四、政府信息公开行政复议、行政诉讼情况',
    );
    expect(heading?.loc.kind).toBe('pdf');
    if (heading?.loc.kind !== 'pdf') return;
    const [x, y, w, h] = heading.loc.box;
    // On an A4 page (595 × 842), in the body, one line high.
    expect(x).toBeGreaterThan(30);
    expect(x + w).toBeLessThan(595);
    expect(y).toBeGreaterThan(0);
    expect(y + h).toBeLessThan(842);
    expect(h).toBeLessThan(20);
  });
});

describe('cross-check with mammoth', () => {
  const files = [
    ...SAMPLES.map(([base]) => `samples/${base}.docx`),
    'samples/template-2021.docx',
    'docx/nonzero-merged.docx',
    'docx/tall-rows.docx',
  ];
  for (const file of files) {
    it(`${file}: every paragraph mammoth reads is in our text`, async () => {
      const { value } = await mammoth.extractRawText({ buffer: readFixture(file) });
      const ours = (await extracted(fixture(file))).text.replace(/\s+/g, '');
      const theirs = value
        .split('\n')
        .map((p) => p.replace(/\s+/g, ''))
        .filter((p) => p !== '');
      expect(theirs.length).toBeGreaterThan(50);
      expect(theirs.filter((p) => !ours.includes(p))).toEqual([]);
    });
  }
});
