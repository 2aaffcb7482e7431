// Test-side source map of a PDF (until the PDF extractor lands): one line per pdf.js text
// item run, a segment per item with its box in top-left viewport space, as the contract says.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SourceSegment } from '../../../src/shared/model/source';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Opens a PDF with pdf.js (CMaps and standard fonts, so Chinese text comes out). */
export const openPdf = async (bytes: Uint8Array) => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
  });
  return { pdf: await task.promise, close: () => task.destroy() };
};

export interface PdfItem {
  page: number;
  str: string;
  box: [number, number, number, number];
}

/** Text items of every page with their boxes (x, y from the top left, w, h). */
export const pdfItems = async (bytes: Uint8Array): Promise<PdfItem[]> => {
  const { pdf, close } = await openPdf(bytes);
  const items: PdfItem[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [x, baseline] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
        // The glyphs stand on the baseline; the box reaches up by the font height.
        const top = baseline - item.height;
        items.push({ page: p, str: item.str, box: [x, top, item.width, item.height] });
      }
    }
  } finally {
    await close();
  }
  return items;
};

export interface PdfSource {
  raw: string;
  segments: SourceSegment[];
  items: PdfItem[];
}

/** The raw text (one line per item) and a segment per item. */
export const pdfSource = async (bytes: Uint8Array): Promise<PdfSource> => {
  const items = await pdfItems(bytes);
  const segments: SourceSegment[] = [];
  let raw = '';
  for (const item of items) {
    segments.push({
      start: raw.length,
      end: raw.length + item.str.length,
      loc: { kind: 'pdf', page: item.page, box: item.box },
    });
    raw += `${item.str}\n`;
  }
  return { raw, segments, items };
};
