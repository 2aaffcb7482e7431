// Shared helpers of the extraction tests: fixture paths, extraction that must succeed, and the
// comparison of two parsed reports (cells, sections, agency, year).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ExtractedDocument } from '../../src/shared/model/source';
import { parseReport, type ParsedDocument } from '../../src/shared/parser';
import { extractFile, type ExtractOptions } from '../../src/main/extract';

export const fixture = (path: string): string =>
  fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export const readFixture = (path: string): Buffer => readFileSync(fixture(path));

/** The five real samples: base name, agency, year. */
export const SAMPLES = [
  ['000_a5e6e1e0a8da6139', '牧野区司法局', 2024],
  ['001_f5110ba79a44df9c', '孟津区司法局', 2022],
  ['002_73996fd1531b3677', '佳木斯市前进区司法局', 2023],
  ['003_bd471127bf420aa0', '攀枝花市西区司法局', 2023],
  ['004_e6a1a50ddf61be61', '渠县司法局', 2024],
] as const;

/** Extracts a file and fails the test with the error message when it cannot be read. */
export const extracted = async (
  path: string,
  options?: ExtractOptions,
): Promise<ExtractedDocument> => {
  const r = await extractFile(path, options);
  if (!r.ok) throw new Error(`${path}: ${r.error.code} ${r.error.message}`);
  return r.doc;
};

/** Parses the sample's .txt form (the reference the Word and PDF forms must match). */
export const parsedTxt = (base: string): ParsedDocument =>
  parseReport(readFileSync(fixture(`samples/${base}.txt`), 'utf8'));

/** Every cell read alike (value and raw text), and the same sections, agency and year. */
export const expectSameReport = (actual: ParsedDocument, expected: ParsedDocument): void => {
  const cells = (d: ParsedDocument): Record<string, [number | null, string]> =>
    Object.fromEntries(
      Object.entries(d.report.cells).map(([k, c]) => [k, [c.value, c.raw.replace(/\s+/g, '')]]),
    );
  expect(cells(actual)).toEqual(cells(expected));
  const sections = (d: ParsedDocument): string[][] =>
    d.report.sections.map((s) => [s.id, s.heading.replace(/\s+/g, '')]);
  expect(sections(actual)).toEqual(sections(expected));
  expect(actual.report.agency).toBe(expected.report.agency);
  expect(actual.report.year).toBe(expected.report.year);
  expect(actual.report.formatVersion).toBe(expected.report.formatVersion);
};

/** Segments are sorted, disjoint, inside the text, and never cover a line break alone. */
export const expectValidSegments = (doc: ExtractedDocument): void => {
  let end = 0;
  for (const s of doc.segments) {
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(doc.text.length);
    expect(doc.text.slice(s.start, s.end).trim()).not.toBe('');
    end = s.end;
  }
};
