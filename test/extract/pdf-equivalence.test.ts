// Extraction opens PDFs with font faces "loaded" into a sink (so that pdf.js builds no glyph
// outlines) and inflates through a synchronous DecompressionStream (issue 17: batch CPU). Neither
// may change a result. Checked on every fixture PDF, damaged and hostile ones included:
// - pdf.js's text content and operator lists are the same with extraction's parameters as with
//   pdf.js's Node defaults (`disableFontFace`, Node's DecompressionStream);
// - the whole extraction (text, segments, notes, or the error) is the same with Node's
//   DecompressionStream as with the synchronous one, OCR'd scans included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { assets, documentParams, pdfjs } from '../../src/main/extract/pdf';
import { SyncDecompressionStream } from '../../src/main/extract/pdf/sync-decompression';

const NODE_DECOMPRESSION = globalThis.DecompressionStream;
afterAll(() => {
  globalThis.DecompressionStream = NODE_DECOMPRESSION;
});
/** Runs `run` with this thread's DecompressionStream set to `impl`. */
const withDecompression = async <T>(impl: unknown, run: () => Promise<T>): Promise<T> => {
  globalThis.DecompressionStream = impl as typeof DecompressionStream;
  try {
    return await run();
  } finally {
    globalThis.DecompressionStream = NODE_DECOMPRESSION;
  }
};

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const pdfs = (dir = fixtures, out: string[] = []): string[] => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) pdfs(path, out);
    else if (e.name.endsWith('.pdf')) out.push(path);
  }
  return out.sort();
};
const ALL = pdfs();
/** Only the budget stops these before pdf.js (a 2 GB bomb, 200k nested `q`): not opened here. */
const PAST_BUDGET = /flate_bomb|deep_q_nesting/;

/** Typed arrays as arrays; a document's own id (g_d12_f1) without its number. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v,
  ).replace(/_d\d+_/g, '_d_');

/** Where two long outcomes part (the whole of both would drown the report). */
const firstDifference = (a: string, b: string): string | null => {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 200), i + 200)}… vs …${b.slice(Math.max(0, i - 200), i + 200)}…`;
};

/** Each page's text content and operator list as extraction asks for them, or the error. */
const pdfjsView = async (
  bytes: Uint8Array,
  params: Record<string, unknown>,
): Promise<{ view: string; outlines: number }> => {
  const lib = await pdfjs();
  const task = lib.getDocument(params);
  const pages: string[] = [];
  let outlines = 0;
  try {
    const doc = await task.promise;
    for (let n = 1; n <= Math.min(doc.numPages, 50); n++) {
      const page = await doc.getPage(n);
      const text = await page.getTextContent();
      const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
      pages.push(stable({ text, fn: ops.fnArray, args: ops.argsArray }));
      const common = (page as unknown as { commonObjs: Iterable<[string, unknown]> }).commonObjs;
      for (const [id] of common) if (id.includes('_path_')) outlines++;
    }
    return { view: pages.join('\n'), outlines };
  } catch (error) {
    const e = error as Error;
    return { view: `${pages.join('\n')}\nerror ${e.name}: ${e.message}`, outlines };
  } finally {
    await task.destroy();
  }
};

describe('extraction reads every fixture PDF as pdf.js defaults read it', () => {
  it('finds the fixtures', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ALL.filter((f) => !PAST_BUDGET.test(f)).map((f) => [f.slice(fixtures.length + 1), f]))(
    '%s: same text content and operator lists without glyph outlines',
    async (_name, file) => {
      const lib = await pdfjs();
      const bytes = new Uint8Array(readFileSync(file));
      const defaults = {
        data: new Uint8Array(bytes),
        ...assets(),
        cMapPacked: true,
        useSystemFonts: false,
        useWorkerFetch: false,
        verbosity: lib.VerbosityLevel.ERRORS,
      };
      const params = documentParams(lib, bytes) as Record<string, unknown>;
      // The parameters under test differ from pdf.js's defaults where intended, and only there.
      expect(params.disableFontFace).toBe(false);
      const expected = await withDecompression(NODE_DECOMPRESSION, () =>
        pdfjsView(bytes, { ...defaults, maxImageSize: params.maxImageSize }),
      );
      const actual = await withDecompression(SyncDecompressionStream, () =>
        pdfjsView(bytes, params),
      );
      expect(firstDifference(actual.view, expected.view)).toBeNull();
      // …and pdf.js built no glyph outline, where its defaults built some for embedded fonts.
      expect(actual.outlines).toBe(0);
      if (/samples\/|real\//.test(file)) expect(expected.outlines).toBeGreaterThan(0);
    },
    60_000,
  );

  it.each(ALL.map((f) => [f.slice(fixtures.length + 1), f]))(
    '%s: same extraction (text, segments, notes or error) with either DecompressionStream',
    async (_name, file) => {
      const outcome = async (): Promise<string> => {
        const r = await extractFile(file);
        return r.ok
          ? stable({
              text: r.doc.text,
              segments: r.doc.segments,
              notes: r.doc.notes,
              grids: r.doc.grids,
            })
          : stable({ error: r.error });
      };
      const expected = await withDecompression(NODE_DECOMPRESSION, outcome);
      const actual = await withDecompression(SyncDecompressionStream, outcome);
      expect(firstDifference(actual, expected)).toBeNull();
    },
    120_000,
  );
});
