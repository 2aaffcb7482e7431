// A phone photo stored sideways with an EXIF orientation (6 or 8): the OCR reads it turned
// upright, so the text is read and every box sits where it does on the upright photo; the 原文
// sizes and the annotated PDF show it upright too. The fixtures are made by
// scripts/fixtures/make-exif-photos.ts (ImageMagick turns the pixels; the tag is written there).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { makeRaster } from '../../src/main/extract/ocr/raster';
import {
  jpegOrientation,
  orientationOf,
  uprightRaster,
} from '../../src/main/extract/ocr/orientation';
import { scanPages } from '../../src/main/extract/ocr/scan-pages';
import { scanPdf } from '../../src/main/extract/ocr/scan-pdf';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { openPdf } from '../export/support/pdf-source';
import { fixture, readFixture } from '../extract/helpers';

const SLOW = 300_000;

const photo = (name: string) => new Uint8Array(readFixture(`ocr/${name}`));

const read = async (name: string): Promise<ExtractedDocument> => {
  const r = await extractFile(fixture(`ocr/${name}`));
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.doc;
};

/** Each recognized line with its box (x, y, w, h in points from the page's top left). */
const lines = (doc: ExtractedDocument) =>
  doc.segments.flatMap((s) =>
    s.loc.kind === 'pdf' ? [{ text: doc.text.slice(s.start, s.end), box: s.loc.box }] : [],
  );

