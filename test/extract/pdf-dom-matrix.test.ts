// Extraction reads a PDF the same with and without the optional @napi-rs/canvas package (the
// packaged app ships without it), and never loads it. pdf.js compiles the image-mask glyphs of a
// Type3 font with DOMMatrix, which Node has only from that package: without it the glyphs were
// dropped and the font's text items got other heights (src/main/extract/pdf/dom-matrix.ts,
// no-canvas.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { documentParams, pdfjs } from '../../src/main/extract/pdf';
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

interface ChildRun {
  /** Extraction loaded the package. */
  loaded: boolean;
  /** The process could load it. */
  available: boolean;
  results: unknown[];
}

/** Extracts `files` in a fresh Node process, with the package unresolvable when `noCanvas`. */
const extractInChild = (files: string[], noCanvas: boolean): ChildRun =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        ...(noCanvas ? ['--import', join(support, 'no-canvas.mjs')] : []),
        '--import',
        'tsx',
        join(support, 'extract-child.ts'),
        ...files,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    ),
  );

describe('PDF extraction and @napi-rs/canvas', () => {
  it('gives the same result with and without the package, and never loads it', async () => {
    const files = [TYPE3_MASK, ...OTHERS];
    const without = extractInChild(files, true);
    const withIt = extractInChild(files, false);
    expect([without.available, withIt.available]).toEqual([false, true]);
    expect([without.loaded, withIt.loaded]).toEqual([false, false]);
    expect(withIt.results).toEqual(without.results);
    const here = [];
    for (const f of files) here.push(await extractFile(f));
    expect(JSON.parse(JSON.stringify(here))).toEqual(without.results);
    const heading = here[0]!;
    expect(heading.ok && heading.doc.text.startsWith('年报告年报告\n告报年\n')).toBe(true);
  }, 120_000);

  it("compiles Type3 image-mask glyphs: the font's box comes from them", async () => {
    const lib = await pdfjs();
    const task = lib.getDocument(documentParams(lib, readFileSync(TYPE3_MASK)));
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items as TextItem[];
    await task.destroy();
    const heading = items.find((i) => i.str === '年报告年报告')!;
    // 24 pt × the compiled 8-unit glyph box × FontMatrix 0.01; a dropped glyph leaves 24.
    expect(heading.height).toBeCloseTo(24 * 8 * 0.01, 6);
  });
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
