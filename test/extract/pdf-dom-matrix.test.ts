// Extraction reads a PDF the same with and without the optional @napi-rs/canvas package (the
// packaged app ships without it). pdf.js compiles the image-mask glyphs of a Type3 font with
// DOMMatrix, which Node has only from that package: without it the glyphs were dropped and the
// font's text items got other heights (src/main/extract/pdf/dom-matrix.ts).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { AffineDomMatrix } from '../../src/main/extract/pdf/dom-matrix';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const support = join(import.meta.dirname, 'support');
/** A heading in a Type3 font of 8×8 image masks (scripts/fixtures/type3-mask-pdf.ts), a ruled table. */
const TYPE3_MASK = join(fixtures, 'pdf', 'type3-mask.pdf');
/** A real report with tables, and a scan read with OCR. */
const OTHERS = [
  join(fixtures, 'samples', '002_73996fd1531b3677.pdf'),
  join(fixtures, 'bad', 'scanned.pdf'),
];

const extractWithoutCanvas = (files: string[]): { canvas: boolean; results: unknown[] } =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--import',
        join(support, 'no-canvas.mjs'),
        '--import',
        'tsx',
        join(support, 'extract-child.ts'),
        ...files,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    ),
  );

describe('PDF extraction without @napi-rs/canvas', () => {
  it('gives the same result as with it: Type3 image-mask glyphs, tables and OCR', async () => {
    const files = [TYPE3_MASK, ...OTHERS];
    const without = extractWithoutCanvas(files);
    expect(without.canvas).toBe(false);
    const withCanvas = [];
    for (const f of files) withCanvas.push(await extractFile(f));
    expect(JSON.parse(JSON.stringify(withCanvas))).toEqual(without.results);
    const heading = withCanvas[0]!;
    expect(heading.ok && heading.doc.text.startsWith('年报告年报告\n告报年\n')).toBe(true);
  }, 120_000);
});

describe('AffineDomMatrix', () => {
  const { DOMMatrix: CanvasMatrix } = createRequire(import.meta.url)('@napi-rs/canvas') as {
    DOMMatrix: new (init?: number[]) => DOMMatrix;
  };
  const parts = (m: { a: number; b: number; c: number; d: number; e: number; f: number }) => [
    m.a,
    m.b,
    m.c,
    m.d,
    m.e,
    m.f,
  ];

  it("computes what the canvas package's DOMMatrix computes, to the bit", () => {
    for (const [w, h] of [
      [8, 8],
      [13, 7],
      [999, 3],
    ] as const) {
      // pdf.js's compileType3Glyph
      expect(parts(new AffineDomMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h))).toEqual(
        parts(new CanvasMatrix().scaleSelf(1 / w, -1 / h).translateSelf(0, -h)),
      );
    }
    const init = [1.5, 0.25, -0.5, 2, 10, -3];
    const other = [0.5, -1, 0.75, 3, -7, 2.5];
    expect(parts(new AffineDomMatrix(init).multiplySelf(new AffineDomMatrix(other)))).toEqual(
      parts(new CanvasMatrix(init).multiplySelf(new CanvasMatrix(other))),
    );
    expect(parts(new AffineDomMatrix(init).preMultiplySelf(new AffineDomMatrix(other)))).toEqual(
      parts(new CanvasMatrix(init).preMultiplySelf(new CanvasMatrix(other))),
    );
    const inverse = parts(new AffineDomMatrix(init).invertSelf());
    parts(new CanvasMatrix(init).invertSelf()).forEach((v, i) =>
      expect(inverse[i]).toBeCloseTo(v, 12),
    );
  });
});
