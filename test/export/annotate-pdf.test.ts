import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { annotatePdf } from '../../src/main/export/annotate-pdf';
import { findingAcross, findingAt, loadSample, sampleBytes } from './support/entries';
import { openPdf, pdfItems, type PdfItem } from './support/pdf-source';

const options = {
  reviewer: '张审核',
  date: new Date('2025-01-20T08:00:00Z'),
  scope: 'all' as const,
};
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/export/${name}`, import.meta.url)));

interface ReadAnnot {
  subtype: string;
  contents: string;
  title: string;
  quads: number[];
  page: number;
  hasAppearance: boolean;
  popup: boolean;
}

/** The annotations as pdf.js reads them, page by page. */
const readAnnots = async (bytes: Uint8Array): Promise<ReadAnnot[]> => {
  const { pdf, close } = await openPdf(bytes);
  const out: ReadAnnot[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      for (const a of await (await pdf.getPage(p)).getAnnotations()) {
        if (a.subtype === 'Popup') continue;
        out.push({
          subtype: a.subtype,
          contents: a.contentsObj?.str ?? '',
          title: a.titleObj?.str ?? '',
          quads: a.quadPoints ? Array.from(a.quadPoints as ArrayLike<number>) : [],
          page: p,
          hasAppearance: a.hasAppearance,
          popup: typeof a.popupRef === 'string',
        });
      }
    }
  } finally {
    await close();
  }
  return out;
};

/** Text items under one quad (8 numbers, PDF user space), read by pdf.js from the output. */
const textUnder = (items: PdfItem[], page: number, quad: number[], pageHeight: number): string => {
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!].map((y) => pageHeight - y);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  return items
    .filter((i) => i.page === page)
    .filter(({ box: [x, y, w, h] }) => {
      const overlapY = Math.min(y + h, bottom) - Math.max(y, top);
      return overlapY > h * 0.5 && x < right && x + w > left;
    })
    .map((i) => i.str)
    .join('');
};

describe.each(['auto', 'test'] as const)(
  'annotatePdf on a real sample (source map: %s)',
  (source) => {
    it('highlights a passage over two lines with one band per line, note text and author', async () => {
      const s = await loadSample('001_f5110ba79a44df9c', 'pdf', { source });
      const across = findingAcross(s.doc, '上报政务信息 35 条，采用信息 6 条', {
        message: '采用率与所列数字不符',
        suggestion: '改为 17%',
        expected: '17%',
        actual: '18%',
      });
      const single = findingAt(s.doc, '（三）政府信息管理', {
        severity: 'info',
        message: '标题层级请核对',
      });
      const nowhere = { ...single, spans: [], message: '缺少表三' };
      const remarkAt = s.doc.report.text.indexOf('（五）监督保障');
      const entry = s.entry([across, single, nowhere], {
        comments: [
          { span: [remarkAt, remarkAt + 7], text: '请补充监督保障措施', reviewer: '李复核' },
        ],
      });
      const original = sampleBytes('001_f5110ba79a44df9c.pdf');
      const result = await annotatePdf(original, entry, options);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.stats).toEqual({ notes: 4, highlights: 3, unplaced: 1 });
      const annots = await readAnnots(result.value.bytes);
      const items = await pdfItems(result.value.bytes);
      const pageHeight = (await PDFDocument.load(original)).getPage(0).getHeight();

      const rate = annots.find((a) => a.contents.includes('采用率与所列数字不符'))!;
      expect(rate).toMatchObject({
        subtype: 'Highlight',
        title: '张审核',
        page: 1,
        hasAppearance: true,
        popup: true,
      });
      expect(rate.contents).toContain('应为：17%；实为：18%');
      expect(rate.contents).toContain('修改建议：改为 17%');
      expect(rate.quads).toHaveLength(16); // two lines
      const lines = [rate.quads.slice(0, 8), rate.quads.slice(8)].map((q) =>
        textUnder(items, 1, q, pageHeight),
      );
      expect(lines[0]).toContain('上报政务信息 35 条，采');
      expect(lines[1]).toContain('用信息 6 条');
      // The first band starts near "上报", not at the start of the line.
      const lineItem = items.find((i) => i.str.includes('上报政务信息 35 条，采'))!;
      expect(rate.quads[0]!).toBeGreaterThan(lineItem.box[0] + lineItem.box[2] * 0.6);

      const heading = annots.find((a) => a.contents.includes('标题层级请核对'))!;
      expect(heading.quads).toHaveLength(8);
      expect(textUnder(items, 1, heading.quads, pageHeight)).toBe('（三）政府信息管理');

      const remark = annots.find((a) => a.contents.includes('请补充监督保障措施'))!;
      expect(remark).toMatchObject({ subtype: 'Highlight', title: '李复核' });
      expect(textUnder(items, remark.page, remark.quads, pageHeight)).toBe('（五）监督保障');

      const note = annots.find((a) => a.contents.includes('缺少表三'))!;
      expect(note).toMatchObject({ subtype: 'Text', page: 1, popup: true });
      expect(note.contents).toContain('（涉及全文）');
    });

    it('keeps the pages and their text, and writes the annotation dictionaries as the format asks', async () => {
      const s = await loadSample('002_73996fd1531b3677', 'pdf', { source });
      const original = sampleBytes('002_73996fd1531b3677.pdf');
      const result = await annotatePdf(original, s.entry([findingAt(s.doc, '依申公开')]), options);
      if (!result.ok) throw new Error(result.error.message);
      const before = await pdfItems(original);
      const after = await pdfItems(result.value.bytes);
      expect(after).toEqual(before);
      const doc = await PDFDocument.load(result.value.bytes);
      expect(doc.getPageCount()).toBe((await PDFDocument.load(original)).getPageCount());
      const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
      const dicts = annots.asArray().map((ref) => doc.context.lookup(ref, PDFDict));
      const highlight = dicts.find(
        (d) => d.get(PDFName.of('Subtype')) === PDFName.of('Highlight'),
      )!;
      expect(highlight.lookup(PDFName.of('QuadPoints'), PDFArray).size()).toBe(8);
      expect(highlight.lookup(PDFName.of('CA'), PDFNumber).asNumber()).toBeCloseTo(0.45);
      const appearance = highlight.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
      expect(appearance).toBeInstanceOf(PDFStream);
      const popup = highlight.lookup(PDFName.of('Popup'), PDFDict);
      expect(popup.get(PDFName.of('Subtype'))).toBe(PDFName.of('Popup'));
      expect(popup.get(PDFName.of('Parent'))).toBe(annots.get(0));
    });
  },
);

describe('annotatePdf with nothing to mark', () => {
  it('returns the original bytes', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'pdf');
    const original = sampleBytes('000_a5e6e1e0a8da6139.pdf');
    const result = await annotatePdf(original, s.entry([]), options);
    expect(result.ok && result.value.bytes).toBe(original);
  });
});

describe('annotatePdf on bad input', () => {
  it('says in Chinese that an encrypted or broken PDF cannot be annotated', async () => {
    const s = await loadSample('002_73996fd1531b3677', 'pdf');
    const entry = s.entry([]);
    const encrypted = await annotatePdf(fixture('encrypted.pdf'), entry, options);
    expect(encrypted.ok || encrypted.error).toMatchObject({
      code: 'ENCRYPTED',
      message: expect.stringContaining('加密'),
    });
    const broken = await annotatePdf(
      new TextEncoder().encode('%PDF-1.7\n%garbage'),
      entry,
      options,
    );
    expect(broken.ok || broken.error).toMatchObject({
      code: 'CORRUPT_FILE',
      message: expect.stringContaining('不是有效的 PDF'),
    });
  });
});
