// RuleTester in ESLint's style: each rule's valid texts give no finding; each invalid text gives
// exactly the listed findings (checked on the fields each case names).
import { describe, expect, it } from 'vitest';
import { parseReport, type ParseOptions } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import type { Finding, Rule } from '../../src/shared/rules/types';
import type { ParsedDocument } from '../../src/shared/parser/types';

export interface ExpectedFinding {
  /** A substring the message must contain. */
  message?: string;
  severity?: Finding['severity'];
  cells?: string[];
  expected?: string | number | null;
  actual?: string | number | null;
  /** The text each span must cover, in order. */
  quotes?: string[];
}

export interface RuleCase {
  name: string;
  text: string;
  previous?: string;
  /** Other reports of the same year in the workspace. */
  peers?: string[];
  /** Options passed to the rule through a profile. */
  options?: Record<string, unknown>;
  /** What the extractor adds to the text (grids, OCR doubts), as the pipeline passes it. */
  parse?: ParseOptions;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

const run = (rule: Rule, c: RuleCase): { findings: Finding[]; doc: ParsedDocument } => {
  const doc = parseReport(c.text, c.parse);
  const previous = c.previous ? parseReport(c.previous) : null;
  const profile = c.options ? { rules: { [rule.meta.id]: { options: c.options } } } : undefined;
  const peers = (c.peers ?? []).map((p) => parseReport(p));
  return { findings: runRules(doc, [rule], { previous, profile, peers }), doc };
};

export const ruleTester = (
  rule: Rule,
  cases: { valid: RuleCase[]; invalid: InvalidCase[] },
): void => {
  describe(rule.meta.id, () => {
    it('has both valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { findings } = run(rule, c);
        expect(findings.map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { findings, doc } = run(rule, c);
        expect(
          findings.map((f) => f.message),
          'number of findings',
        ).toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => {
          const got = findings[i]!;
          expect(got.ruleId).toBe(rule.meta.id);
          if (want.message !== undefined) expect(got.message).toContain(want.message);
          if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
          if (want.cells !== undefined)
            expect([...got.cells].sort()).toEqual([...want.cells].sort());
          if (want.expected !== undefined) expect(got.expected).toEqual(want.expected);
          if (want.actual !== undefined) expect(got.actual).toEqual(want.actual);
          if (want.quotes !== undefined) {
            expect(got.spans.map(([s, e]) => doc.report.text.slice(s, e))).toEqual(want.quotes);
          }
        });
      });
    }
  });
};
