// Which findings an export shows, with the reviewer's decision on each.
import type { Finding } from '../../shared/model/schema';
import { uniqueFingerprints } from '../../shared/rules/engine';
import { categoryLabel, ruleCategories, type RuleCategory } from '../../shared/rules/types';
import type { Decision, DecisionValue, FindingScope, ReportEntry } from './types';

/** A finding with its fingerprint and decision (pending when the reviewer has not decided). */
export interface DecidedFinding {
  finding: Finding;
  fingerprint: string;
  decision: Decision;
}

export const decisionLabel: Record<DecisionValue, string> = {
  confirmed: '已确认',
  dismissed: '已排除',
  pending: '待审核',
};

const PENDING: Decision = { decision: 'pending', reason: null, reviewer: null };

/** Every finding of the entry with its decision, in the engine's order. */
export const decideAll = (entry: ReportEntry): DecidedFinding[] => {
  // The same keys the review desk stores decisions under ("~2" for a repeated finding).
  const prints = uniqueFingerprints(entry.findings, entry.report.text);
  return entry.findings.map((finding, i) => {
    const fingerprint = prints[i]!;
    return { finding, fingerprint, decision: entry.decisions[fingerprint] ?? PENDING };
  });
};

/**
 * The findings an export shows. 'confirmed': only those the reviewer confirmed; 'all': every
 * finding, dismissed ones only when `keepDismissed` (the issue list shows them with their
 * decision; a letter or an annotated report sent back to the agency never does).
 */
export const selectFindings = (
  entry: ReportEntry,
  scope: FindingScope,
  keepDismissed = false,
): DecidedFinding[] =>
  decideAll(entry).filter(({ decision }) => {
    if (scope === 'confirmed') return decision.decision === 'confirmed';
    return keepDismissed || decision.decision !== 'dismissed';
  });

/** The scope to use when the caller does not say: headless (no decisions at all) means all. */
export const defaultScope = (entry: ReportEntry): FindingScope =>
  Object.keys(entry.decisions).length > 0 ? 'confirmed' : 'all';

/** The rule category of a finding, from its id ("arith.requests-balance" → arith). */
export const categoryOf = (ruleId: string): RuleCategory | null => {
  const prefix = ruleId.split('.')[0] ?? '';
  return (ruleCategories as readonly string[]).includes(prefix) ? (prefix as RuleCategory) : null;
};

/** The Chinese category name, or the raw prefix for a category added later. */
export const categoryName = (ruleId: string): string => {
  const category = categoryOf(ruleId);
  return category ? categoryLabel[category] : (ruleId.split('.')[0] ?? ruleId);
};
