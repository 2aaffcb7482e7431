// The workspace's reports as roll-up records, through its public methods: the version and the
// agency key (merges resolved) as the workspace keeps them, the parse stored at import. The app
// and `nianbao rollup` both read them here, so both roll up the same reports the same way.
import { parsedOf } from '../check/record';
import type { Workspace } from '../storage';
import type { RollupRecord } from './records';

export const rollupRecords = (ws: Workspace): RollupRecord[] =>
  // One record per submission: the file the register shows (the .pdf of a .docx is not a
  // second report of the agency, and the reviewer's corrections are on the shown file).
  ws
    .listReports()
    .filter((s) => s.submissionId === s.id)
    .map((s) => {
      const r = ws.getReport(s.id);
      return {
        id: s.id,
        agency: s.agency,
        agencyKey: s.agencyKey,
        fileName: s.fileName,
        year: s.year,
        version: s.version,
        parsed: s.error ? null : parsedOf(ws, s.id),
        error: s.error?.message ?? null,
        corrections: r.corrections,
        status: s.status,
        history: r.history,
        findings: r.findings.map((f) => ({
          severity: f.severity,
          dismissed: f.decision?.decision === 'dismissed',
        })),
      };
    });
