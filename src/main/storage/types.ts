// Records the workspace hands out: the shared review records plus what only storage knows.
import type {
  Comment,
  Correction,
  Decision,
  ReportSummary,
  ReviewFinding,
  StatusChange,
} from '../../shared/ipc/review';
import type { Report } from '../../shared/model/schema';
import type { SourceGrid, SourceSegment } from '../../shared/model/source';

/** A line of the batch view, with the report's version among its agency and year. */
export interface WorkspaceSummary extends ReportSummary {
  /** 1 for the first report of an agency and year, 2 for the next one imported, … */
  version: number;
  /** The file the register shows for this file's submission (the .docx and its .pdf: one). */
  submissionId: string;
  /** The normalized agency key (merged keys resolved), null when no agency was read. */
  agencyKey: string | null;
  /** sha256 of the document (hex). */
  hash: string;
  /** Where the file was read from, when known. */
  sourcePath: string | null;
}

/** Everything stored about one report (a superset of the IPC `ReportDetail`). */
export interface StoredReport {
  summary: WorkspaceSummary;
  /** The extracted text the parser read. */
  raw: string;
  notes: string[];
  segments: SourceSegment[];
  /** Tables whose columns the extractor knew (ExtractedDocument.grids). */
  grids: SourceGrid[];
  /** The parsed report (null when the file could not be read). */
  report: Report | null;
  findings: ReviewFinding[];
  /** Decisions whose finding no longer exists after a re-check, kept in case it returns. */
  orphanedDecisions: Decision[];
  comments: Comment[];
  /** Corrections in force (withdrawn ones are kept only for merging). */
  corrections: Correction[];
  history: StatusChange[];
}

/** A file of a submission, as the register's history lists it. */
export interface RegisterFile {
  id: string;
  fileName: string;
  format: string;
  importedAt: string;
}

/** A line of the register: one agency and year, showing its latest version. */
export interface RegisterEntry {
  /** The file shown for the latest version (decisions and counts are this file's). */
  summary: WorkspaceSummary;
  /** Every version (submission) of the agency and year, oldest first, with its files. */
  versions: Array<{ version: number; submissionId: string; files: RegisterFile[] }>;
}

export interface ImportResult {
  id: string;
  version: number;
  agencyKey: string | null;
  /** True when the same document (by sha256) was already in the workspace: nothing changed. */
  duplicate: boolean;
  /** The report this one is a new version of, if any. */
  previousVersionId: string | null;
  /** The file the register shows for this file's submission (this one, or the first of it). */
  submissionId: string;
  /** Files of the submission now (2 when this is the .pdf of a .docx already imported). */
  files: number;
  /** Keys merged automatically because one was the short form of the other. */
  agencyMerged: Array<{ from: string; into: string }>;
}

export interface RecheckResult {
  findings: number;
  /** Fingerprints that are new since the last check. */
  added: string[];
  /** Fingerprints that disappeared. */
  removed: string[];
  /** Decisions still attached to a finding. */
  kept: Decision[];
  /** Decisions whose finding is gone (kept in the file, reported here). */
  orphaned: Decision[];
}

/** What changed between two versions of one agency's report of one year. */
export interface VersionComparison {
  from: WorkspaceSummary;
  to: WorkspaceSummary;
  /** In the older version only. */
  fixed: ReviewFinding[];
  /** In both; the finding and decision as in the newer one, `before` the older decision. */
  stillOpen: Array<ReviewFinding & { before: Decision | null }>;
  /** In the newer version only. */
  new: ReviewFinding[];
}

export interface AgencyInfo {
  key: string;
  /** Agency names as written in the reports. */
  names: string[];
  years: number[];
  /** Submissions (every version counts; the files of one submission count once). */
  reports: number;
  /** Files of those submissions. */
  files: number;
  /** Keys merged into this one (by hand or automatically). */
  aliases: Array<{ alias: string; auto: boolean }>;
}

export interface ExchangeResult {
  /** Reports new to this workspace. */
  added: number;
  /** Reports both sides held, whose review records were merged. */
  merged: number;
  decisions: { added: number; updated: number };
  comments: number;
  corrections: { added: number; updated: number };
  statusChanges: number;
}
