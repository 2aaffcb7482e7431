// A scanned PDF saved sideways: the page's picture lies sideways in the page's own space and the
// page's /Rotate turns it upright in the viewer. The OCR must read it as the viewer shows it, and
// put its boxes where they are on the shown page (the 原文 view and the annotated PDF both place
// the boxes on the page as pdf.js shows it, /Rotate applied).
// The PDFs are written here from the EXIF photo fixtures (their pixels stored sideways).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  concatTransformationMatrix,
  degrees,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { scanPages } from '../../src/main/extract/ocr/scan-pages';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { openPdf } from '../export/support/pdf-source';
import { fixture, readFixture } from '../extract/helpers';

const SLOW = 300_000;

const read = async (path: string): Promise<ExtractedDocument> => {
  const r = await extractFile(path);
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.doc;
};

const lines = (doc: ExtractedDocument) =>
  doc.segments.flatMap((s) =>
    s.loc.kind === 'pdf' ? [{ text: doc.text.slice(s.start, s.end), box: s.loc.box }] : [],
  );

/** The upright photo's size in points, as the image reader gives it (the 原文 page's size). */
const upright = scanPages(new Uint8Array(readFixture('ocr/photo-upright.jpg')))[0]!;

/**
 * One page showing the upright photo through /Rotate `rotate`: the stored picture `photo`
 * drawn by `matrix` over the page's own (unrotated) box of `w`×`h` points.
 */
const rotatedScan = async (
  photo: string,
  rotate: number,
  matrix: (w: number, h: number) => [number, number, number, number, number, number],
): Promise<string> => {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(readFixture(`ocr/${photo}`));
  const quarter = rotate % 180 !== 0;
  const [w, h] = quarter ? [upright.height, upright.width] : [upright.width, upright.height];
  const page = doc.addPage([w, h]);
  page.setRotation(degrees(rotate));
  const name = page.node.newXObject('Image', image.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(...matrix(w, h)),
    drawObject(name),
    popGraphicsState(),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-rotate-')), `rotate-${rotate}.pdf`);
  writeFileSync(path, await doc.save());
  return path;
};

describe('a scanned PDF page with /Rotate', () => {
  it(
    'is read as shown: the text and boxes of the upright photo, for 90, 180 and 270',
    async () => {
      const want = lines(await read(fixture('ocr/photo-upright.jpg')));
      expect(want.length).toBeGreaterThan(8);
      const cases = [
        // Stored a quarter anticlockwise (EXIF 6), drawn as stored; /Rotate 90 turns it back.
        await rotatedScan('photo-exif6.jpg', 90, (w, h) => [w, 0, 0, h, 0, 0]),
        // Stored a quarter clockwise (EXIF 8); /Rotate 270 turns it back.
        await rotatedScan('photo-exif8.jpg', 270, (w, h) => [w, 0, 0, h, 0, 0]),
        // Stored upright, drawn upside down; /Rotate 180 turns the page the right way up.
        await rotatedScan('photo-upright.jpg', 180, (w, h) => [-w, 0, 0, -h, w, h]),
      ];
      for (const path of cases) {
        // The page pdf.js shows (as the 原文 view draws it) has the upright photo's size.
        const { pdf, close } = await openPdf(new Uint8Array(readFileSync(path)));
        const viewport = (await pdf.getPage(1)).getViewport({ scale: 1 });
        await close();
        expect(viewport.width).toBeCloseTo(upright.width, 1);
        expect(viewport.height).toBeCloseTo(upright.height, 1);

        const doc = await read(path);
        expect(doc.text).toContain('一、总体情况');
        expect(doc.text).toContain('中华人民共和国政府信息公开条例');
        const got = lines(doc);
        // As many lines (the odd character may differ: pdf.js decodes the JPEG, not our reader).
        expect(got.length).toBe(want.length);
        expect(got[0]!.text).toContain('司法局2024年');
        // Line by line, each box where the upright photo has it (a few points of JPEG noise).
        got.forEach((l, i) =>
          l.box.forEach((v, k) => expect(Math.abs(v - want[i]!.box[k]!)).toBeLessThan(6)),
        );
      }
    },
    SLOW,
  );
});
