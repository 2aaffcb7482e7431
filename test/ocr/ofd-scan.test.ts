// An OFD whose page is only a picture (a scan saved as OFD): the picture, found through the
// ImageObject's MultiMedia resource, is recognized like the same image file, and the places of
// the text are OFD millimetres on that page. Slow (real OCR).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../src/main/extract';
import { fixture } from '../extract/helpers';
import { scanOfd } from './support/scan-ofd';

const SLOW = 300_000;

describe('an image-only OFD page', () => {
  it(
    'is recognized as the picture it shows, its text placed in millimetres on the page',
    async () => {
      const jpg = new Uint8Array(readFileSync(fixture('ocr/table-150dpi.jpg')));
      const pages: number[] = [];
      const r = await extractBytes(await scanOfd(jpg), '扫描件.ofd', {
        onOcrPage: (p) => pages.push(p),
      });
      if (!r.ok) throw new Error(r.error.message);
      expect(pages).toEqual([1]);
      expect(r.doc.format).toBe('ofd');
      expect(r.doc.notes.join()).toContain('由图片识别');
      const image = await extractFile(fixture('ocr/table-150dpi.jpg'));
      if (!image.ok) throw new Error(image.error.message);
      // The same table rows, number for number, as from the image file itself.
      const numbers = (t: string) =>
        t
          .split('\n')
          .filter((l) => l.includes('\t'))
          .map((l) => l.split('\t').filter((f) => /^\d+$/.test(f)));
      expect(numbers(r.doc.text)).toEqual(numbers(image.doc.text));
      expect(r.doc.uncertain?.length ?? 0).toBe(image.doc.uncertain?.length ?? 0);
      const located = r.doc.segments.flatMap((s) => (s.loc.kind === 'ofd' ? [s.loc] : []));
      expect(located.length).toBeGreaterThan(100);
      for (const loc of located) {
        expect(loc.confidence).toBeGreaterThanOrEqual(0);
        expect(loc.box[0]).toBeGreaterThanOrEqual(-1);
        expect(loc.box[0] + loc.box[2]).toBeLessThanOrEqual(211);
        expect(loc.box[1] + loc.box[3]).toBeLessThanOrEqual(298);
      }
    },
    SLOW,
  );

  it('a page with a text layer over its picture is never recognized', async () => {
    const jpg = new Uint8Array(readFileSync(fixture('ocr/table-100dpi.jpg')));
    const pages: number[] = [];
    const r = await extractBytes(
      await scanOfd(jpg, '某某局2024年政府信息公开工作年度报告正文文字层'),
      '有文字.ofd',
      { onOcrPage: (p) => pages.push(p) },
    );
    expect(pages).toEqual([]);
    if (r.ok) expect(r.doc.notes.join()).not.toContain('由图片识别');
  });
});
