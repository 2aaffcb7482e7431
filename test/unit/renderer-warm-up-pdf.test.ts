// The page the window draws while idle to warm pdf.js (warmUpPdf.ts): a well-formed PDF whose two
// fonts pdf.js reads from its standard font programs, one Type 1 and one TrueType (the kinds the
// reports embed), with all of its text on the page and a ruled box.
import { describe, expect, it } from 'vitest';
import { assets, pdfjs } from '../../src/main/extract/pdf/index';
import { warmUpPdfBytes } from '../../src/renderer/features/review/warmUpPdf';

describe('warmUpPdfBytes', () => {
  it('has a cross-reference table pointing at each of its objects', () => {
    const text = new TextDecoder().decode(warmUpPdfBytes());
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.startsWith('xref\n', xref)).toBe(true);
    const entries = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    expect(entries.length).toBe(6);
    entries.forEach((at, i) => expect(text.startsWith(`${i + 1} 0 obj\n`, at)).toBe(true));
  });

  it('makes pdf.js convert a Type 1 program and repair a TrueType one, and shows all its text', async () => {
    const lib = await pdfjs();
    // fontExtraProperties: only so that the fonts tell their type here.
    const task = lib.getDocument({
      data: warmUpPdfBytes(),
      useSystemFonts: false,
      fontExtraProperties: true,
      ...assets(),
    });
    try {
      const doc = await task.promise;
      expect(doc.numPages).toBe(1);
      const page = await doc.getPage(1);
      const ops = await page.getOperatorList();
      const fonts = ['g_d0_f1', 'g_d0_f2'].map(
        (id) => page.commonObjs.get(id) as { type: string; missingFile: boolean },
      );
      expect(fonts.map((f) => [f.type, f.missingFile])).toEqual([
        ['Type1', false],
        ['TrueType', false],
      ]);
      expect(ops.fnArray).toContain(lib.OPS.constructPath);
      const text = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join('|');
      expect(text).toContain('Warm-up 2024 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ');
      expect(text).toContain('abcdefghijklmnopqrstuvwxyz 0123456789 .,;:%()');
    } finally {
      await task.destroy();
    }
  });
});
