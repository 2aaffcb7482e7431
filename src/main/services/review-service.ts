// The review service behind the IPC handlers: imports granted files through the check pipeline
// into the workspace, and keeps the reviewer's decisions, comments, corrections and statuses there.
// Plain Node: no Electron, so the tests and the browser harness run exactly this code.
import { basename } from 'node:path';
import type {
  BatchProgress,
  Comment,
  Decision,
  DecisionKind,
  ReportDetail,
  ReportStatus,
  ReportSummary,
} from '../../shared/ipc/review';
import type { RegisterRow } from '../../shared/ipc/register';
import type { Span } from '../../shared/model/schema';
import type { RuleProfile } from '../../shared/rules/config';
import { runBatch } from '../batch';
import type { CheckedFile } from '../check/check-file';
import { ocrPageText } from '../../shared/ocr-progress';
import { collectInputs } from '../check/collect';
import { checkStored, forgetParsed, parsedOf, recheckStored, recordChecked } from '../check/record';
import type { ImportResult, StoredReport, Workspace, WorkspaceSummary } from '../storage';
import { copyingPeers, rejudgeCopied } from './copied-peers';
import { followImport } from './import-follow-up';
import { validateCorrection } from './corrections';
import { fromWorkspace, ServiceError } from './errors';
import { PathGrants } from './grants';

export interface ReviewServiceOptions {
  workspace: Workspace;
  /** The name written on decisions, comments and corrections. */
  reviewer: string;
  /** The rule profile of every check (the catalogue's defaults when absent). */
  profile?: RuleProfile;
  /** Most files one import may read (default 500). */
  maxFiles?: number;
  /** The worker script, when the host bundles it itself (see `resolveWorkerEntry`). */
  workerEntry?: string | URL;
  /**
   * Imports of fewer files than this are read in this thread (default 1: every file in a
   * worker). Only tests that count the pipeline's calls in-process set it.
   */
  poolFrom?: number;
}

/** The batch view's line: the workspace's summary without what only storage needs. */
export const toSummary = ({
  version: _v,
  submissionId: _s,
  agencyKey: _k,
  hash: _h,
  sourcePath: _p,
  ...summary
}: WorkspaceSummary): ReportSummary => summary;

/** Everything the report view shows (decisions are on the findings, orphans stay in storage). */
export const toDetail = (r: StoredReport): ReportDetail => ({
  summary: toSummary(r.summary),
  raw: r.raw,
  grids: r.grids,
  notes: r.notes,
  findings: r.findings,
  comments: r.comments,
  corrections: r.corrections,
  history: r.history,
});

export class ReviewService {
  private readonly grants = new PathGrants();
  private readonly ws: Workspace;

  /** The workspace this service keeps its work in (read-only uses: the roll-up). */
  get workspace(): Workspace {
    return this.ws;
  }
  private readonly reviewer: string;
  private readonly profile: RuleProfile | undefined;
  private readonly maxFiles: number;
  private readonly workerEntry: string | URL | undefined;
  private readonly poolFrom: number | undefined;
  /** The import under way, so the reviewer can stop it. */
  private importing: AbortController | null = null;

  constructor(options: ReviewServiceOptions) {
    this.ws = options.workspace;
    this.reviewer = options.reviewer;
    this.profile = options.profile;
    this.maxFiles = options.maxFiles ?? 500;
    this.workerEntry = options.workerEntry;
    this.poolFrom = options.poolFrom;
  }

  /** Grants paths the reviewer chose or dropped; only these (and files under them) can be read. */
  grantPaths(paths: readonly string[]): string[] {
    return this.grants.grant(paths);
  }

  /**
   * Imports granted files (folders are walked): each is read, parsed and checked by the batch
   * (worker threads, so a hostile file cannot block main), then stored as checked, in input order.
   */
  async importFiles(
    paths: readonly string[],
    onProgress: (p: BatchProgress) => void = () => {},
  ): Promise<ReportSummary[]> {
    return (await this.importReporting(paths, onProgress)).reports;
  }