describe('EXIF orientation of a JPEG', () => {
  it('is read from the APP1 block, in either byte order; none or a broken one is 1', () => {
    expect(jpegOrientation(photo('photo-upright.jpg'))).toBe(1);
    expect(jpegOrientation(photo('photo-exif6.jpg'))).toBe(6); // little-endian ("II")
    expect(jpegOrientation(photo('photo-exif8.jpg'))).toBe(8); // big-endian ("MM")
    // The block cut short after its header: no orientation, no exception.
    const cut = photo('photo-exif6.jpg').slice(0, 20);
    expect(jpegOrientation(cut)).toBe(1);
    expect(jpegOrientation(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(1);
  });

  it('turns a raster upright: 6 a quarter clockwise, 8 a quarter anticlockwise, 3 a half', () => {
    // Stored 3×2:  a b c
    //              d e f
    const r = makeRaster(3, 2);
    r.data.set([1, 2, 3, 4, 5, 6]);
    const six = uprightRaster(r, 6);
    expect([six.width, six.height]).toEqual([2, 3]);
    // A quarter clockwise: the left column (a, d) becomes the top row, read from the bottom.
    expect([...six.data]).toEqual([4, 1, 5, 2, 6, 3]);
    expect([...uprightRaster(r, 8).data]).toEqual([3, 6, 2, 5, 1, 4]);
    expect([...uprightRaster(r, 3).data]).toEqual([6, 5, 4, 3, 2, 1]);
    expect([...uprightRaster(r, 2).data]).toEqual([3, 2, 1, 6, 5, 4]);
    // Told by a drawing (a scanned PDF page): rows running down, the next row to the left of
    // the first, is a quarter clockwise; rows running up, the next to the right, anticlockwise.
    expect(orientationOf([0, 1], [-1, 0])).toBe(6);
    expect(orientationOf([0, -1], [1, 0])).toBe(8);
    expect(orientationOf([1, 0], [0, 1])).toBe(1);
    expect(orientationOf([0.7, 0.7], [-0.7, 0.7])).toBe(1); // 45°: no such turn
  });

  it('gives the 原文 page the upright size, the picture as submitted', () => {
    const [upright] = scanPages(photo('photo-upright.jpg'));
    for (const name of ['photo-exif6.jpg', 'photo-exif8.jpg']) {
      const bytes = photo(name);
      const [page] = scanPages(bytes);
      expect(Buffer.from(page!.bytes).equals(Buffer.from(bytes))).toBe(true);
      // Stored 250×497 (portrait); upright 497×250 like the unturned photo.
      expect(page!.width).toBeCloseTo(upright!.width, 1);
      expect(page!.height).toBeCloseTo(upright!.height, 1);
      expect(page!.width).toBeGreaterThan(page!.height);
    }
  });

  it('draws the photo upright in the annotated PDF', async () => {
    for (const [name, corner] of [
      // Where the stored picture's first pixel (its top left) lands on the upright page: a
      // quarter clockwise takes it to the top right, a quarter anticlockwise to the bottom left.
      ['photo-exif6.jpg', 'top-right'],
      ['photo-exif8.jpg', 'bottom-left'],
    ] as const) {
      const pages = scanPages(photo(name));
      const { width, height } = pages[0]!;
      const { pdf, close } = await openPdf(await scanPdf(pages));
      try {
        const page = await pdf.getPage(1);
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const ops = await page.getOperatorList();
        const at = ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject);
        expect(at).toBeGreaterThan(0);
        const m = ops.fnArray
          .slice(0, at)
          .flatMap((fn, i) => (fn === pdfjs.OPS.transform ? [ops.argsArray[i] as number[]] : []))
          .at(-1)!;
        const map = (s: number, t: number) => [
          m[0]! * s + m[2]! * t + m[4]!,
          m[1]! * s + m[3]! * t + m[5]!,
        ];
        // PDF's image space: (0, 1) is the stored top left; the page's y runs up.
        const [x, y] = map(0, 1);
        const want = corner === 'top-right' ? [width, height] : [0, 0];
        expect(x).toBeCloseTo(want[0]!, 3);
        expect(y).toBeCloseTo(want[1]!, 3);
        // The whole picture covers the page: the opposite corner is the opposite one.
        const [x2, y2] = map(1, 0);
        expect(x2).toBeCloseTo(width - want[0]!, 3);
        expect(y2).toBeCloseTo(height - want[1]!, 3);
      } finally {
        await close();
      }
    }
  });

  it(
    'page photos of one report, each held its own way: one scan, every page read upright',
    async () => {
      const upright = lines(await read('photo-upright.jpg'));
      const folder = mkdtempSync(join(tmpdir(), 'nianbao-exif-group-'));
      copyFileSync(fixture('ocr/photo-exif6.jpg'), join(folder, '报告_第1页.jpg'));
      copyFileSync(fixture('ocr/photo-exif8.jpg'), join(folder, '报告_第2页.jpg'));
      // The folder read, as when the reviewer drops it.
      const r = await extractFile(folder);
      if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
      expect(r.doc.notes.join()).toContain('由 2 张图片合为一份报告');
      for (const page of [1, 2]) {
        const got = r.doc.segments.flatMap((s) =>
          s.loc.kind === 'pdf' && s.loc.page === page
            ? [{ text: r.doc.text.slice(s.start, s.end), box: s.loc.box }]
            : [],
        );
        expect(got.map((l) => l.text).join('\n')).toContain('总体情况');
        expect(got.length).toBe(upright.length);
        got.forEach((l, i) =>
          l.box.forEach((v, k) => expect(Math.abs(v - upright[i]!.box[k]!)).toBeLessThan(6)),
        );
      }
    },
    SLOW,
  );

  it(
    'is read upright by the OCR: the same text and boxes as the upright photo',
    async () => {
      const upright = lines(await read('photo-upright.jpg'));
      expect(upright.length).toBeGreaterThan(8);
      expect(upright[0]!.text).toContain('司法局2024年');
      for (const name of ['photo-exif6.jpg', 'photo-exif8.jpg']) {
        const doc = await read(name);
        expect(doc.text).toContain('一、总体情况');
        expect(doc.text).toContain('（一）主动公开');
        expect(doc.text).toContain('中华人民共和国政府信息公开条例');
        const turned = lines(doc);
        expect(turned.length).toBe(upright.length);
        // Line by line: the boxes where the upright photo has them (a few points of JPEG noise).
        turned.forEach((l, i) => {
          const want = upright[i]!.box;
          l.box.forEach((v, k) => expect(Math.abs(v - want[k]!)).toBeLessThan(6));
        });
      }
    },
    SLOW,
  );
});
