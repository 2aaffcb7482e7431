// A report's findings as the reviewer sees them: with their fingerprints, decisions and category.
import type { Decision, ReviewFinding } from '../ipc/review';
import type { Finding } from '../model/schema';
import { uniqueFingerprints } from '../rules/engine';

/** Findings with their fingerprints and the reviewer's decisions attached. */
export const toReviewFindings = (
  findings: readonly Finding[],
  text: string,
  decisions: ReadonlyMap<string, Decision>,
): ReviewFinding[] => {
  const prints = uniqueFingerprints(findings, text);
  return findings.map((f, i) => {
    const fingerprint = prints[i]!;
    return { ...f, fingerprint, decision: decisions.get(fingerprint) ?? null };
  });
};

/** The rule category of a finding ("arith" of "arith.requests-balance"). */
export const findingCategory = (ruleId: string): string => ruleId.split('.')[0] ?? ruleId;
