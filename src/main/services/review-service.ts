// The review service behind the IPC handlers: imports granted files, checks them with the
// shared parser and rules, and keeps the reviewer's decisions, comments, corrections, statuses.
// Plain Node: no Electron, so the tests and the browser harness run exactly this code.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatFromName } from '../../shared/formats';
import type {
  BatchProgress,
  Comment,
  Decision,
  DecisionKind,
  ReportDetail,
  ReportStatus,
  ReportSummary,
} from '../../shared/ipc/review';
import type { Span } from '../../shared/model/schema';
import type { SourceSegment } from '../../shared/model/source';
import { parseReport } from '../../shared/parser';
import { allRules } from '../../shared/rules/registry';
import type { Rule } from '../../shared/rules/types';
import { runBatch } from '../batch';
import type { CheckedFile } from '../check/check-file';
import { collectInputs } from '../check/collect';
import { extractFile, type ExtractResult } from '../extract';
import { ServiceError } from './errors';
import { PathGrants } from './grants';
import { ReportChecker } from './checker';
import type { OriginalDocument, ReviewStore, StoredReport } from './store';
import { summarize, toDetail } from './summary';
import { validateCorrection } from './corrections';

export interface ReviewServiceOptions {
  store: ReviewStore;
  /** The name written on decisions, comments and corrections. */
  reviewer: string;
  now?: () => Date;
  /** Reads a file; `extractFile` (txt, and Word/PDF once they land) by default. */
  extract?: (path: string) => Promise<ExtractResult>;
  rules?: readonly Rule[];
  /** Most files one import may read (default 500). */
  maxFiles?: number;
  /**
   * Read batches of 3+ files in worker threads (default: yes, unless `extract` is injected), so
   * January's folders are read on every core and main stays responsive.
   */
  workers?: boolean;
}

/** A worker's reading of a file, as the import expects it from `extract`. */
const asExtractResult = (c: CheckedFile): ExtractResult =>
  c.result.error
    ? { ok: false, error: c.result.error as Extract<ExtractResult, { ok: false }>['error'] }
    : {
        ok: true,
        doc: {
          format: c.result.format,
          text: c.extracted,
          segments: c.segments,
          notes: c.result.notes ?? [],
        },
      };

export class ReviewService {
  private readonly grants = new PathGrants();
  private readonly store: ReviewStore;
  private readonly reviewer: string;
  private readonly now: () => Date;
  private readonly extract: (path: string) => Promise<ExtractResult>;
  private readonly checker: ReportChecker;
  private readonly maxFiles: number;
  private readonly workers: boolean;
  /** The import under way, so the reviewer can stop it. */
  private importing: AbortController | null = null;

  constructor(options: ReviewServiceOptions) {
    this.store = options.store;
    this.reviewer = options.reviewer;
    this.now = options.now ?? (() => new Date());
    this.extract = options.extract ?? ((path) => extractFile(path));
    this.checker = new ReportChecker(options.rules ?? allRules);
    this.maxFiles = options.maxFiles ?? 500;
    this.workers = options.workers ?? options.extract === undefined;
  }

  /** Grants paths the reviewer chose or dropped; only these (and files under them) can be read. */
  grantPaths(paths: readonly string[]): string[] {
    return this.grants.grant(paths);
  }

  /** Imports granted files (folders are walked), one progress report per file. */
  async importFiles(
    paths: readonly string[],
    onProgress: (p: BatchProgress) => void = () => {},
  ): Promise<ReportSummary[]> {
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
    const known = await this.store.listReports();
    const out: ReportSummary[] = [];
    // Reading (the slow part) runs in the worker pool; storing stays here, in input order.
    const read = new Map<number, ExtractResult>();
    let cancelled = false;
    if (this.workers && files.length >= 3) {
      this.importing = new AbortController();
      onProgress({ done: 0, total: files.length, current: null });
      let done = 0;
      const batch = await runBatch(files, {
        signal: this.importing.signal,
        // Completion order: each file is named as it finishes.
        onResult: (index) =>
          onProgress({ done: ++done, total: files.length, current: basename(files[index]!) }),
      });
      this.importing = null;
      batch.results.forEach((c, i) => c && read.set(i, asExtractResult(c)));
      cancelled = batch.cancelled;
    }
    for (const [i, file] of files.entries()) {
      // Cancelled: the files read so far are stored; the others are left for another import.
      if (cancelled && !read.has(i)) continue;
      if (!read.has(i)) onProgress({ done: i, total: files.length, current: basename(file) });
      const stored = await this.importOne(file, known, read.get(i));
      out.push(summarize(stored));
    }
    onProgress({ done: files.length, total: files.length, current: null });
    return out;
  }

  /** Stops the import under way (files already read are still stored); false when none runs. */
  cancelImport(): boolean {
    if (!this.importing) return false;
    this.importing.abort();
    return true;
  }

  async listReports(): Promise<ReportSummary[]> {
    return (await this.store.listReports()).map(summarize);
  }

  async getReport(id: string): Promise<ReportDetail> {
    return toDetail(await this.mustGet(id));
  }

