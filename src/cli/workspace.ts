// `nianbao check --workspace FILE`: records checked files into a workspace, so a batch can be
// prepared headless and reviewed in the app. Stored through the app's own import path, so the
// cross-report rules (last year's report, the same year's peers) run exactly as in the app.
import { recordChecked } from '../main/check/record';
import type { CheckedFile } from '../main/check/check-file';
import { logInternalError } from '../main/log/internal-error';
import { Workspace } from '../main/storage';
import type { RuleProfile } from '../shared/rules/config';

export interface RecordSummary {
  added: number;
  duplicates: number;
  newVersions: number;
  /** Files the workspace could not take (logged); the others are kept. */
  skipped: string[];
}

/**
 * Imports each checked file in input order; each file's findings in the output become those
 * stored (with the cross-report findings, or those of the earlier import for a duplicate).
 */
export const recordInWorkspace = async (
  file: string,
  checked: CheckedFile[],
  profile: RuleProfile | undefined,
): Promise<RecordSummary> => {
  const summary: RecordSummary = { added: 0, duplicates: 0, newVersions: 0, skipped: [] };
  const workspace = Workspace.open(file);
  try {
    for (const c of checked) {
      let recorded: Awaited<ReturnType<typeof recordChecked>>;
      try {
        recorded = await recordChecked(workspace, c, { profile });
      } catch (error) {
        // One result the workspace refuses is skipped (and logged); the others are still kept.
        logInternalError(error, `记入工作区 ${c.result.file}`);
        summary.skipped.push(c.result.file);
        continue;
      }
      const { imported, findings } = recorded;
      if (imported.duplicate) summary.duplicates++;
      else summary.added++;
      if (imported.previousVersionId) summary.newVersions++;
      c.result.findings = findings;
    }
  } finally {
    workspace.close();
  }
  return summary;
};
