// Placing the review marks on the original: PDF boxes cut out of the extractor's line boxes, Word
// anchors for paragraphs and cells, cell-only findings — on real sample documents.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { segmentAnchors } from '../../src/main/services/word-html';
import type { ReviewFinding } from '../../src/shared/ipc/review';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { parseReport, type ParsedDocument } from '../../src/shared/parser';
import {
  cellOnlyMarks,
  pdfMarkBoxes,
  piecesOf,
  wordMarks,
} from '../../src/renderer/features/review/originalLayout';
import type { Mark } from '../../src/renderer/features/review/reviewModel';

const samples = join(import.meta.dirname, '..', 'fixtures', 'samples');

const load = async (file: string): Promise<{ ex: ExtractedDocument; doc: ParsedDocument }> => {
  const r = await extractFile(join(samples, file));
  if (!r.ok) throw new Error(r.error.message);
  return { ex: r.doc, doc: parseReport(r.doc.text) };
};

/** A mark over the first occurrence of `phrase` in report.text. */
const markOn = (doc: ParsedDocument, phrase: string, key = 'f0'): Mark => {
  const start = doc.report.text.indexOf(phrase);
  if (start < 0) throw new Error(`report.text 中没有「${phrase}」`);
  return { key, start, end: start + phrase.length, kind: 'error' };
};

describe('pdfMarkBoxes on 001 (PDF)', () => {
  let pdf: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    pdf = await load('001_f5110ba79a44df9c.pdf');
  });
  const lineBox = (phrase: string) => {
    const s = pdf.ex.segments.find((g) => pdf.ex.text.slice(g.start, g.end).includes(phrase));
    if (s?.loc.kind !== 'pdf') throw new Error(phrase);
    return s.loc;
  };

  it('boxes a phrase inside its line on the right page, cut to the phrase', () => {
    const line = lineBox('信息公开渠道畅通');
    const [box] = pdfMarkBoxes(
      [markOn(pdf.doc, '信息公开渠道畅通')],
      pdf.doc.norm,
      pdf.ex.text,
      pdf.ex.segments,
    );
    expect(box).toBeDefined();
    const [x, y, w, h] = box!.box;
    const [lx, ly, lw, lh] = line.box;
    expect(box!.page).toBe(line.page);
    expect([y, h]).toEqual([ly, lh]);
    // The phrase closes the line (only "。" after it): right part of the line, 8 of ~25 ems.
    expect(x).toBeGreaterThan(lx + lw * 0.5);
    expect(x + w).toBeLessThanOrEqual(lx + lw + 1e-6);
    expect(x + w).toBeGreaterThan(lx + lw * 0.9);
    expect(w).toBeGreaterThan(lw * 0.2);
    expect(w).toBeLessThan(lw * 0.45);
  });

  it('puts two halves of a line side by side, in order, without overlap', () => {
    const [a] = pdfMarkBoxes(
      [markOn(pdf.doc, '区司法局处理信息公开件')],
      pdf.doc.norm,
      pdf.ex.text,
      pdf.ex.segments,
    );
    const [b] = pdfMarkBoxes(
      [markOn(pdf.doc, '信息公开渠道畅通')],
      pdf.doc.norm,
      pdf.ex.text,
      pdf.ex.segments,
    );
    expect(a!.box[0] + a!.box[2]).toBeLessThanOrEqual(b!.box[0]);
    expect(a!.box[1]).toBe(b!.box[1]);
  });

  it('gives a phrase wrapped over two lines one box per line', () => {
    // "…明确 2022 年政" / "务公开工作责任分工…": the PDF wraps inside 政务.
    const text = pdf.doc.report.text;
    expect(text).not.toContain('年政务公开工作责任分工'); // the line break sits inside 政务
    const start = text.indexOf('明确');
    const end = text.indexOf('责任分工') + 4;
    const mark: Mark = { key: 'f0', start, end, kind: 'error' };
    const pieces = piecesOf(pdf.doc.norm, pdf.ex.text, pdf.ex.segments, mark.start, mark.end);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]!.from).toBeGreaterThan(0.8);
    expect(pieces[0]!.to).toBe(1);
    expect(pieces[1]!.to).toBeLessThan(0.3);
    expect(pieces[1]).toMatchObject({ from: 0 });
    const boxes = pdfMarkBoxes([mark], pdf.doc.norm, pdf.ex.text, pdf.ex.segments);
    expect(boxes.map((b) => b.page)).toEqual([1, 1]);
    expect(boxes[1]!.box[1]).toBeGreaterThan(boxes[0]!.box[1]);
  });
});

describe('wordMarks on 001 (Word)', () => {
  it('marks the paragraph of a prose finding and the cell of a table figure', async () => {
    const { ex, doc } = await load('001_f5110ba79a44df9c.docx');
    const anchors = segmentAnchors(ex.text, ex.segments);
    const paragraph = markOn(doc, '信息公开渠道畅通', 'f0');
    const again = markOn(doc, '区司法局处理信息公开件', 'f0');
    const [path, cell] = Object.entries(doc.report.cells).find(([, c]) => c.span !== null)!;
    const cellMark: Mark = { key: 'f1', start: cell.span![0], end: cell.span![1], kind: 'warning' };
    const got = wordMarks([paragraph, again, cellMark], doc.norm, ex.text, ex.segments, anchors);
    // Two marks of one finding in one paragraph make one entry.
    expect(got.filter((m) => m.key === 'f0')).toHaveLength(1);
    expect(got[0]!.anchor).toMatch(/^p\d+$/);
    const onCell = got.find((m) => m.key === 'f1');
    expect(onCell, path).toMatchObject({
      kind: 'warning',
      anchor: expect.stringMatching(/^t\d+r\d+g\d+$/),
    });
    // The anchored segment really holds the cell's printed figure.
    const i = anchors.indexOf(onCell!.anchor);
    expect(ex.text.slice(ex.segments[i]!.start, ex.segments[i]!.end).trim()).toBe(cell.raw.trim());
  });
});

describe('cellOnlyMarks', () => {
  it('marks the printed figures of findings without spans, skipping dismissed ones', async () => {
    const { doc } = await load('001_f5110ba79a44df9c.txt');
    const paths = Object.entries(doc.report.cells)
      .filter(([, c]) => c.span !== null)
      .map(([p]) => p);
    const finding = (cells: string[], dismissed = false): ReviewFinding => ({
      ruleId: 'arith.test',
      severity: 'error',
      message: '测试',
      spans: [],
      cells,
      expected: null,
      actual: null,
      suggestion: null,
      fingerprint: cells.join(),
      decision: dismissed
        ? { fingerprint: '', decision: 'dismissed', reason: '理由', reviewer: '甲', at: '' }
        : null,
    });
    const withSpan = { ...finding([paths[0]!]), spans: [[0, 2]] as [number, number][] };
    const marks = cellOnlyMarks(
      [finding([paths[1]!]), withSpan, finding([paths[2]!], true)],
      doc,
      null,
    );
    expect(marks).toEqual([
      {
        key: 'f0',
        start: doc.report.cells[paths[1]!]!.span![0],
        end: doc.report.cells[paths[1]!]!.span![1],
        kind: 'error',
      },
    ]);
    expect(cellOnlyMarks([finding([paths[2]!], true)], doc, 0)).toHaveLength(1);
  });
});