  /**
   * Imports as `importFiles`, and names the files that were already in the workspace (nothing
   * was added for them), so the reviewer is told instead of reading "已导入".
   */
  async importReporting(
    paths: readonly string[],
    onProgress: (p: BatchProgress) => void = () => {},
  ): Promise<{
    reports: ReportSummary[];
    duplicates: string[];
    sameSubmission: string[];
    changed: string[];
  }> {
    const refused = paths.find((p) => !this.grants.allows(p));
    if (refused !== undefined) {
      throw new ServiceError(
        'PATH_NOT_GRANTED',
        `不能读取未经选择的文件「${basename(refused)}」，请通过「打开文件」或拖放选择报告。`,
      );
    }
    const files = (await collectInputs(paths)).filter((f) => this.grants.allows(f));
    if (files.length > this.maxFiles) {
      throw new ServiceError(
        'INVALID_REQUEST',
        `一次最多导入 ${this.maxFiles} 个文件，本次选择了 ${files.length} 个，请分批导入。`,
      );
    }
    this.importing = new AbortController();
    onProgress({ done: 0, total: files.length, current: null });
    let done = 0;
    const batch = await runBatch(files, {
      profile: this.profile,
      signal: this.importing.signal,
      ...(this.workerEntry === undefined ? {} : { workerEntry: this.workerEntry }),
      ...(this.poolFrom === undefined ? {} : { poolFrom: this.poolFrom }),
      // Completion order: each file is named as it finishes.
      onResult: (index) =>
        onProgress({ done: ++done, total: files.length, current: basename(files[index]!) }),
      // A scan says which page is being recognized.
      onOcrPage: (index, page, pages) =>
        onProgress({
          done,
          total: files.length,
          current: `${basename(files[index]!)}（${ocrPageText(page, pages)}）`,
        }),
    }).finally(() => (this.importing = null));
    // Cancelled: the files read so far are stored; the others are left for another import.
    const read = batch.results.filter((c): c is CheckedFile => c !== null);
    const ids: string[] = [];
    const duplicates: string[] = [];
    const sameSubmission: string[] = [];
    const recorded: ImportResult[] = [];
    for (const checked of read) {
      const { imported } = await fromWorkspace(() =>
        recordChecked(this.ws, checked, { profile: this.profile }),
      );
      if (imported.duplicate) duplicates.push(basename(checked.result.file));
      else if (imported.files > 1) sameSubmission.push(basename(checked.result.file));
      recorded.push(imported);
      ids.push(imported.id);
    }
    // Next year's reports and the year's reports that copy what came in (as the CLI does).
    const followed = await fromWorkspace(() => followImport(this.ws, recorded, this.profile));
    // Only what was stored before: a report this import added is new to the reviewer anyway.
    const added = new Set(recorded.filter((r) => !r.duplicate).map((r) => r.id));
    const changed = followed.filter((id) => !added.has(id));
    const out = ids.map((id) => toSummary(this.ws.summaryOf(id)));
    onProgress({ done: files.length, total: files.length, current: null });
    return { reports: out, duplicates, sameSubmission, changed };
  }

  /** The register: one line per agency and year, its latest version shown. */
  async register(): Promise<RegisterRow[]> {
    return fromWorkspace(() => this.registerRows());
  }

  /**
   * Corrects the agency name and/or year of a report's submission, then checks again what
   * depends on them: its files (the year rules, last year's report), next year's report where it
   * was and where it went (their last year's report changed), and the year's reports that copy
   * it, there and here (content.copied alone).
   */
  async editSubmission(req: {
    reportId: string;
    agency: string | null;
    year: number | null;
  }): Promise<RegisterRow[]> {
    return fromWorkspace(() => {
      // The year's reports that copied it where it was, and those that copy it where it went.
      const copiedWhereItWas = copyingPeers(this.ws, req.reportId);
      const ids = this.ws.editSubmission(req.reportId, req.agency, req.year);
      this.recheckAll(ids);
      rejudgeCopied(
        this.ws,
        [...copiedWhereItWas, ...copyingPeers(this.ws, req.reportId)],
        this.profile,
      );
      return this.registerRows();
    });
  }

