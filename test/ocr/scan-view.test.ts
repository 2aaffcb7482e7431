// A scanned report's 原文: report:source answers with the page pictures (JPEG as submitted, a
// TIFF page as PNG) sized in the points of the OCR's boxes, and the annotated return is a PDF of
// the scan with the findings highlighted where the recognized text is. Slow (real OCR).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { annotateReport } from '../../src/main/export/annotate';
import { entryFromChecked } from '../../src/main/export/from-checked';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { SourceService } from '../../src/main/services/source';
import { reportSourceSchema, type ReportSource } from '../../src/shared/ipc/source';
import { openPdf } from '../export/support/pdf-source';
import { fixture } from '../extract/helpers';
import { tempWorkspace } from '../support/workspace';
import { scanOfd } from './support/scan-ofd';

const SLOW = 300_000;

const sourceOf = async (file: string): Promise<ReportSource> => {
  const workspace = tempWorkspace();
  const service = new ReviewService({ workspace, reviewer: '审核人' });
  const handlers = createHandlers(
    service,
    { chooseFiles: async () => [] },
    new SourceService({ workspace }),
  );
  service.grantPaths([file]);
  const [summary] = await service.importFiles([file]);
  if (!summary || summary.error) throw new Error(summary?.error?.message ?? 'no import');
  const result = await dispatch(handlers, 'report:source', { id: summary.id }, { emit: () => {} });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return reportSourceSchema.parse(result.value);
};

describe('the 原文 of a scanned image', () => {
  it(
    'a two-page TIFF: each page a PNG of the scan, every recognized box inside its page',
    async () => {
      const source = await sourceOf(fixture('ocr/two-pages.tif'));
      if (source.kind !== 'image') throw new Error(`${source.kind}`);
      expect(source.pages.length).toBe(2);
      for (const p of source.pages) {
        expect(p.mime).toBe('image/png');
        expect(Math.min(p.width, p.height)).toBeCloseTo(595.3, 1);
        const png = PNG.sync.read(Buffer.from(p.bytes));
        // The picture keeps the page's proportions the boxes were measured in.
        expect(png.height / png.width).toBeCloseTo(p.height / p.width, 2);
      }
      const boxes = source.segments.flatMap((s) => (s.loc.kind === 'pdf' ? [s.loc] : []));
      expect(boxes.length).toBeGreaterThan(20);
      expect(new Set(boxes.map((b) => b.page))).toEqual(new Set([1, 2]));
      for (const { page, box } of boxes) {
        const p = source.pages[page - 1]!;
        expect(box[0]).toBeGreaterThanOrEqual(-1);
        expect(box[0] + box[2]).toBeLessThanOrEqual(p.width + 1);
        expect(box[1] + box[3]).toBeLessThanOrEqual(p.height + 1);
      }
    },
    SLOW,
  );

  it(
    'a JPEG photo: the picture as submitted; its annotated return highlights the doubtful rows on the scan',
    async () => {
      const file = fixture('ocr/table-150dpi.jpg');
      const original = new Uint8Array(readFileSync(file));
      const source = await sourceOf(file);
      if (source.kind !== 'image') throw new Error(`${source.kind}`);
      expect(source.pages.length).toBe(1);
      expect(source.pages[0]!.mime).toBe('image/jpeg');
      expect(Buffer.from(source.pages[0]!.bytes).equals(Buffer.from(original))).toBe(true);

      const entry = entryFromChecked(await checkFile(file));
      if (!entry) throw new Error('not read');
      const doubts = entry.findings.filter((f) => f.ruleId === 'table.ocr-uncertain');
      const r = await annotateReport(original, entry, { reviewer: '张审核', scope: 'all' });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.extension).toBe('pdf');
      const pdf = await PDFDocument.load(r.value.bytes);
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect(width).toBeCloseTo(source.pages[0]!.width, 1);
      expect(height).toBeCloseTo(source.pages[0]!.height, 1);
      // pdf.js sees the scan painted on the page and a highlight per finding placed on it.
      const { pdf: read, close } = await openPdf(r.value.bytes);
      try {
        const page = await read.getPage(1);
        const ops = await page.getOperatorList();
        expect(ops.argsArray.some((a) => typeof (a as unknown[])?.[0] === 'string')).toBe(true);
        const highlights = (await page.getAnnotations()).filter((a) => a.subtype === 'Highlight');
        expect(highlights.length).toBe(r.value.notes - r.value.unplaced);
        // The doubtful cells are on the scan, each with its message (a row of 表三 here).
        expect(doubts.length).toBeGreaterThan(0);
        const notes = highlights.map((a) => (a.contentsObj?.str as string) ?? '').join('\n');
        expect(doubts.some((d) => notes.includes(d.message))).toBe(true);
      } finally {
        await close();
      }
    },
    SLOW,
  );

  it(
    'an image-only OFD: its page shows the scan (the file as the package holds it), every recognized box on it',
    async () => {
      const jpg = new Uint8Array(readFileSync(fixture('ocr/table-150dpi.jpg')));
      const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ofdscan-')), '扫描件.ofd');
      writeFileSync(file, await scanOfd(jpg));
      const source = await sourceOf(file);
      if (source.kind !== 'ofd') throw new Error(`${source.kind}`);
      expect(source.pages.length).toBe(1);
      const images = source.pages[0]!.images;
      expect(images.length).toBe(1);
      const { box, picture } = images[0]!;
      expect(box).toEqual([0, 0, 210, 297]);
      expect(picture?.mime).toBe('image/jpeg');
      expect(Buffer.from(picture!.bytes).equals(Buffer.from(jpg))).toBe(true);
      // The marks go where the OCR read the text: millimetres inside the picture's box.
      const boxes = source.segments.flatMap((s) => (s.loc.kind === 'ofd' ? [s.loc] : []));
      expect(boxes.length).toBeGreaterThan(100);
      for (const {
        page: n,
        box: [x, y, w, h],
      } of boxes) {
        expect(n).toBe(1);
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(x + w).toBeLessThanOrEqual(211);
        expect(y + h).toBeLessThanOrEqual(298);
      }
    },
    SLOW,
  );
});
