// ReviewStore kept in memory: the app's store until the SQLite workspace is wired in, and the
// store of the tests and the browser harness.
import type { Comment, Correction, Decision, StatusChange } from '../../shared/ipc/review';
import { ServiceError } from './errors';
import type {
  NewReport,
  OriginalDocument,
  ReviewStore,
  StoredFinding,
  StoredReport,
} from './store';

export class MemoryReviewStore implements ReviewStore {
  private readonly reports = new Map<string, StoredReport>();
  private readonly originals = new Map<string, OriginalDocument>();
  private nextReport = 1;
  private nextComment = 1;

  async importReport(input: NewReport): Promise<StoredReport> {
    const { original, ...rest } = input;
    const report: StoredReport = {
      ...structuredClone(rest),
      id: `r${this.nextReport++}`,
      decisions: [],
      comments: [],
      corrections: [],
      status: 'pending',
      history: [],
    };
    this.reports.set(report.id, report);
    if (original) this.originals.set(report.id, structuredClone(original));
    return structuredClone(report);
  }

  async originalOf(id: string): Promise<OriginalDocument | null> {
    const o = this.originals.get(id);
    return o ? structuredClone(o) : null;
  }

  async listReports(): Promise<StoredReport[]> {
    return [...this.reports.values()].map((r) => structuredClone(r));
  }

  async getReport(id: string): Promise<StoredReport | null> {
    const r = this.reports.get(id);
    return r ? structuredClone(r) : null;
  }

  async decide(reportId: string, decision: Decision): Promise<void> {
    const r = this.mustGet(reportId);
    r.decisions = r.decisions.filter((d) => d.fingerprint !== decision.fingerprint);
    r.decisions.push(structuredClone(decision));
  }

  async addComment(reportId: string, comment: Omit<Comment, 'id'>): Promise<Comment> {
    const r = this.mustGet(reportId);
    const stored: Comment = { ...structuredClone(comment), id: `c${this.nextComment++}` };
    r.comments.push(stored);
    return structuredClone(stored);
  }

  async correctCell(reportId: string, correction: Correction): Promise<void> {
    const r = this.mustGet(reportId);
    r.corrections = r.corrections.filter((c) => c.path !== correction.path);
    if (correction.value !== null) r.corrections.push(structuredClone(correction));
  }

  async setStatus(reportId: string, change: StatusChange): Promise<void> {
    const r = this.mustGet(reportId);
    r.status = change.status;
    r.history.push(structuredClone(change));
  }

  async recheck(reportId: string, findings: StoredFinding[]): Promise<void> {
    this.mustGet(reportId).findings = structuredClone(findings);
  }

  private mustGet(id: string): StoredReport {
    const r = this.reports.get(id);
    if (!r) throw new ServiceError('NOT_FOUND', `找不到报告（编号 ${id}）。`);
    return r;
  }
}
