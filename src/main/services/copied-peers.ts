// The same year's reports whose content.copied finding may name a given report: those that repeat
// more than half of its prose. When the report leaves the register or comes back, they are
// checked again (the finding goes, or names another agency, or appears).
import { parsedOf } from '../check/record';
import type { Workspace } from '../storage';
import { copiesFrom } from '../../shared/rules/content/copied';

/** Ids of the other agencies' reports of `reportId`'s year (shown versions) that copy it. */
export const copyingPeers = (ws: Workspace, reportId: string): string[] => {
  const doc = parsedOf(ws, reportId);
  if (!doc) return [];
  return ws.peersOf(reportId).filter((id) => {
    const peer = parsedOf(ws, id);
    return peer !== null && copiesFrom(peer, doc);
  });
};
