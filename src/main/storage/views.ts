// Builds the summaries and the full record of reports from their rows.
import type { DatabaseSync } from 'node:sqlite';
import type { Decision, ReviewFinding, SeverityCounts } from '../../shared/ipc/review';
import { findingCategory } from '../../shared/review/findings';
import type { Finding, Severity } from '../../shared/model/schema';
import type { SourceGrid, SourceSegment } from '../../shared/model/source';
import {
  SUMMARY_COLUMNS,
  externalId,
  json,
  loadReport,
  type ReportRow,
  str,
  toComment,
  toCorrection,
  toDecision,
  toReportRow,
  toStatusChange,
} from './rows';
import { WorkspaceError } from './errors';
import type { StoredReport, WorkspaceSummary } from './types';

interface FindingState {
  ruleId: string;
  severity: Severity;
  decision: string | null;
}

/** Summary of a report: open counts leave out dismissed findings. */
export const summarize = (row: ReportRow, findings: readonly FindingState[]): WorkspaceSummary => {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const undecided: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byCategory: Record<string, number> = {};
  let decided = 0;
  for (const f of findings) {
    if (f.decision === 'confirmed' || f.decision === 'dismissed') decided++;
    else undecided[f.severity]++;
    if (f.decision === 'dismissed') continue;
    counts[f.severity]++;
    const category = findingCategory(f.ruleId);
    byCategory[category] = (byCategory[category] ?? 0) + 1;
  }
  return {
    id: externalId(row.id),
    fileName: row.name,
    format: row.format,
    agency: row.agency,
    year: row.year,
    title: row.title,
    status: row.status,
    error: row.error,
    counts,
    byCategory,
    decided,
    undecided,
    total: findings.length,
    importedAt: row.importedAt,
    version: row.version,
    submissionId: externalId(row.submission),
    agencyKey: row.agencyKey,
    hash: row.hash,
    sourcePath: row.sourcePath,
  };
};

const FINDING_STATES = `SELECT f.report_id, f.rule_id, f.severity, d.decision
  FROM findings f LEFT JOIN decisions d USING (report_id, fingerprint)`;

/**
 * Summaries of the given reports (when `ids` is omitted: every file not removed from the
 * register), in import order.
 */
export const summaries = (db: DatabaseSync, ids?: readonly number[]): WorkspaceSummary[] => {
  const where = ids
    ? `WHERE r.id IN (${ids.map(() => '?').join(',') || 'NULL'})`
    : 'WHERE r.removed_at IS NULL';
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} ${where} ORDER BY r.id`).all(...(ids ?? []));
  const states = new Map<number, FindingState[]>();
  const stateRows = ids
    ? db
        .prepare(
          `${FINDING_STATES} WHERE f.report_id IN (${ids.map(() => '?').join(',') || 'NULL'})`,
        )
        .all(...ids)
    : db.prepare(FINDING_STATES).all();
  for (const s of stateRows) {
    const list = states.get(Number(s.report_id)) ?? [];
    list.push({
      ruleId: str(s.rule_id),
      severity: str(s.severity) as Severity,
      decision: s.decision == null ? null : str(s.decision),
    });
    states.set(Number(s.report_id), list);
  }
  return rows.map((r) => {
    const row = toReportRow(r);
    return summarize(row, states.get(row.id) ?? []);
  });
};

/** The findings of a report in reading order, with their decisions. */
export const reviewFindings = (db: DatabaseSync, id: number): ReviewFinding[] => {
  const decisions = decisionsOf(db, id);
  return db
    .prepare('SELECT fingerprint, data FROM findings WHERE report_id = ? ORDER BY ord')
    .all(id)
    .map((r) => {
      const fingerprint = str(r.fingerprint);
      const finding = JSON.parse(str(r.data)) as Finding;
      return { ...finding, fingerprint, decision: decisions.get(fingerprint) ?? null };
    });
};

/** Every decision row of a report (tombstones of withdrawn decisions included). */
export const decisionsOf = (db: DatabaseSync, id: number): Map<string, Decision> =>
  new Map(
    db
      .prepare('SELECT * FROM decisions WHERE report_id = ?')
      .all(id)
      .map((r) => [str(r.fingerprint), toDecision(r)]),
  );

/** The whole stored record of one report. Throws NOT_FOUND. */
export const storedReport = (db: DatabaseSync, id: number): StoredReport => {
  const row = loadReport(db, id);
  const doc = db
    .prepare(
      'SELECT d.extracted, d.notes, d.segments, d.grids FROM documents d JOIN reports r ON r.document_id = d.id WHERE r.id = ?',
    )
    .get(id);
  const findings = reviewFindings(db, id);
  const live = new Set(findings.map((f) => f.fingerprint));
  const orphanedDecisions = [...decisionsOf(db, id).values()].filter(
    (d) => !live.has(d.fingerprint) && d.decision !== 'pending',
  );
  return {
    summary: summarize(
      row,
      findings.map((f) => ({ ...f, decision: f.decision?.decision ?? null })),
    ),
    raw: str(doc?.extracted),
    notes: json<string[]>(doc?.notes, []),
    segments: json<SourceSegment[]>(doc?.segments, []),
    grids: json<SourceGrid[]>(doc?.grids, []),
    report: row.parsed,
    findings,
    orphanedDecisions,
    comments: db
      .prepare('SELECT * FROM comments WHERE report_id = ? AND deleted = 0 ORDER BY start, at, id')
      .all(id)
      .map(toComment),
    corrections: db
      .prepare('SELECT * FROM corrections WHERE report_id = ? AND value IS NOT NULL ORDER BY path')
      .all(id)
      .map(toCorrection),
    history: db
      .prepare('SELECT * FROM status_history WHERE report_id = ? ORDER BY at, rowid')
      .all(id)
      .map(toStatusChange),
  };
};

/**
 * What the 原文 view needs of a report (its summary, text and source segments), without the
 * findings, comments and parse a full record reads. Throws NOT_FOUND.
 */
export const sourceRecord = (
  db: DatabaseSync,
  id: number,
): Pick<StoredReport, 'summary' | 'raw' | 'segments'> => {
  const [summary] = summaries(db, [id]);
  if (!summary)
    throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告，可能已被删除。`);
  const doc = db
    .prepare(
      'SELECT d.extracted, d.segments FROM documents d JOIN reports r ON r.document_id = d.id WHERE r.id = ?',
    )
    .get(id);
  return {
    summary,
    raw: str(doc?.extracted),
    segments: json<SourceSegment[]>(doc?.segments, []),
  };
};
