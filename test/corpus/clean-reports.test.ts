// No false alarms: reports whose tables keep every relation and whose prose is plain give no
// error or warning from the whole catalogue, as Word text and as PDF-flattened text.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { flattenLikePdf } from '../support/pdf-like';
import { buildReportText, consistentCells } from '../support/report-builder';

const seeds = Array.from({ length: 12 }, (_, i) => i * 7 + 1);

describe('clean reports raise nothing', () => {
  for (const seed of seeds) {
    it(`seed ${seed}: no error or warning, Word-style and PDF-style`, () => {
      const text = buildReportText({ agency: '某市某区司法局', cells: consistentCells(seed) });
      for (const variant of [text, flattenLikePdf(text)]) {
        const findings = runRules(parseReport(variant), allRules);
        expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      }
    });
  }
});
