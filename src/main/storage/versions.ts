// Findings over time: re-checking a report, comparing two versions, finding last year's report.
import type { DatabaseSync } from 'node:sqlite';
import type { Finding } from '../../shared/model/schema';
import { sortFindings } from '../../shared/rules/engine';
import { WorkspaceError } from './errors';
import { writeFindings } from './importing';
import { loadPlace, loadReport, num } from './rows';
import type { EncodedParse } from './parse-codec';
import type { RecheckResult, VersionComparison } from './types';
import { submissionOf } from './submissions';
import { decisionsOf, reviewFindings, summaries } from './views';

/**
 * Replaces a report's findings. Decisions are keyed by fingerprint, so those whose finding is
 * still there stay attached; the others are reported as orphaned and kept in the file (the
 * finding may come back, e.g. when a correction is withdrawn). `parse`, when given, replaces the
 * stored parse (a re-parse of the same text after the parser changed).
 */
export const recheck = (
  db: DatabaseSync,
  reportId: number,
  findings: readonly Finding[],
  at: string,
  parse?: EncodedParse,
): RecheckResult => {
  const row = loadReport(db, reportId);
  if (!row.parsed && findings.length > 0) {
    throw new WorkspaceError('CONFLICT', `文件「${row.name}」未能读取，不能为它保存检查结果。`);
  }
  const before = new Set(
    db
      .prepare('SELECT fingerprint FROM findings WHERE report_id = ?')
      .all(reportId)
      .map((r) => String(r.fingerprint)),
  );
  const prints = writeFindings(db, reportId, findings, row.parsed);
  db.prepare('UPDATE reports SET checked_at = ? WHERE id = ?').run(at, reportId);
  if (parse) {
    db.prepare('UPDATE reports SET analysis = ?, origin = ? WHERE id = ?').run(
      parse.analysis,
      parse.origin,
      reportId,
    );
  }
  const after = new Set(prints);
  const judged = [...decisionsOf(db, reportId).values()].filter((d) => d.decision !== 'pending');
  return {
    findings: prints.length,
    added: prints.filter((p) => !before.has(p)),
    removed: [...before].filter((p) => !after.has(p)),
    kept: judged.filter((d) => after.has(d.fingerprint)),
    orphaned: judged.filter((d) => !after.has(d.fingerprint)),
  };
};

/**
 * Replaces one rule's findings of a report, the others kept in their place: a peer judged again by
 * one cross-report rule. Nothing is written (null) when the rule concludes as before, so a
 * re-judge to the same conclusion leaves the report, its decisions and its check time alone.
 */
export const rejudgeRule = (
  db: DatabaseSync,
  reportId: number,
  ruleId: string,
  findings: readonly Finding[],
  at: string,
): RecheckResult | null => {
  const stored = db
    .prepare('SELECT rule_id, data FROM findings WHERE report_id = ? ORDER BY ord')
    .all(reportId)
    .map((r) => ({ ruleId: String(r.rule_id), data: String(r.data) }));
  const before = stored.filter((f) => f.ruleId === ruleId).map((f) => f.data);
  const after = findings.map((f) => JSON.stringify(f));
  if (before.length === after.length && before.every((d, i) => d === after[i])) return null;
  const others = stored
    .filter((f) => f.ruleId !== ruleId)
    .map((f) => JSON.parse(f.data) as Finding);
  return recheck(db, reportId, sortFindings([...others, ...findings]), at);
};

/** Fixed, still open and new findings from version `a` to version `b`, by fingerprint. */
export const compareVersions = (db: DatabaseSync, a: number, b: number): VersionComparison => {
  const ra = loadReport(db, a);
  const rb = loadReport(db, b);
  if (ra.agencyKey === null || ra.agencyKey !== rb.agencyKey || ra.year !== rb.year) {
    throw new WorkspaceError(
      'CONFLICT',
      `只能比较同一单位同一年度报告的不同版本：「${ra.agency ?? ra.name}」${ra.year ?? ''}与「${rb.agency ?? rb.name}」${rb.year ?? ''}不是同一份报告。`,
    );
  }
  const fa = reviewFindings(db, a);
  const fb = reviewFindings(db, b);
  const inA = new Map(fa.map((f) => [f.fingerprint, f]));
  const inB = new Set(fb.map((f) => f.fingerprint));
  return {
    from: summaries(db, [a])[0]!,
    to: summaries(db, [b])[0]!,
    fixed: fa.filter((f) => !inB.has(f.fingerprint)),
    stillOpen: fb
      .filter((f) => inA.has(f.fingerprint))
      .map((f) => ({ ...f, before: inA.get(f.fingerprint)?.decision ?? null })),
    new: fb.filter((f) => !inA.has(f.fingerprint)),
  };
};

/**
 * Ids of every version of the report's agency and year, oldest first: one file per submission,
 * the one the register shows, except the report's own submission, which is the report itself.
 */
export const versionIds = (db: DatabaseSync, reportId: number): number[] => {
  const row = loadReport(db, reportId);
  if (row.agencyKey === null) return [row.id];
  const own = submissionOf(db, reportId);
  return db
    .prepare(
      `SELECT id, COALESCE(submission, id) AS s FROM reports
       WHERE agency_key = ? AND year IS ? AND removed_at IS NULL AND id = COALESCE(submission, id)
       ORDER BY version`,
    )
    .all(row.agencyKey, row.year)
    .map((r) => (num(r.s) === own ? reportId : num(r.id)));
};

/** Last year's report of the same agency (the shown file of its latest version), or null. */
export const previousYearId = (db: DatabaseSync, reportId: number): number | null => {
  const row = loadPlace(db, reportId);
  if (row.agencyKey === null || row.year === null) return null;
  const prev = db
    .prepare(
      `SELECT id FROM reports WHERE agency_key = ? AND year = ? AND removed_at IS NULL
         AND id = COALESCE(submission, id) ORDER BY version DESC LIMIT 1`,
    )
    .get(row.agencyKey, row.year - 1);
  return prev ? num(prev.id) : null;
};

/** `peerIds`' query (year, report id, agency key twice); it reads one year through reports_by_year. */
export const PEERS_SQL = `SELECT r.id FROM reports r
       WHERE r.year = ? AND r.id <> ? AND r.parsed IS NOT NULL AND r.removed_at IS NULL
         AND r.id NOT IN (SELECT s.id FROM reports s WHERE s.submission <> s.id)
         AND (r.agency_key IS NULL OR ? IS NULL OR r.agency_key <> ?)
         AND NOT EXISTS (SELECT 1 FROM reports n WHERE n.agency_key = r.agency_key
                         AND n.year = r.year AND n.version > r.version AND n.removed_at IS NULL)
       ORDER BY r.id`;

/**
 * The other agencies' reports of the report's year, the latest version of each: what
 * `content.copied` compares it with. A report whose agency was not read is a peer of every other.
 * The files that are not their submission's shown one come from the submission index: reading
 * `submission` off each row walks past its large parse (asked once per peer after an import).
 */
export const peerIds = (db: DatabaseSync, reportId: number): number[] => {
  const row = loadPlace(db, reportId);
  if (row.year === null) return [];
  return db
    .prepare(PEERS_SQL)
    .all(row.year, reportId, row.agencyKey, row.agencyKey)
    .map((r) => num(r.id));
};
