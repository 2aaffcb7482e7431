// A report whose table rows hold runs of thousands of tabs (a mutated Word export: every tab made
// 2,000) is read as the plain report is, within the hostile corpus's 20 s. Two regexes were
// quadratic on such a run — the sentence splitter's trailing-mark trim (/[\s。…]+$/) and
// year.stale's opening (^\s*(?:…)?\s*(\d{4})) — and took minutes.
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText, consistentCells } from '../support/report-builder';

const plain = buildReportText({ cells: consistentCells(5) });
const values = (text: string) =>
  Object.fromEntries(Object.entries(parseReport(text).report.cells).map(([k, c]) => [k, c.value]));

describe('runs of thousands of tabs', () => {
  it('read and checked within 20 s, with the plain report’s cells and findings', async () => {
    const started = Date.now();
    const bytes = Buffer.from(plain.replace(/\t/g, '\t'.repeat(2000)));
    expect(bytes.length).toBeGreaterThan(500_000);
    const r = await extractBytes(bytes, 'tabs.txt');
    if (!r.ok) throw new Error(r.error.message);
    const doc = parseReport(r.doc.text);
    const findings = runRules(doc, allRules).map((f) => `${f.ruleId} ${f.message}`);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(values(r.doc.text)).toEqual(values(plain));
    expect(findings).toEqual(
      runRules(parseReport(plain), allRules).map((f) => `${f.ruleId} ${f.message}`),
    );
  });
});