  async decide(req: {
    reportId: string;
    fingerprint: string;
    decision: DecisionKind;
    reason: string | null;
  }): Promise<{ decision: Decision; summary: ReportSummary }> {
    const r = await this.mustGet(req.reportId);
    if (!r.findings.some((f) => f.fingerprint === req.fingerprint)) {
      throw new ServiceError('NOT_FOUND', '该问题已不存在（报告可能已重新检查），请刷新后再试。');
    }
    const reason = req.reason?.trim() || null;
    if (req.decision === 'dismissed' && reason === null) {
      throw new ServiceError('INVALID_REQUEST', '排除问题时请写明理由，便于复核。');
    }
    const decision: Decision = {
      fingerprint: req.fingerprint,
      decision: req.decision,
      reason,
      reviewer: this.reviewer,
      at: this.stamp(),
    };
    await this.store.decide(r.id, decision);
    await this.startReview(r);
    return { decision, summary: summarize(await this.mustGet(r.id)) };
  }

  async addComment(req: {
    reportId: string;
    span: Span;
    text: string;
  }): Promise<{ comment: Comment; summary: ReportSummary }> {
    const r = await this.mustGet(req.reportId);
    const text = this.checker.parse(r).report.text;
    const [start, end] = req.span;
    if (!(start < end && end <= text.length)) {
      throw new ServiceError('INVALID_REQUEST', '所选段落不在报告正文范围内，请重新选择。');
    }
    const comment = await this.store.addComment(r.id, {
      span: [start, end],
      quote: text.slice(start, end),
      text: req.text.trim(),
      reviewer: this.reviewer,
      at: this.stamp(),
    });
    await this.startReview(r);
    return { comment, summary: summarize(await this.mustGet(r.id)) };
  }

  /** Records the reviewer's value of a misread cell (null withdraws it) and re-checks. */
  async correctCell(req: {
    reportId: string;
    path: string;
    value: number | null;
  }): Promise<ReportDetail> {
    const r = await this.mustGet(req.reportId);
    const doc = this.checker.parse(r);
    const cell = validateCorrection(doc, req.path, req.value);
    const same = req.value === null || req.value === cell.value;
    await this.store.correctCell(r.id, {
      path: req.path,
      value: same ? null : req.value,
      original: cell.value,
      originalRaw: cell.raw,
      reviewer: this.reviewer,
      at: this.stamp(),
    });
    const updated = await this.mustGet(r.id);
    const known = await this.store.listReports();
    await this.store.recheck(r.id, this.checker.check(doc, updated.corrections, known));
    await this.startReview(updated);
    return toDetail(await this.mustGet(r.id));
  }

  async setStatus(req: {
    reportId: string;
    status: ReportStatus;
    note: string | null;
  }): Promise<ReportSummary> {
    const r = await this.mustGet(req.reportId);
    if (r.error) throw new ServiceError('CONFLICT', '该文件未能读取，不能改变审核状态。');
    const note = req.note?.trim() || null;
    await this.store.setStatus(r.id, {
      status: req.status,
      note,
      reviewer: this.reviewer,
      at: this.stamp(),
    });
    return summarize(await this.mustGet(r.id));
  }

  /** The file's bytes and source map, kept with the report (null if it vanished meanwhile). */
  private async original(
    file: string,
    segments: SourceSegment[],
  ): Promise<OriginalDocument | undefined> {
    try {
      return { bytes: new Uint8Array(await readFile(file)), segments };
    } catch {
      return undefined;
    }
  }

  private async importOne(
    file: string,
    known: StoredReport[],
    alreadyRead?: ExtractResult,
  ): Promise<StoredReport> {
    const name = basename(file);
    const base = { path: file, fileName: name, notes: [] as string[], importedAt: this.stamp() };
    const extracted = alreadyRead ?? (await this.extract(file));
    if (!extracted.ok) {
      const format = formatFromName(file);
      const failed = { ...base, format, error: extracted.error, agency: null, year: null };
      const stored = await this.store.importReport({
        ...failed,
        title: null,
        raw: '',
        findings: [],
      });
      known.push(stored);
      return stored;
    }
    const raw = extracted.doc.text;
    // The same file read again with the same text is the same report, not a second one.
    const same = known.find((k) => k.path === file && k.raw === raw && k.error === null);
    if (same) return same;
    const doc = parseReport(raw);
    const { report } = doc;
    const stored = await this.store.importReport({
      ...base,
      format: extracted.doc.format,
      error: null,
      agency: report.agency,
      year: report.year,
      title: report.title,
      raw,
      notes: extracted.doc.notes,
      findings: this.checker.check(doc, [], known),
      original: await this.original(file, extracted.doc.segments),
    });
    this.checker.remember(stored.id, doc);
    known.push(stored);
    return stored;
  }

  /** The first action on a pending report puts it in review. */
  private async startReview(r: StoredReport): Promise<void> {
    if (r.status !== 'pending') return;
    await this.store.setStatus(r.id, {
      status: 'in_review',
      note: null,
      reviewer: this.reviewer,
      at: this.stamp(),
    });
  }

  private async mustGet(id: string): Promise<StoredReport> {
    const r = await this.store.getReport(id);
    if (!r) throw new ServiceError('NOT_FOUND', `找不到报告（编号 ${id}），它可能已被移除。`);
    return r;
  }

  private stamp(): string {
    return this.now().toISOString();
  }
}
