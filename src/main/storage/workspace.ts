// The workspace: one SQLite file holding a reviewer's reports, findings and review work.
import { resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type {
  Comment,
  Correction,
  Decision,
  DecisionKind,
  ReportStatus,
  StatusChange,
} from '../../shared/ipc/review';
import type { Finding, Span } from '../../shared/model/schema';
import type { ExtractedDocument, SourceGrid, SourceSegment } from '../../shared/model/source';
import type { ParsedDocument } from '../../shared/parser';
import { canonicalKey, listAgencies, liveKeys, mergeKeys, renumberVersions } from './agencies';
import { databaseHealth, openDatabase, transaction, type OpenDatabaseOptions } from './database';
import { validate, WorkspaceError } from './errors';
import { exportDatabase, importDatabase } from './exchange';
import { insertImport } from './importing';
import * as input from './inputs';
import { currentVersion } from './migrations';
import { registerOf } from './register';
import { editSubmission, groupUngrouped, joinSameContent, setRemoved } from './submissions';
import * as review from './review';
import { decodeParse, encodeParse, isParsedDocument } from './parse-codec';
import {
  externalId,
  internalId,
  json,
  loadReport,
  num,
  storedParse,
  str,
  toCorrection,
} from './rows';
import type {
  AgencyInfo,
  ExchangeResult,
  ImportResult,
  RecheckResult,
  RegisterEntry,
  StoredReport,
  VersionComparison,
  WorkspaceSummary,
} from './types';
import {
  compareVersions,
  peerIds,
  previousYearId,
  recheck,
  rejudgeRule,
  versionIds,
} from './versions';
import { sourceRecord, storedReport, summaries } from './views';

/** The schema step that brought submissions (see migrations.ts). */
const SUBMISSIONS_STEP = 5;

/** Shown files (one per submission) of an agency key, not removed. */
const shownOf = (db: DatabaseSync, key: string): number[] =>
  db
    .prepare(
      `SELECT id FROM reports WHERE agency_key = ? AND removed_at IS NULL
         AND id = COALESCE(submission, id) ORDER BY imported_at, id`,
    )
    .all(key)
    .map((r) => num(r.id));

/** Renumbers every year of an agency key. */
const renumberAll = (db: DatabaseSync, key: string): void => {
  for (const r of db.prepare('SELECT DISTINCT year FROM reports WHERE agency_key = ?').all(key))
    renumberVersions(db, key, r.year == null ? null : num(r.year));
};

/** The shown file of the latest version of an agency `after` years after `year`, if any. */
const latestOf = (
  db: DatabaseSync,
  key: string | null,
  year: number | null,
  after: number,
): number[] => {
  if (key === null || year === null) return [];
  const row = db
    .prepare(
      `SELECT id FROM reports WHERE agency_key = ? AND year = ? AND removed_at IS NULL
         AND id = COALESCE(submission, id) ORDER BY version DESC LIMIT 1`,
    )
    .get(key, year + after);
  return row ? [num(row.id)] : [];
};

export interface WorkspaceOptions extends OpenDatabaseOptions {
  /** The clock for timestamps (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * A reviewer's workspace. Every method that changes something is one transaction; inputs are
 * checked with zod and every failure is a `WorkspaceError` with a Chinese message. Not for use
 * from two threads; two processes may share a file (SQLite locks it, with a busy timeout).
 */
export class Workspace {
  readonly file: string;
  private db: DatabaseSync | null;
  private readonly now: () => Date;

  private constructor(file: string, db: DatabaseSync, now: () => Date) {
    this.file = file;
    this.db = db;
    this.now = now;
  }

  /** Opens the workspace file, creating it or upgrading an older one. */
  static open(file: string, options: WorkspaceOptions = {}): Workspace {
    const path = validate(input.fileSchema, file);
    const now = options.now ?? (() => new Date());
    const db = openDatabase(path, { ...options, now });
    try {
      // Files stored before submissions existed are grouped once, keeping all their work.
      if (currentVersion(db) >= SUBMISSIONS_STEP) transaction(db, () => groupUngrouped(db));
    } catch (error) {
      db.close();
      throw error;
    }
    return new Workspace(path, db, now);
  }

  /** Closes the file; later calls fail. Closing twice is harmless. */
  close(): void {
    this.db?.close();
    this.db = null;
  }

  private get open(): DatabaseSync {
    if (!this.db) throw new WorkspaceError('CONFLICT', '工作区已关闭，请重新打开。');
    return this.db;
  }

  private at(): string {
    return this.now().toISOString();
  }

  private write<T>(fn: (db: DatabaseSync, at: string) => T): T {
    const db = this.open;
    return transaction(db, () => fn(db, this.at()));
  }

  /**
   * Stores a read document, its report and findings. The same bytes again return the stored
   * report (`duplicate`); another document of the same agency and year becomes its next version.
   */
  importReport(
    data: input.ImportInput,
    complete?: (imported: ImportResult) => Finding[] | null,
  ): ImportResult {
    const valid = validate(input.importInputSchema, data);
    // A whole ParsedDocument is kept too, so nothing needs to parse the text again.
    const parse = isParsedDocument(data.parsed) ? encodeParse(data.parsed) : null;
    return this.write((db, at) => {
      const imported = insertImport(db, valid, at, undefined, parse);
      // Checks that need the stored report (its agency key, its peers) finish in the same
      // transaction: the report is never seen with half its findings.
      const findings = imported.duplicate ? null : (complete?.(imported) ?? null);
      if (findings)
        recheck(db, internalId(imported.id), validate(input.findingsSchema, findings), at);
      return imported;
    });
  }

  /** The parse stored with the report; null when it could not be read or the file predates it. */
  getParsed(id: string): ParsedDocument | null {
    const row = loadReport(this.open, internalId(validate(input.reportIdSchema, id)));
    const parse = row.parsed ? storedParse(this.open, row.id) : null;
    return row.parsed && parse ? decodeParse(row.parsed, parse.analysis, parse.origin) : null;
  }

  /** The corrections in force on a report (without loading the rest of it). */
  correctionsOf(id: string): Correction[] {
    return this.open
      .prepare('SELECT * FROM corrections WHERE report_id = ? AND value IS NOT NULL ORDER BY path')
      .all(internalId(validate(input.reportIdSchema, id)))
      .map(toCorrection);
  }

  /** What the extractor gave (text, source map, grids, notes); null for an unreadable file. */
  getExtraction(id: string): ExtractedDocument | null {
    const row = loadReport(this.open, internalId(validate(input.reportIdSchema, id)));
    if (!row.parsed) return null;
    const doc = this.open
      .prepare(
        'SELECT d.extracted, d.segments, d.notes, d.grids FROM documents d JOIN reports r ON r.document_id = d.id WHERE r.id = ?',
      )
      .get(row.id);
    return {
      format: row.format,
      text: str(doc?.extracted),
      segments: json<SourceSegment[]>(doc?.segments, []),
      notes: json<string[]>(doc?.notes, []),
      ...(doc?.grids == null ? {} : { grids: json<SourceGrid[]>(doc.grids, []) }),
    };
  }

  /** Every report, in import order. */
  listReports(): WorkspaceSummary[] {
    return summaries(this.open);
  }

  /** The batch view's line of one report. */
  summaryOf(id: string): WorkspaceSummary {
    const [summary] = summaries(this.open, [internalId(validate(input.reportIdSchema, id))]);
    if (!summary) throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告。`);
    return summary;
  }

  /** Everything stored about one report. */
  getReport(id: string): StoredReport {
    return storedReport(this.open, internalId(validate(input.reportIdSchema, id)));
  }

  /** A report's summary, text and source segments: what its 原文 view is built from. */
  getSourceRecord(id: string): Pick<StoredReport, 'summary' | 'raw' | 'segments'> {
    return sourceRecord(this.open, internalId(validate(input.reportIdSchema, id)));
  }

  /** The original file's bytes, when they were stored at import. */
  getDocumentBytes(id: string): Uint8Array | null {
    const row = this.open
      .prepare(
        'SELECT d.bytes FROM documents d JOIN reports r ON r.document_id = d.id WHERE r.id = ?',
      )
      .get(internalId(validate(input.reportIdSchema, id)));
    if (!row) throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告。`);
    return row.bytes instanceof Uint8Array ? row.bytes : null;
  }

  /** Confirms or dismisses a finding ('pending' withdraws the decision). */
  decide(
    reportId: string,
    fingerprint: string,
    decision: DecisionKind,
    reason: string | null,
    reviewer: string,
  ): Decision {
    const v = validate(input.decideSchema, { reportId, fingerprint, decision, reason, reviewer });
    return this.write((db, at) => review.decide(db, internalId(v.reportId), v, at));
  }

  /** Decides several findings of one report in one transaction (a group decision). */
  decideMany(
    reportId: string,
    decisions: readonly review.DecisionInput[],
    reviewer: string,
  ): Decision[] {
    const v = validate(input.decideManySchema, { reportId, decisions, reviewer });
    return this.write((db, at) => review.decideMany(db, internalId(v.reportId), v, at));
  }

  /** Rewrites the text of a comment. */
  editComment(reportId: string, id: string, text: string, reviewer: string): Comment {
    const v = validate(input.commentEditSchema, { reportId, id, text, reviewer });
    return this.write((db, at) => review.editComment(db, internalId(v.reportId), v, at));
  }

  /** Deletes a comment (kept as a tombstone), or restores it when `deleted` is false. */
  deleteComment(reportId: string, id: string, deleted = true): Comment {
    const v = validate(input.commentDeleteSchema, { reportId, id, deleted });
    return this.write((db, at) => review.setCommentDeleted(db, internalId(v.reportId), v, at));
  }

  /** Anchors a comment to a range of the report text. */
  addComment(reportId: string, span: Span, text: string, reviewer: string): Comment {
    const v = validate(input.commentSchema, { reportId, span, text, reviewer });
    return this.write((db, at) => review.addComment(db, internalId(v.reportId), v, at));
  }

  /**
   * Keeps the reviewer's value for a cell (null withdraws it). Pass the findings of a check with
   * the corrections applied to store them in the same transaction.
   */
  correctCell(
    reportId: string,
    path: string,
    value: number | null,
    reviewer: string,
    findings?: Finding[],
  ): Correction {
    const v = validate(input.correctSchema, { reportId, path, value, reviewer, findings });
    return this.write((db, at) => {
      const id = internalId(v.reportId);
      const correction = review.correctCell(db, id, v, at);
      if (v.findings) recheck(db, id, v.findings, at);
      return correction;
    });
  }

  /** Moves a report to 待审核 / 审核中 / 已退回 / 已通过, with a note in its history. */
  setStatus(
    reportId: string,
    status: ReportStatus,
    reviewer: string,
    note: string | null,
  ): StatusChange {
    const v = validate(input.statusSchema, { reportId, status, reviewer, note });
    return this.write((db, at) => review.setStatus(db, internalId(v.reportId), v, at));
  }

  /** Replaces the findings after a new check; decisions follow their fingerprints. */
  recheck(reportId: string, findings: Finding[], reparsed?: ParsedDocument): RecheckResult {
    const id = internalId(validate(input.reportIdSchema, reportId));
    const valid = validate(input.findingsSchema, findings);
    const parse = reparsed ? encodeParse(reparsed) : undefined;
    return this.write((db, at) => recheck(db, id, valid, at, parse));
  }

  /**
   * Replaces one rule's findings of a report (the rule judged it again); null when they are the
   * same as stored, and nothing is written. Decisions follow their fingerprints, as in `recheck`.
   */
  rejudgeRule(reportId: string, ruleId: string, findings: Finding[]): RecheckResult | null {
    const id = internalId(validate(input.reportIdSchema, reportId));
    const valid = validate(input.findingsSchema, findings);
    if (valid.some((f) => f.ruleId !== ruleId))
      throw new WorkspaceError('INVALID_REQUEST', `只能替换规则「${ruleId}」的检查结果。`);
    return this.write((db, at) => rejudgeRule(db, id, ruleId, valid, at));
  }

  /** Fixed / still open / new findings between two versions of a report. */
  compareVersions(a: string, b: string): VersionComparison {
    const ids = [a, b].map((x) => internalId(validate(input.reportIdSchema, x)));
    return compareVersions(this.open, ids[0]!, ids[1]!);
  }

  /** Every version of the report's agency and year, oldest first. */
  versionsOf(reportId: string): WorkspaceSummary[] {
    const id = internalId(validate(input.reportIdSchema, reportId));
    return summaries(this.open, versionIds(this.open, id));
  }

  /** Last year's report of the same agency (latest version), for the cross-year rules. */
  previousReportOf(reportId: string): StoredReport | null {
    const id = this.previousYearOf(reportId);
    return id === null ? null : this.getReport(id);
  }

  /** The id of last year's report of the same agency (merged names count), or null. */
  previousYearOf(reportId: string): string | null {
    const id = previousYearId(this.open, internalId(validate(input.reportIdSchema, reportId)));
    return id === null ? null : externalId(id);
  }

  /** Ids of the other agencies' reports of the same year (latest versions), for content.copied. */
  peersOf(reportId: string): string[] {
    return peerIds(this.open, internalId(validate(input.reportIdSchema, reportId))).map(externalId);
  }

  /** The register: one line per agency and year, its latest version shown, with its history. */
  register(): RegisterEntry[] {
    return registerOf(this.open);
  }

  /**
   * Sets the agency name and/or year of a report's submission (every file of it). Returns the
   * files to re-check: the submission's, and the reports whose last year's report may have
   * changed (the year after, where it was and where it went).
   */
  editSubmission(reportId: string, agency: string | null, year: number | null): string[] {
    const v = validate(input.editSchema, { reportId, agency, year });
    return this.write((db, at) => {
      const r = editSubmission(db, internalId(v.reportId), { agency: v.agency, year: v.year }, at);
      const next = [r.before, r.after].flatMap((p) => latestOf(db, p.key, p.year, 1));
      return [...new Set([...r.files, ...next])].map(externalId);
    });
  }

  /**
   * The latest report of the agency's next year, which compares itself with this report's year
   * (`previousYearId`): what to check again when this submission goes or comes back.
   */
  nextYearOf(reportId: string): string[] {
    const id = internalId(validate(input.reportIdSchema, reportId));
    const row = loadReport(this.open, id);
    return latestOf(this.open, row.agencyKey, row.year, 1).map(externalId);
  }

  /**
   * The version of the report's agency and year the register shows (the latest not removed), or
   * null: the one the year's other reports compare with.
   */
  shownOf(reportId: string): string | null {
    const id = internalId(validate(input.reportIdSchema, reportId));
    const row = loadReport(this.open, id);
    const [shown] = latestOf(this.open, row.agencyKey, row.year, 0);
    return shown === undefined ? null : externalId(shown);
  }

  /** Takes a report's submission (all its files) out of the register; returns its files. */
  removeSubmission(reportId: string): string[] {
    const id = internalId(validate(input.reportIdSchema, reportId));
    return this.write((db, at) => setRemoved(db, id, at).files.map(externalId));
  }

  /** Brings a removed submission back, with everything the reviewer did on it. */
  restoreSubmission(reportId: string): string[] {
    const id = internalId(validate(input.reportIdSchema, reportId));
    return this.write((db) => setRemoved(db, id, null).files.map(externalId));
  }

  /** Agency keys in use, with their names, years and merged aliases. */
  listAgencies(): AgencyInfo[] {
    return listAgencies(this.open);
  }

  /** Merges agency key `keyB` into `keyA` by hand: B's reports become A's. */
  mergeAgencies(keyA: string, keyB: string): { key: string; moved: number } {
    const a = validate(input.agencyKeySchema, keyA);
    const b = validate(input.agencyKeySchema, keyB);
    return this.write((db, at) => {
      const [into, from] = [canonicalKey(db, a), canonicalKey(db, b)];
      const live = liveKeys(db);
      for (const k of [into, from]) {
        if (!live.has(k)) throw new WorkspaceError('NOT_FOUND', `工作区中没有单位「${k}」的报告。`);
      }
      if (into === from) throw new WorkspaceError('CONFLICT', `「${a}」与「${b}」已是同一单位。`);
      const moved = mergeKeys(db, into, from, false, at);
      // The same report read under both names (the .docx and the .pdf) is one submission now.
      for (const id of shownOf(db, into)) joinSameContent(db, id);
      renumberAll(db, into);
      return { key: into, moved };
    });
  }

  /** Writes a self-contained copy of the workspace to hand to a colleague. */
  exportTo(file: string): void {
    const target = validate(input.fileSchema, file);
    if (resolve(target) === resolve(this.file)) {
      throw new WorkspaceError('CONFLICT', '不能导出到当前打开的工作区文件本身，请另选文件名。');
    }
    exportDatabase(this.open, target);
  }

  /** Merges a colleague's workspace file into this one (see `mergeReview` for conflicts). */
  importFrom(file: string): ExchangeResult {
    return importDatabase(this.open, validate(input.fileSchema, file), this.at());
  }

  /** Schema version, pragmas and `PRAGMA integrity_check` of the open file. */
  health(): ReturnType<typeof databaseHealth> & { schemaVersion: number } {
    return { ...databaseHealth(this.open), schemaVersion: currentVersion(this.open) };
  }
}
