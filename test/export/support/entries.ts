// Builds export entries from the real samples: parse, run the catalogue, attach the source map.
import { readFileSync } from 'node:fs';
import type { Finding, Span } from '../../../src/shared/model/schema';
import type { SourceSegment } from '../../../src/shared/model/source';
import { parseReport, type ParsedDocument } from '../../../src/shared/parser';
import { runRules } from '../../../src/shared/rules/engine';
import { allRules } from '../../../src/shared/rules/registry';
import { extractFile } from '../../../src/main/extract';
import { entryFromParsed, type ReportEntry } from '../../../src/main/export/types';
import { docxSource, type DocxSourceOptions } from './docx-source';
import { pdfSource } from './pdf-source';

export const samples = [
  '000_a5e6e1e0a8da6139',
  '001_f5110ba79a44df9c',
  '002_73996fd1531b3677',
  '003_bd471127bf420aa0',
  '004_e6a1a50ddf61be61',
] as const;

export const samplePath = (file: string): string =>
  new URL(`../../fixtures/samples/${file}`, import.meta.url).pathname;

export const sampleBytes = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(samplePath(file)));

/** A finding at the first occurrence of `phrase` in the report text (throws when absent). */
export const findingAt = (
  doc: ParsedDocument,
  phrase: string,
  extra: Partial<Finding> = {},
): Finding => {
  const start = doc.report.text.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in report: ${phrase}`);
  const span: Span = [start, start + phrase.length];
  return {
    ruleId: 'text.typo',
    severity: 'warning',
    message: `测试问题：「${phrase}」`,
    spans: [span],
    cells: [],
    expected: null,
    actual: null,
    suggestion: '请核实后修改',
    ...extra,
  };
};

/** A finding on table cells (spans = the cells' spans), as a table rule reports one. */
export const cellFinding = (
  doc: ParsedDocument,
  cells: string[],
  extra: Partial<Finding> = {},
): Finding => ({
  ruleId: 'arith.requests-balance',
  severity: 'error',
  message: '测试：表内数字不平衡',
  spans: cells.map((c) => doc.report.cells[c]!.span!),
  cells,
  expected: 1,
  actual: 0,
  suggestion: null,
  ...extra,
});

export interface SampleEntry {
  doc: ParsedDocument;
  raw: string;
  segments: SourceSegment[];
  /** How the source map was made: the real extractor, or the test-side reader. */
  via: 'extractFile' | 'test';
  entry: (
    findings?: Finding[],
    more?: Partial<Parameters<typeof entryFromParsed>[0]>,
  ) => ReportEntry;
}

const build = (
  file: string,
  format: string,
  raw: string,
  segments: SourceSegment[],
  via: SampleEntry['via'],
): SampleEntry => {
  const doc = parseReport(raw);
  return {
    doc,
    raw,
    segments,
    via,
    entry: (findings = runRules(doc, allRules), more = {}) =>
      entryFromParsed({ fileName: file, format, doc, findings, segments, rawText: raw, ...more }),
  };
};

export interface LoadOptions extends DocxSourceOptions {
  /** 'test': always the test-side reader, so both readers' source maps are exercised. */
  source?: 'auto' | 'test';
}

/** A sample through the real extractor when it reads this format, else the test-side reader. */
export const loadSample = async (
  name: string,
  format: 'docx' | 'pdf' | 'txt',
  options: LoadOptions = {},
): Promise<SampleEntry> => {
  const file = `${name}.${format}`;
  const own = options.source === 'test' || options.dropEmptyParagraphs === true;
  const extracted = own ? null : await extractFile(samplePath(file));
  if (extracted?.ok && extracted.doc.segments.length > 0) {
    return build(file, format, extracted.doc.text, extracted.doc.segments, 'extractFile');
  }
  if (format === 'txt') throw new Error(`txt extraction failed for ${file}`);
  const source =
    format === 'docx'
      ? await docxSource(sampleBytes(file), options)
      : await pdfSource(sampleBytes(file));
  return build(file, format, source.raw, source.segments, 'test');
};

/** Like `findingAt`, but the phrase may be broken by line ends or spaces in the text (PDF lines). */
export const findingAcross = (
  doc: ParsedDocument,
  phrase: string,
  extra: Partial<Finding> = {},
): Finding => {
  const pattern = Array.from(phrase.replace(/\s+/g, ''))
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s*');
  const m = new RegExp(pattern).exec(doc.report.text);
  if (!m) throw new Error(`phrase not in report: ${phrase}`);
  return { ...findingAt(doc, m[0]), ...extra, spans: [[m.index, m.index + m[0].length]] };
};
