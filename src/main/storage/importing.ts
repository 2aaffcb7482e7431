// Stores an imported document with its report and findings; the same agency and year again is
// another file of its submission (same content) or the next version (other content).
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { uniqueFingerprints } from '../../shared/rules/engine';
import type { Finding, Report } from '../../shared/model/schema';
import { renumberVersions, resolveAgency } from './agencies';
import { WorkspaceError } from './errors';
import type { ValidImport } from './inputs';
import { externalId, num } from './rows';
import type { ImportResult } from './types';
import type { EncodedParse } from './parse-codec';
import { filesOf, joinSameContent, setRemoved, submissionOf } from './submissions';

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** Rejects findings that point outside the report text: they could never be shown. */
export const checkSpans = (findings: readonly Finding[], text: string): void => {
  for (const f of findings) {
    for (const [s, e] of f.spans) {
      if (s > e || e > text.length) {
        throw new WorkspaceError(
          'INVALID_REQUEST',
          `问题「${f.message.slice(0, 40)}」的位置 [${s}, ${e}) 超出报告文本范围（共 ${text.length} 字）。`,
        );
      }
    }
  }
};

/** Replaces the stored findings of a report; returns the fingerprints in order. */
export const writeFindings = (
  db: DatabaseSync,
  reportId: number,
  findings: readonly Finding[],
  report: Report | null,
): string[] => {
  const text = report?.text ?? '';
  checkSpans(findings, text);
  const prints = uniqueFingerprints(findings, text);
  db.prepare('DELETE FROM findings WHERE report_id = ?').run(reportId);
  const insert = db.prepare(
    'INSERT INTO findings (report_id, fingerprint, ord, rule_id, severity, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  findings.forEach((f, i) =>
    insert.run(reportId, prints[i]!, i, f.ruleId, f.severity, JSON.stringify(f)),
  );
  return prints;
};

/** The file shown for the previous submission of the report's agency and year. */
const previousVersion = (db: DatabaseSync, id: number): string | null => {
  const row = db
    .prepare(
      `SELECT p.id FROM reports r JOIN reports p
         ON p.agency_key = r.agency_key AND p.year IS r.year AND p.version = r.version - 1
       WHERE r.id = ? AND p.removed_at IS NULL AND p.id = COALESCE(p.submission, p.id)`,
    )
    .get(id);
  return row ? externalId(num(row.id)) : null;
};

const resultFor = (db: DatabaseSync, id: number, duplicate: boolean): ImportResult => {
  const row = db.prepare('SELECT version, agency_key FROM reports WHERE id = ?').get(id);
  const submission = submissionOf(db, id);
  return {
    id: externalId(id),
    version: num(row?.version),
    agencyKey: row?.agency_key == null ? null : String(row.agency_key),
    duplicate,
    previousVersionId: previousVersion(db, id),
    submissionId: externalId(submission),
    files: filesOf(db, submission).length,
    agencyMerged: [],
  };
};

/** When a document and its times came from elsewhere (another workspace), they are kept. */
export interface ImportOrigin {
  importedAt: string;
  checkedAt: string;
  /** The agency key the other workspace used, tried when this one has no match of its own. */
  agencyKey?: string | null;
}

/**
 * Inserts the document and its report, or returns the existing report when the same bytes
 * (sha256) were imported before. Call inside a transaction.
 */
export const insertImport = (
  db: DatabaseSync,
  input: ValidImport,
  at: string,
  origin?: ImportOrigin,
  parse?: EncodedParse | null,
): ImportResult => {
  const hash = input.bytes ? sha256(input.bytes) : input.hash!;
  if (input.bytes && input.hash && input.hash !== hash) {
    throw new WorkspaceError('INVALID_REQUEST', `文件「${input.name}」的内容与给出的哈希不一致。`);
  }
  const existing = db
    .prepare('SELECT r.id FROM reports r JOIN documents d ON d.id = r.document_id WHERE d.hash = ?')
    .get(hash);
  if (existing) {
    const id = num(existing.id);
    // A file the reviewer removed and imports again comes back with its review work (a
    // colleague's workspace merged in does not undo the removal).
    const removed = db.prepare('SELECT removed_at FROM reports WHERE id = ?').get(id)?.removed_at;
    if (removed == null || origin) return resultFor(db, id, true);
    setRemoved(db, id, null);
    return resultFor(db, id, false);
  }

  const report = input.parsed;
  if (report) checkSpans(input.findings, report.text);
  const importedAt = origin?.importedAt ?? at;
  const doc = db
    .prepare(
      `INSERT INTO documents (hash, name, format, source_path, bytes, extracted, segments, notes,
         grids, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      hash,
      input.name,
      input.format,
      input.path,
      input.bytes ?? null,
      input.extracted?.text ?? '',
      JSON.stringify(input.extracted?.segments ?? []),
      JSON.stringify(input.extracted?.notes ?? []),
      input.extracted?.grids ? JSON.stringify(input.extracted.grids) : null,
      importedAt,
    );
  let agency: { key: string | null; merged: ImportResult['agencyMerged'] } = {
    key: null,
    merged: [],
  };
  if (report?.agency) agency = resolveAgency(db, report.agency, at, origin?.agencyKey);
  const id = num(
    db
      .prepare(
        `INSERT INTO reports (document_id, agency, agency_key, year, title, parsed, analysis,
           origin, error, imported_at, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        doc.lastInsertRowid,
        report?.agency ?? null,
        agency.key,
        report?.year ?? null,
        report?.title ?? null,
        report ? JSON.stringify(report) : null,
        (report && parse?.analysis) ?? null,
        (report && parse?.origin) ?? null,
        input.error ? JSON.stringify(input.error) : null,
        importedAt,
        origin?.checkedAt ?? at,
      ).lastInsertRowid,
  );
  writeFindings(db, id, input.findings, report);
  // The .pdf of a .docx already here is the same submission, not a new version.
  joinSameContent(db, id);
  if (agency.key !== null) renumberVersions(db, agency.key, report?.year ?? null);
  return { ...resultFor(db, id, false), agencyMerged: agency.merged };
};
