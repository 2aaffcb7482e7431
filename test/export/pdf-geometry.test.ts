import { PDFDocument, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { frameOf } from '../../src/main/export/pdf-annots';
import { mergeLineBoxes, quadOf, rectOf, subBox, toUser } from '../../src/main/export/pdf-geometry';
import { openPdf } from './support/pdf-source';

describe('toUser', () => {
  it('inverts the pdf.js viewport on rotated pages with an offset crop box', async () => {
    const doc = await PDFDocument.create();
    for (const angle of [0, 90, 180, 270]) {
      const page = doc.addPage([600, 800]);
      page.setCropBox(30, 40, 500, 700);
      page.setRotation(degrees(angle));
    }
    const bytes = await doc.save();
    const reread = await PDFDocument.load(bytes);
    const { pdf, close } = await openPdf(bytes);
    try {
      for (let p = 1; p <= 4; p++) {
        const viewport = (await pdf.getPage(p)).getViewport({ scale: 1 });
        const frame = frameOf(reread.getPage(p - 1));
        for (const [ux, uy] of [
          [30, 40],
          [100, 650],
          [529, 739],
        ] as const) {
          const [vx, vy] = viewport.convertToViewportPoint(ux, uy);
          const [x, y] = toUser(frame, vx, vy);
          expect(x, `page ${p}`).toBeCloseTo(ux, 6);
          expect(y, `page ${p}`).toBeCloseTo(uy, 6);
        }
      }
    } finally {
      await close();
    }
  });

  it('writes quads upper-left, upper-right, lower-left, lower-right on an upright page', () => {
    const frame = { view: [0, 0, 600, 800] as const, rotate: 0 };
    expect(quadOf(frame, [10, 20, 100, 12])).toEqual([10, 780, 110, 780, 10, 768, 110, 768]);
    expect(rectOf([10, 780, 110, 780, 10, 768, 110, 768], 1)).toEqual([9, 767, 111, 781]);
  });
});

describe('subBox and mergeLineBoxes', () => {
  it('gives Han characters twice the width of digits and a space a quarter', () => {
    // "年 35 条": 年(1) space(.25) 3(.5) 5(.5) space(.25) 条(1) = 3.5 ems over 70 units.
    const box = [0, 0, 70, 12] as const;
    expect(subBox(box, '年 35 条', 2, 4, 6)).toEqual([25, 0, 20, 12]);
    expect(subBox(box, '年 35 条', 0, 1, 6)).toEqual([0, 0, 20, 12]);
    // Without the text: by count.
    expect(subBox([0, 0, 60, 12], null, 3, 6, 6)).toEqual([30, 0, 30, 12]);
  });

  it('joins touching boxes of one line and keeps lines apart', () => {
    const merged = mergeLineBoxes([
      [0, 100, 50, 12],
      [52, 100.5, 30, 12],
      [0, 118, 40, 12],
    ]);
    expect(merged).toEqual([
      [0, 100, 82, 12.5],
      [0, 118, 40, 12],
    ]);
  });
});