  /**
   * Takes a submission out of the register; `restoreSubmission` undoes it. Next year's report
   * compared itself with it, and the year's other reports that copied it: they are checked again
   * against what is left of the year (an earlier version, or none).
   */
  async removeSubmission(reportId: string): Promise<{ removed: string[]; rows: RegisterRow[] }> {
    return fromWorkspace(() => {
      const removed = this.ws.removeSubmission(reportId);
      const shown = this.ws.shownOf(reportId);
      this.recheckAll(this.ws.nextYearOf(reportId));
      this.rejudgeCopying([...removed, ...(shown === null ? [] : [shown])]);
      return { removed, rows: this.registerRows() };
    });
  }

  /**
   * Brings it back; it, next year's report and the year's reports that copy it (or copied the
   * version it hides again) are checked again against each other.
   */
  async restoreSubmission(reportId: string): Promise<RegisterRow[]> {
    return fromWorkspace(() => {
      const hidden = this.ws.shownOf(reportId);
      const files = this.ws.restoreSubmission(reportId);
      this.recheckAll([...files, ...this.ws.nextYearOf(reportId)]);
      this.rejudgeCopying([...files, ...(hidden === null ? [] : [hidden])]);
      return this.registerRows();
    });
  }

  /** The same year's reports whose content.copied may name one of `ids`, judged again by it. */
  private rejudgeCopying(ids: readonly string[]): void {
    rejudgeCopied(
      this.ws,
      ids.flatMap((id) => copyingPeers(this.ws, id)),
      this.profile,
    );
  }

  /**
   * Two names of one agency become one; its reports are checked against each other's years (and
   * no longer count each other as another agency's copy). The other agencies' reports that copy
   * any version of it are judged again by content.copied alone: a copy of a version the merge
   * hid now names the version shown, or goes.
   */
  async mergeAgencies(
    into: string,
    from: string,
  ): Promise<{ key: string; moved: number; rows: RegisterRow[] }> {
    return fromWorkspace(() => {
      const merged = this.ws.mergeAgencies(into, from);
      const lines = this.registerRows().filter((r) => r.agencyKey === merged.key);
      this.recheckAll(lines.map((r) => r.summary.id));
      // After the merge the agency's versions are all peers of the same other agencies' reports.
      this.rejudgeCopying(lines.flatMap((r) => r.versions.map((v) => v.submissionId)));
      return { ...merged, rows: this.registerRows() };
    });
  }

  private recheckAll(ids: readonly string[]): void {
    for (const id of new Set(ids)) {
      forgetParsed(this.ws, id);
      recheckStored(this.ws, id, { profile: this.profile });
    }
  }

  private registerRows(): RegisterRow[] {
    return this.ws.register().map((e) => ({
      summary: toSummary(e.summary),
      agencyKey: e.summary.agencyKey,
      versions: e.versions,
    }));
  }

  /** Stops the import under way (files already read are still stored); false when none runs. */
  cancelImport(): boolean {
    if (!this.importing) return false;
    this.importing.abort();
    return true;
  }

  async listReports(): Promise<ReportSummary[]> {
    return fromWorkspace(() => this.ws.listReports().map(toSummary));
  }

  async getReport(id: string): Promise<ReportDetail> {
    return fromWorkspace(() => toDetail(this.ws.getReport(id)));
  }

  async decide(req: {
    reportId: string;
    fingerprint: string;
    decision: DecisionKind;
    reason: string | null;
  }): Promise<{ decision: Decision; summary: ReportSummary }> {
    const reason = req.reason?.trim() || null;
    if (req.decision === 'dismissed' && reason === null) {
      throw new ServiceError('INVALID_REQUEST', '排除问题时请写明理由，便于复核。');
    }
    return fromWorkspace(() => {
      const decision = this.ws.decide(
        req.reportId,
        req.fingerprint,
        req.decision,
        reason,
        this.reviewer,
      );
      return { decision, summary: this.summaryOf(req.reportId) };
    });
  }

