// Test support for the workspace: temp files, real samples through the real pipeline, findings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import type { ImportInput } from '../../src/main/storage';
import type { Finding } from '../../src/shared/model/schema';
import { parseReport, type ParsedDocument } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText, type ReportSpec } from '../support/report-builder';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A fresh directory removed after the test. */
export const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-storage-test-'));
  dirs.push(dir);
  return dir;
};

export const SAMPLES = [
  '000_a5e6e1e0a8da6139.txt',
  '001_f5110ba79a44df9c.txt',
  '002_73996fd1531b3677.txt',
  '003_bd471127bf420aa0.txt',
  '004_e6a1a50ddf61be61.txt',
] as const;

export const sampleBytes = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url));

/** A sample file through extraction, parser and the rule catalogue, as the app imports it. */
export const sampleImport = async (
  name: string,
): Promise<{ input: ImportInput; doc: ParsedDocument }> => {
  const bytes = sampleBytes(name);
  const extracted = await extractBytes(bytes, name);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const doc = parseReport(extracted.doc.text);
  const findings = runRules(doc, allRules);
  return {
    input: {
      name,
      format: extracted.doc.format,
      bytes,
      extracted: extracted.doc,
      parsed: doc,
      findings,
    },
    doc,
  };
};

/** A report text from the builder, imported as a .txt file. */
export const builtImport = (
  spec: ReportSpec,
  findings: (doc: ParsedDocument) => Finding[] = () => [],
): { input: ImportInput; doc: ParsedDocument } => {
  const text = buildReportText(spec);
  const doc = parseReport(text);
  const bytes = new TextEncoder().encode(text);
  return {
    input: {
      name: `${spec.agency ?? '某县司法局'}${spec.year ?? 2024}.txt`,
      format: 'txt',
      bytes,
      extracted: { format: 'txt', text, segments: [], notes: [] },
      parsed: doc,
      findings: findings(doc),
    },
    doc,
  };
};

/** A finding of our own on a cell, with the cell's span (the catalogue may not fire here). */
export const cellFinding = (doc: ParsedDocument, path: string, message: string): Finding => {
  const cell = doc.report.cells[path];
  if (!cell?.span) throw new Error(`no span for ${path}`);
  return {
    ruleId: 'arith.requests-balance',
    severity: 'error',
    message,
    spans: [cell.span],
    cells: [path],
    expected: null,
    actual: cell.value,
    suggestion: null,
  };
};

/** A finding of our own on the first occurrence of a passage of the text. */
export const textFinding = (
  doc: ParsedDocument,
  passage: string,
  ruleId = 'text.typo',
  severity: Finding['severity'] = 'warning',
): Finding => {
  const at = doc.report.text.indexOf(passage);
  if (at < 0) throw new Error(`passage not in text: ${passage}`);
  return {
    ruleId,
    severity,
    message: `「${passage}」有误`,
    spans: [[at, at + passage.length]],
    cells: [],
    expected: null,
    actual: passage,
    suggestion: null,
  };
};

/** A clock the test moves by hand: each call returns the next minute. */
export const steppingClock = (start = '2025-03-01T08:00:00.000Z'): (() => Date) => {
  let t = Date.parse(start);
  return () => new Date((t += 60_000));
};
