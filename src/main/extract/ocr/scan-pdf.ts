// A PDF made of a scanned report's page pictures, one page each at the size the OCR placed its
// boxes in: the annotated return of an image report is this PDF with highlights on the scan.
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { jpegOrientation, uprightPoint, type Orientation } from './orientation';
import type { ScanPage } from './scan-pages';

export const scanPdf = async (pages: readonly ScanPage[]): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  for (const p of pages) {
    // The pictures go in as they are (JPEG stays DCT-encoded): nothing of the scan is lost.
    const image =
      p.mime === 'image/jpeg' ? await doc.embedJpg(p.bytes) : await doc.embedPng(p.bytes);
    const page = doc.addPage([p.width, p.height]);
    const orientation = p.mime === 'image/jpeg' ? jpegOrientation(p.bytes) : 1;
    if (orientation === 1) {
      page.drawImage(image, { x: 0, y: 0, width: p.width, height: p.height });
      continue;
    }
    // A photo with an EXIF orientation is drawn turned upright, as the OCR read it.
    const name = page.node.newXObject('Image', image.ref);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(...uprightMatrix(orientation, p.width, p.height)),
      drawObject(name),
      popGraphicsState(),
    );
  }
  return doc.save();
};

type Matrix = [number, number, number, number, number, number];

/**
 * The matrix that puts the stored picture (PDF's unit square, its first row at the top) upright
 * on a page of `width`×`height` points (y up).
 */
const uprightMatrix = (o: Orientation, width: number, height: number): Matrix => {
  // Turned as a unit square (stored w = h = 1), then scaled to the page.
  const at = (s: number, t: number): [number, number] => {
    const [x, y] = uprightPoint(o, 1, 1, s, 1 - t);
    return [x * width, (1 - y) * height];
  };
  const [e, f] = at(0, 0);
  const [x1, y1] = at(1, 0);
  const [x2, y2] = at(0, 1);
  return [x1 - e, y1 - f, x2 - e, y2 - f, e, f];
};
