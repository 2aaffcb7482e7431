// What an import changes in the reports already stored. The app's import and
// `nianbao check --workspace` both call this after recording their files, so they store the same
// findings by construction.
import { parsedOf, recheckStored } from '../check/record';
import type { ImportResult, Workspace } from '../storage';
import type { RuleProfile } from '../../shared/rules/config';
import { copyingPeers, rejudgeCopied } from './copied-peers';

/**
 * After `imported` were recorded (in order, each checked against what was stored before it):
 * - next year's report of each agency compared itself with what was there: it is checked again;
 * - the year's reports that copy a new report, or the version it now hides, are judged again by
 *   content.copied alone, so two alike reports name each other whichever came first, and no
 *   finding names a version a re-submission hid.
 * Returns the ids of stored reports whose findings were stored anew (checked again or changed).
 */
export const followImport = (
  ws: Workspace,
  imported: readonly ImportResult[],
  profile: RuleProfile | undefined,
): string[] => {
  const landed = imported.filter((i) => !i.duplicate && parsedOf(ws, i.id) !== null);
  const nextYear = new Set(landed.flatMap((i) => ws.nextYearOf(i.id)));
  for (const id of nextYear) recheckStored(ws, id, { profile });
  const compared = landed.flatMap((i) =>
    i.previousVersionId === null ? [i.id] : [i.id, i.previousVersionId],
  );
  const copying = compared.flatMap((id) => copyingPeers(ws, id));
  return [...new Set([...nextYear, ...rejudgeCopied(ws, copying, profile)])];
};
