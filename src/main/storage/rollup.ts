// The workspace's reports as roll-up records (src/main/rollup), through its public methods: the
// version and the agency key (merges resolved) as the workspace keeps them.
import type { RollupRecord } from '../rollup/records';
import type { Workspace } from './workspace';

export const rollupRecords = (ws: Workspace): RollupRecord[] =>
  ws.listReports().map((s) => {
    const r = ws.getReport(s.id);
    return {
      id: s.id,
      agency: s.agency,
      agencyKey: s.agencyKey,
      fileName: s.fileName,
      year: s.year,
      version: s.version,
      raw: r.raw,
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