  /** Decides several findings at once (a group), one transaction: all are stored or none. */
  async decideMany(req: {
    reportId: string;
    decisions: Array<{ fingerprint: string; decision: DecisionKind; reason: string | null }>;
  }): Promise<{ decisions: Decision[]; summary: ReportSummary }> {
    const decisions = req.decisions.map((d) => ({ ...d, reason: d.reason?.trim() || null }));
    if (decisions.some((d) => d.decision === 'dismissed' && d.reason === null)) {
      throw new ServiceError('INVALID_REQUEST', '排除问题时请写明理由，便于复核。');
    }
    return fromWorkspace(() => ({
      decisions: this.ws.decideMany(req.reportId, decisions, this.reviewer),
      summary: this.summaryOf(req.reportId),
    }));
  }

  async editComment(req: {
    reportId: string;
    id: string;
    text: string;
  }): Promise<{ comment: Comment; summary: ReportSummary }> {
    return fromWorkspace(() => ({
      comment: this.ws.editComment(req.reportId, req.id, req.text.trim(), this.reviewer),
      summary: this.summaryOf(req.reportId),
    }));
  }

  /** Deletes a comment, or restores a deleted one (`restore`, for undo). */
  async deleteComment(req: {
    reportId: string;
    id: string;
    restore: boolean;
  }): Promise<{ comment: Comment; summary: ReportSummary }> {
    return fromWorkspace(() => ({
      comment: this.ws.deleteComment(req.reportId, req.id, !req.restore),
      summary: this.summaryOf(req.reportId),
    }));
  }

  async addComment(req: {
    reportId: string;
    span: Span;
    text: string;
  }): Promise<{ comment: Comment; summary: ReportSummary }> {
    return fromWorkspace(() => {
      const comment = this.ws.addComment(req.reportId, req.span, req.text.trim(), this.reviewer);
      return { comment, summary: this.summaryOf(req.reportId) };
    });
  }

  /**
   * Records the reviewer's value of a misread cell (null withdraws it) and stores the findings
   * of the pipeline's check with it, in one transaction.
   */
  async correctCell(req: {
    reportId: string;
    path: string;
    value: number | null;
  }): Promise<ReportDetail> {
    return fromWorkspace(() => {
      const doc = parsedOf(this.ws, req.reportId);
      if (!doc) throw new ServiceError('CONFLICT', '该文件未能读取，无法进行此操作。');
      const cell = validateCorrection(doc, req.path, req.value);
      const value = req.value === cell.value ? null : req.value;
      const corrections = [
        ...this.ws.correctionsOf(req.reportId).filter((c) => c.path !== req.path),
        ...(value === null ? [] : [{ path: req.path, value }]),
      ];
      const findings = checkStored(this.ws, req.reportId, { profile: this.profile, corrections });
      this.ws.correctCell(req.reportId, req.path, value, this.reviewer, findings);
      return toDetail(this.ws.getReport(req.reportId));
    });
  }

  async setStatus(req: {
    reportId: string;
    status: ReportStatus;
    note: string | null;
  }): Promise<ReportSummary> {
    return fromWorkspace(() => {
      const r = this.ws.getReport(req.reportId);
      if (r.summary.error) throw new ServiceError('CONFLICT', '该文件未能读取，不能改变审核状态。');
      // Setting the status a report already has is taken as done.
      if (r.summary.status !== req.status) {
        this.ws.setStatus(req.reportId, req.status, this.reviewer, req.note?.trim() || null);
      }
      return this.summaryOf(req.reportId);
    });
  }

  private summaryOf(id: string): ReportSummary {
    return toSummary(this.ws.summaryOf(id));
  }
}
