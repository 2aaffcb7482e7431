// The register (审核台账): one line per agency and year showing its latest version, with every
// version and the files of each (the .docx and its .pdf are one submission, not two versions).
import type { DatabaseSync } from 'node:sqlite';
import type { RegisterEntry, RegisterFile, WorkspaceSummary } from './types';
import { summaries } from './views';

/** Which line a file belongs to: its agency and year, or its own submission when unread. */
const lineOf = (s: WorkspaceSummary): string =>
  s.agencyKey === null ? `s:${s.submissionId}` : `a:${JSON.stringify([s.agencyKey, s.year])}`;

const fileOf = (s: WorkspaceSummary): RegisterFile => ({
  id: s.id,
  fileName: s.fileName,
  format: s.format,
  importedAt: s.importedAt,
});

/** Every line of the register, in import order of their first file. */
export const registerOf = (db: DatabaseSync): RegisterEntry[] => {
  const lines = new Map<string, WorkspaceSummary[]>();
  for (const s of summaries(db)) {
    const key = lineOf(s);
    lines.set(key, [...(lines.get(key) ?? []), s]);
  }
  return [...lines.values()].map((files) => {
    const bySubmission = new Map<string, WorkspaceSummary[]>();
    for (const f of files)
      bySubmission.set(f.submissionId, [...(bySubmission.get(f.submissionId) ?? []), f]);
    const versions = [...bySubmission.entries()]
      .map(([submissionId, fs]) => ({
        version: fs[0]!.version,
        submissionId,
        files: fs.map(fileOf),
      }))
      .sort((a, b) => a.version - b.version);
    const latest = versions[versions.length - 1]!;
    const summary =
      files.find((f) => f.id === latest.submissionId) ??
      files.find((f) => f.submissionId === latest.submissionId)!;
    return { summary, versions };
  });
};
