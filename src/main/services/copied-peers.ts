// The same year's reports whose content.copied finding may name a given report: those that repeat
// more than half of its prose. When the report comes in, leaves the register or comes back, they
// are judged again by that rule alone (the finding appears, goes, or names another agency).
import { contextOf, parsedOf, type CorrectedMemo } from '../check/record';
import { checkParsed } from '../check/pipeline';
import type { Workspace } from '../storage';
import type { RuleProfile } from '../../shared/rules/config';
import { copied, copiesFrom } from '../../shared/rules/content/copied';

/** Ids of the other agencies' reports of `reportId`'s year (shown versions) that copy it. */
export const copyingPeers = (ws: Workspace, reportId: string): string[] => {
  const doc = parsedOf(ws, reportId);
  if (!doc) return [];
  return ws.peersOf(reportId).filter((id) => {
    const peer = parsedOf(ws, id);
    return peer !== null && copiesFrom(peer, doc);
  });
};

/**
 * Judges content.copied again on each stored report, against the year as the workspace has it
 * now, and stores its findings in place of the rule's old ones. The other rules do not run: their
 * conclusion does not depend on the other agencies. Returns the ids whose findings changed; a
 * report judged to the same conclusion is not written, so its decisions stay as they are.
 */
export const rejudgeCopied = (
  ws: Workspace,
  ids: readonly string[],
  profile: RuleProfile | undefined,
): string[] => {
  // The year's corrected parses, worked out once for all the contexts (only findings change).
  const memo: CorrectedMemo = new Map();
  return [...new Set(ids)].filter((id) => {
    const doc = parsedOf(ws, id);
    if (!doc) return false;
    const context = contextOf(ws, id, profile, ws.correctionsOf(id), memo);
    const findings = checkParsed(doc, context, [copied]);
    return ws.rejudgeRule(id, copied.meta.id, findings) !== null;
  });
};
