// What a cell correction would change, computed in the renderer with the shared parser and rules
// before anything is saved: findings that would go, findings that would come.
import { checkWithCorrections, type CellOverride } from '../../../shared/review/corrections';
import { toReviewFindings } from '../../../shared/review/findings';
import type { Correction, ReviewFinding } from '../../../shared/ipc/review';
import type { Finding } from '../../../shared/model/schema';
import type { ParsedDocument } from '../../../shared/parser';
import { ruleById, allRules } from '../../../shared/rules/registry';

/** Rules that need other reports (last year's) only run in main, which has the workspace. */
const localRules = allRules.filter((r) => !r.meta.needsWorkspace);
const isLocal = (f: Finding): boolean => !ruleById(f.ruleId)?.meta.needsWorkspace;

export interface CorrectionPreview {
  /** The findings after the correction (workspace findings carried over unchanged). */
  findings: ReviewFinding[];
  resolved: ReviewFinding[];
  added: ReviewFinding[];
}

/** The corrections with `path` set to `value` (null removes it). */
export const withCorrection = (
  corrections: readonly Correction[],
  path: string,
  value: number | null,
): CellOverride[] => [
  ...corrections.filter((c) => c.path !== path).map((c) => ({ path: c.path, value: c.value })),
  ...(value === null ? [] : [{ path, value }]),
];

/**
 * Re-runs the rules on the report as parsed (without corrections) with the corrections;
 * decisions carry over.
 */
export const previewCorrections = (
  parsed: ParsedDocument,
  current: readonly ReviewFinding[],
  corrections: readonly CellOverride[],
): CorrectionPreview => {
  const { doc, findings } = checkWithCorrections(parsed, corrections, localRules);
  const decisions = new Map(
    current.flatMap((f) => (f.decision ? [[f.fingerprint, f.decision] as const] : [])),
  );
  const fresh = toReviewFindings(findings, doc.report.text, decisions);
  const kept = current.filter((f) => !isLocal(f));
  const before = new Set(current.filter(isLocal).map((f) => f.fingerprint));
  const after = new Set(fresh.map((f) => f.fingerprint));
  return {
    findings: [...fresh, ...kept],
    resolved: current.filter((f) => isLocal(f) && !after.has(f.fingerprint)),
    added: fresh.filter((f) => !before.has(f.fingerprint)),
  };
};
