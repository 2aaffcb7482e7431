// The workspace behind the review service's ReviewStore interface, so the app keeps its work on disk.
import { createHash } from 'node:crypto';
import type { Comment, Correction, Decision, StatusChange } from '../../shared/ipc/review';
import { parseReport } from '../../shared/parser';
import { ServiceError } from './errors';
import type {
  NewReport,
  OriginalDocument,
  ReviewStore,
  StoredFinding,
  StoredReport,
} from './store';
import { WorkspaceError } from '../storage/errors';
import type { StoredReport as WorkspaceReport } from '../storage/types';
import type { Workspace } from '../storage/workspace';

const ipcCode = { NOT_WORKSPACE: 'CONFLICT', TOO_NEW: 'CONFLICT', IO_ERROR: 'INTERNAL' } as const;

/** Runs a workspace call, turning its errors into the service's (same Chinese message). */
const call = <T>(fn: () => T): Promise<T> => {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    if (!(error instanceof WorkspaceError)) return Promise.reject(error);
    const code = error.code in ipcCode ? ipcCode[error.code as keyof typeof ipcCode] : error.code;
    return Promise.reject(new ServiceError(code as ServiceError['code'], error.message));
  }
};

const withoutPrint = ({ fingerprint: _f, ...finding }: StoredFinding) => finding;

const toStored = (r: WorkspaceReport): StoredReport => ({
  id: r.summary.id,
  path: r.summary.sourcePath ?? '',
  fileName: r.summary.fileName,
  format: r.summary.format,
  error: r.summary.error,
  agency: r.summary.agency,
  year: r.summary.year,
  title: r.summary.title,
  raw: r.raw,
  notes: r.notes,
  findings: r.findings.map(({ decision: _d, ...f }) => f),
  decisions: [
    ...r.findings.flatMap((f) => (f.decision ? [f.decision] : [])),
    ...r.orphanedDecisions,
  ],
  comments: r.comments,
  corrections: r.corrections,
  status: r.summary.status,
  history: r.history,
  importedAt: r.summary.importedAt,
});

/**
 * `ReviewStore` over a `Workspace`. A document is identified by the sha256 of its bytes (or, when
 * the service has none, of its extracted text; a file that could not be read, by its path).
 * The workspace stamps its own times and starts the review on the first action itself, so a
 * status change to the status a report already has is taken as done.
 */
export class WorkspaceReviewStore implements ReviewStore {
  constructor(private readonly ws: Workspace) {}

  importReport(input: NewReport): Promise<StoredReport> {
    return call(() => {
      const identity = input.error ? `error\0${input.path}` : `${input.format}\0${input.raw}`;
      const { id } = this.ws.importReport({
        name: input.fileName,
        format: input.format,
        path: input.path,
        // The file's own bytes identify it when the service hands them over; else its text.
        ...(input.original
          ? { bytes: input.original.bytes }
          : { hash: createHash('sha256').update(identity).digest('hex') }),
        extracted: input.error
          ? null
          : {
              format: input.format,
              text: input.raw,
              segments: input.original?.segments ?? [],
              notes: input.notes,
            },
        parsed: input.error ? null : parseReport(input.raw).report,
        error: input.error,
        findings: input.findings.map(withoutPrint),
      });
      return toStored(this.ws.getReport(id));
    });
  }

  originalOf(id: string): Promise<OriginalDocument | null> {
    return call(() => {
      const bytes = this.ws.getDocumentBytes(id);
      return bytes ? { bytes, segments: this.ws.getReport(id).segments } : null;
    });
  }

  listReports(): Promise<StoredReport[]> {
    return call(() => this.ws.listReports().map((s) => toStored(this.ws.getReport(s.id))));
  }

  async getReport(id: string): Promise<StoredReport | null> {
    try {
      return toStored(this.ws.getReport(id));
    } catch (error) {
      if (error instanceof WorkspaceError && error.code === 'NOT_FOUND') return null;
      return call(() => {
        throw error;
      });
    }
  }

  decide(reportId: string, d: Decision): Promise<void> {
    return call(() => {
      this.ws.decide(reportId, d.fingerprint, d.decision, d.reason, d.reviewer);
    });
  }

  addComment(reportId: string, c: Omit<Comment, 'id'>): Promise<Comment> {
    return call(() => this.ws.addComment(reportId, c.span, c.text, c.reviewer));
  }

  correctCell(reportId: string, c: Correction): Promise<void> {
    return call(() => {
      this.ws.correctCell(reportId, c.path, c.value, c.reviewer);
    });
  }

  setStatus(reportId: string, change: StatusChange): Promise<void> {
    return call(() => {
      if (this.ws.getReport(reportId).summary.status === change.status) return;
      this.ws.setStatus(reportId, change.status, change.reviewer, change.note);
    });
  }

  recheck(reportId: string, findings: StoredFinding[]): Promise<void> {
    return call(() => {
      this.ws.recheck(reportId, findings.map(withoutPrint));
    });
  }
}
