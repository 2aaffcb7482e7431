// What the review service keeps per report, and the small storage interface it needs. The
// in-memory store implements it today; the SQLite workspace (src/main/storage) plugs in later.
import type { FileError, Finding } from '../../shared/model/schema';
import type { SourceSegment } from '../../shared/model/source';
import type {
  Comment,
  Correction,
  Decision,
  ReportStatus,
  StatusChange,
} from '../../shared/ipc/review';

/** A finding with its report-unique fingerprint (see uniqueFingerprints). */
export type StoredFinding = Finding & { fingerprint: string };

export interface StoredReport {
  id: string;
  /** Absolute path the file was read from. */
  path: string;
  fileName: string;
  format: string;
  /** Set when the file could not be read (then `raw` is empty and there are no findings). */
  error: FileError | null;
  agency: string | null;
  year: number | null;
  title: string | null;
  /** The extracted text the parser reads. */
  raw: string;
  notes: string[];
  /** The current findings, after the reviewer's corrections. */
  findings: StoredFinding[];
  /** Decisions by fingerprint; a decision whose finding disappeared is kept (orphaned). */
  decisions: Decision[];
  comments: Comment[];
  corrections: Correction[];
  status: ReportStatus;
  history: StatusChange[];
  importedAt: string;
}

/** The submitted file as it was read: what the 原文 view and the annotated export work on. */
export interface OriginalDocument {
  bytes: Uint8Array;
  /** Map from the extracted text (`raw`) back to the file: pages and boxes, paragraphs, cells. */
  segments: SourceSegment[];
}

/** What an import hands to the store; the review state starts empty and pending. */
export type NewReport = Omit<
  StoredReport,
  'id' | 'decisions' | 'comments' | 'corrections' | 'status' | 'history'
> & {
  /** The original file, kept so the review does not depend on the file staying where it was. */
  original?: OriginalDocument;
};

/**
 * Storage as the review service sees it. Every method is one reviewer action (one transaction
 * in a database); results are copies, so callers cannot change stored state by mutation.
 */
export interface ReviewStore {
  importReport(input: NewReport): Promise<StoredReport>;
  /** The original file kept at import, or null when the store has none for the report. */
  originalOf?(id: string): Promise<OriginalDocument | null>;
  listReports(): Promise<StoredReport[]>;
  getReport(id: string): Promise<StoredReport | null>;
  /** Records (or replaces) the decision on one finding. */
  decide(reportId: string, decision: Decision): Promise<void>;
  addComment(reportId: string, comment: Omit<Comment, 'id'>): Promise<Comment>;
  /** Records a corrected cell; a correction with `value: null` withdraws the earlier one. */
  correctCell(reportId: string, correction: Correction): Promise<void>;
  setStatus(reportId: string, change: StatusChange): Promise<void>;
  /** Replaces the findings after a re-check; decisions stay keyed by fingerprint. */
  recheck(reportId: string, findings: StoredFinding[]): Promise<void>;
}
