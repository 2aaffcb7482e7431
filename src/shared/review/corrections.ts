// The reviewer's cell corrections applied to a parsed report: main re-checks with them (to store),
// the renderer previews with them, so both see the same findings.
import type { Finding } from '../model/schema';
import type { ParsedDocument } from '../parser';
import { runRules, type RunOptions } from '../rules/engine';
import type { Rule } from '../rules/types';
import type { Correction } from '../ipc/review';

/** The part of a correction the check needs. */
export type CellOverride = Pick<Correction, 'path' | 'value'>;

/**
 * A copy of the parsed document whose corrected cells hold the reviewer's values. The cell keeps
 * its span (it still points at the printed figure) and its raw text becomes the value, so rules
 * that read `raw` (units, blanks) see the corrected figure too.
 */
export const applyCorrections = (
  doc: ParsedDocument,
  corrections: readonly CellOverride[],
): ParsedDocument => {
  if (corrections.length === 0) return doc;
  const cells = { ...doc.report.cells };
  for (const c of corrections) {
    if (c.value === null) continue;
    const cell = cells[c.path];
    cells[c.path] = { value: c.value, raw: String(c.value), span: cell?.span ?? null };
  }
  return { ...doc, report: { ...doc.report, cells } };
};

export interface CheckResult {
  doc: ParsedDocument;
  findings: Finding[];
}

/** Applies the corrections to a report as parsed and runs the rules. Deterministic. */
export const checkWithCorrections = (
  parsed: ParsedDocument,
  corrections: readonly CellOverride[],
  rules: readonly Rule[],
  run: RunOptions = {},
): CheckResult => {
  const doc = applyCorrections(parsed, corrections);
  return { doc, findings: runRules(doc, rules, run) };
};
