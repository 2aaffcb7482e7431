// A PDF made of a scanned report's page pictures, one page each at the size the OCR placed its
// boxes in: the annotated return of an image report is this PDF with highlights on the scan.
import { PDFDocument } from 'pdf-lib';
import type { ScanPage } from './scan-pages';

export const scanPdf = async (pages: readonly ScanPage[]): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  for (const p of pages) {
    // The pictures go in as they are (JPEG stays DCT-encoded): nothing of the scan is lost.
    const image =
      p.mime === 'image/jpeg' ? await doc.embedJpg(p.bytes) : await doc.embedPng(p.bytes);
    const page = doc.addPage([p.width, p.height]);
    page.drawImage(image, { x: 0, y: 0, width: p.width, height: p.height });
  }
  return doc.save();
};
