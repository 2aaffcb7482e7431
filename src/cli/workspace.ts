// `nianbao check --workspace FILE`: records checked files into a workspace, so a batch can be
// prepared headless and reviewed in the app; re-checks with last year's report when it is there.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CheckedFile } from '../main/check/check-file';
import { locateFile } from '../main/extract/file-name';
import { logInternalError } from '../main/log/internal-error';
import { Workspace } from '../main/storage';
import { parseReport } from '../shared/parser';
import type { RuleProfile } from '../shared/rules/config';
import { runRules } from '../shared/rules/engine';
import { allRules } from '../shared/rules/registry';

export interface RecordSummary {
  added: number;
  duplicates: number;
  newVersions: number;
  skipped: string[];
}

/**
 * Imports each checked file (the original bytes, the extracted text and source map, the parsed
 * report, the findings). When the workspace holds last year's report of the same agency, the
 * cross-year rules run and the file's findings are updated in place, in the output too.
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
      const r = c.result;
      const bytes = await readFile(locateFile(r.file).path).catch(() => null);
      if (!bytes) {
        summary.skipped.push(r.file);
        continue;
      }
      let imported: ReturnType<Workspace['importReport']>;
      try {
        imported = workspace.importReport({
          name: basename(r.file),
          format: r.format,
          path: r.file,
          bytes: new Uint8Array(bytes),
          extracted: c.doc
            ? { format: r.format, text: c.extracted, segments: c.segments, notes: r.notes ?? [] }
            : null,
          parsed: c.doc ? c.doc.report : null,
          error: r.error,
          findings: r.findings,
        });
      } catch (error) {
        // One result the workspace refuses is skipped (and logged); the others are still kept.
        logInternalError(error, `记入工作区 ${r.file}`);
        summary.skipped.push(r.file);
        continue;
      }
      if (imported.duplicate) summary.duplicates++;
      else summary.added++;
      if (imported.previousVersionId) summary.newVersions++;
      if (!c.doc || imported.duplicate) continue;
      const previous = workspace.previousReportOf(imported.id);
      if (!previous?.raw) continue;
      const findings = runRules(c.doc, allRules, { profile, previous: parseReport(previous.raw) });
      if (
        findings.length !== r.findings.length ||
        findings.some((f, i) => f.message !== r.findings[i]?.message)
      ) {
        workspace.recheck(imported.id, findings);
        r.findings = findings;
      }
    }
  } finally {
    workspace.close();
  }
  return summary;
};
