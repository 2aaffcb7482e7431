// Reading rows of node:sqlite into typed records: values come back as loose SQL values.
import type { DatabaseSync, SQLOutputValue } from 'node:sqlite';
import type {
  Comment,
  Correction,
  Decision,
  DecisionKind,
  ReportStatus,
  StatusChange,
} from '../../shared/ipc/review';
import type { FileError, Report } from '../../shared/model/schema';
import { WorkspaceError } from './errors';
import type { EncodedParse } from './parse-codec';

type Row = Record<string, SQLOutputValue>;

export const str = (v: SQLOutputValue | undefined): string => (v == null ? '' : String(v));
export const strOrNull = (v: SQLOutputValue | undefined): string | null =>
  v == null ? null : String(v);
export const num = (v: SQLOutputValue | undefined): number => Number(v ?? 0);
export const numOrNull = (v: SQLOutputValue | undefined): number | null =>
  v == null ? null : Number(v);
export const json = <T>(v: SQLOutputValue | undefined, fallback: T): T =>
  v == null ? fallback : (JSON.parse(String(v)) as T);

/** A report with its document's name, format and hash (no texts: those are loaded on demand). */
export interface ReportRow {
  id: number;
  name: string;
  format: string;
  hash: string;
  sourcePath: string | null;
  agency: string | null;
  agencyKey: string | null;
  year: number | null;
  title: string | null;
  version: number;
  /** The file shown for the report's submission (its own id when it is that file). */
  submission: number;
  parsed: Report | null;
  error: FileError | null;
  status: ReportStatus;
  importedAt: string;
  checkedAt: string;
}

const COLUMNS = `r.id, d.name, d.format, d.hash, d.source_path, r.agency, r.agency_key, r.year, r.title,
  r.version, COALESCE(r.submission, r.id) AS submission, r.error, r.status, r.imported_at,
  r.checked_at`;
const FROM = 'FROM reports r JOIN documents d ON d.id = r.document_id';

/** Columns and join of a full report row ("SELECT ${REPORT_COLUMNS} WHERE …"). */
export const REPORT_COLUMNS = `${COLUMNS}, r.parsed ${FROM}`;
/** The same without the parsed report (its text is large): for summaries; `parsed` is null. */
export const SUMMARY_COLUMNS = `${COLUMNS} ${FROM}`;

export const toReportRow = (r: Row): ReportRow => ({
  id: num(r.id),
  name: str(r.name),
  format: str(r.format),
  hash: str(r.hash),
  sourcePath: strOrNull(r.source_path),
  agency: strOrNull(r.agency),
  agencyKey: strOrNull(r.agency_key),
  year: numOrNull(r.year),
  title: strOrNull(r.title),
  version: num(r.version),
  submission: num(r.submission),
  parsed: json<Report | null>(r.parsed, null),
  error: json<FileError | null>(r.error, null),
  status: str(r.status) as ReportStatus,
  importedAt: str(r.imported_at),
  checkedAt: str(r.checked_at),
});

/** The external id of a report ("12"); ids cross IPC as strings. */
export const externalId = (id: number): string => String(id);

/** Parses an external id; anything else is a report that does not exist. */
export const internalId = (id: string): number => {
  if (!/^[1-9]\d{0,15}$/.test(id)) {
    throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告。`);
  }
  return Number(id);
};

/** Loads one report or throws NOT_FOUND. */
export const loadReport = (db: DatabaseSync, id: number): ReportRow => {
  const row = db.prepare(`SELECT ${REPORT_COLUMNS} WHERE r.id = ?`).get(id);
  if (!row) throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告，可能已被删除。`);
  return toReportRow(row);
};

/**
 * A report's agency key and year, without its text: what finding last year's report and the
 * year's peers needs (asked for every peer when a year's reports are judged again).
 */
export const loadPlace = (db: DatabaseSync, id: number): Pick<ReportRow, 'agencyKey' | 'year'> => {
  const row = db.prepare('SELECT agency_key, year FROM reports WHERE id = ?').get(id);
  if (!row) throw new WorkspaceError('NOT_FOUND', `找不到编号为「${id}」的报告，可能已被删除。`);
  return { agencyKey: strOrNull(row.agency_key), year: numOrNull(row.year) };
};

export const toDecision = (r: Row): Decision => ({
  fingerprint: str(r.fingerprint),
  decision: str(r.decision) as DecisionKind,
  reason: strOrNull(r.reason),
  reviewer: str(r.reviewer),
  at: str(r.at),
});

export const toComment = (r: Row): Comment => ({
  id: str(r.id),
  span: [num(r.start), num(r.end)],
  quote: str(r.quote),
  text: str(r.text),
  reviewer: str(r.reviewer),
  at: str(r.at),
});

export const toCorrection = (r: Row): Correction => ({
  path: str(r.path),
  value: numOrNull(r.value),
  original: numOrNull(r.original),
  originalRaw: str(r.original_raw),
  reviewer: str(r.reviewer),
  at: str(r.at),
});

export const toStatusChange = (r: Row): StatusChange => ({
  status: str(r.status) as ReportStatus,
  note: strOrNull(r.note),
  reviewer: str(r.reviewer),
  at: str(r.at),
});

/** The stored parse of a report beyond its `report`; null when there is none (an older file). */
export const storedParse = (db: DatabaseSync, id: number): EncodedParse | null => {
  const row = db.prepare('SELECT analysis, origin FROM reports WHERE id = ?').get(id);
  return row?.analysis == null || !(row.origin instanceof Uint8Array)
    ? null
    : { analysis: String(row.analysis), origin: row.origin };
};
