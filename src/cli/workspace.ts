// `nianbao check --workspace FILE`: records checked files into a workspace, so a batch can be
// prepared headless and reviewed in the app. Stored through the app's own import path, so the
// cross-report rules (last year's report, the same year's peers) run exactly as in the app.
import { recordChecked, withoutReview } from '../main/check/record';
import type { CheckedFile } from '../main/check/check-file';
import { logInternalError } from '../main/log/internal-error';
import { followImport } from '../main/services/import-follow-up';
import { Workspace, type ImportResult } from '../main/storage';
import type { RuleProfile } from '../shared/rules/config';

export interface RecordSummary {
  added: number;
  duplicates: number;
  newVersions: number;
  /** Reports stored before this run whose findings it stored anew (next year's, those copying). */
  rechecked: number;
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
  const summary: RecordSummary = {
    added: 0,
    duplicates: 0,
    newVersions: 0,
    rechecked: 0,
    skipped: [],
  };
  const workspace = Workspace.open(file);
  const imports: ImportResult[] = [];
  /** This run's files by the id they are stored under (a duplicate: the earlier one's). */
  const filesOf = new Map<string, CheckedFile[]>();
  try {
    for (const c of checked) {
      let result: Awaited<ReturnType<typeof recordChecked>>;
      try {
        result = await recordChecked(workspace, c, { profile });
      } catch (error) {
        // One result the workspace refuses is skipped (and logged); the others are still kept.
        logInternalError(error, `记入工作区 ${c.result.file}`);
        summary.skipped.push(c.result.file);
        continue;
      }
      const { imported, findings } = result;
      imports.push(imported);
      filesOf.set(imported.id, [...(filesOf.get(imported.id) ?? []), c]);
      if (imported.duplicate) summary.duplicates++;
      else summary.added++;
      if (imported.previousVersionId) summary.newVersions++;
      c.result.findings = findings;
    }
    // What the run changed in reports stored before it, or in its own earlier files (the app's
    // import does the same): those of this run are output as they are now stored.
    for (const id of followImport(workspace, imports, profile)) {
      const own = filesOf.get(id);
      if (!own) {
        summary.rechecked++;
        continue;
      }
      const stored = workspace.getReport(id).findings.map(withoutReview);
      for (const c of own) c.result.findings = stored;
    }
  } finally {
    workspace.close();
  }
  return summary;
};
