// The annotated return of a saved page or a Markdown report: the Word file with comments, made
// from the extracted text as for a .txt report (the page itself is not rewritten).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { annotateReport } from '../../src/main/export/annotate';
import { entryFromParsed } from '../../src/main/export/types';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { compact, readDocx, wellFormed, xmlText } from './support/read-docx';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const options = {
  reviewer: '张审核',
  date: new Date('2025-01-20T08:00:00Z'),
  scope: 'all' as const,
};

const annotate = async (name: string) => {
  const file = join(real, name);
  const extracted = await extractFile(file);
  if (!extracted.ok) throw new Error(extracted.error.message);
  const { text, segments, format } = extracted.doc;
  const doc = parseReport(text);
  const findings = runRules(doc, allRules);
  const entry = entryFromParsed({ fileName: name, format, doc, findings, segments, rawText: text });
  const result = await annotateReport(new Uint8Array(readFileSync(file)), entry, options);
  if (!result.ok) throw new Error(result.error.message);
  return { text, findings, result: result.value };
};

describe('annotated return of pages and Markdown', () => {
  it.each(['015.html', '004.txt'])(
    '%s becomes a .docx of its text with a comment per finding',
    async (name) => {
      const { text, findings, result } = await annotate(name);
      expect(result.extension).toBe('docx');
      expect(findings.length).toBeGreaterThan(0);
      expect(result.notes).toBe(findings.length);
      expect(result.unplaced).toBe(0);
      const out = await readDocx(result.bytes);
      expect(wellFormed(out.documentXml)).toBe(true);
      expect(compact(xmlText(out.documentXml))).toBe(compact(text));
      // The grids' rows are Word tables.
      expect(out.documentXml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(3);
    },
  );
});
