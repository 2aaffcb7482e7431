// The issue list as CSV: same columns as the workbook, UTF-8 with a BOM so Excel reads Chinese.
import { batchIssueRows, issueColumns, type IssueListOptions, type IssueRow } from './issue-rows';
import type { ReportEntry } from './types';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, since
 * quoted report text ends up in Excel.
 */
export const csvField = (value: string | number): string => {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * Writes the issue list of one report or a batch as CSV text (with BOM, CRLF line ends);
 * `more` rows (files that could not be read) follow the reports'.
 */
export const formatIssueCsv = (
  entries: readonly ReportEntry[],
  options: IssueListOptions = {},
  more: readonly IssueRow[] = [],
): string => issueRowsCsv([...batchIssueRows(entries, options), ...more]);

/** The CSV of rows already made (a caller that keeps each report's rows, not the report). */
export const issueRowsCsv = (rows: readonly IssueRow[]): string => {
  const lines = [issueColumns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) {
    lines.push(issueColumns.map((c) => csvField(row[c.key])).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
};

/** The CSV as UTF-8 bytes, ready to write. */
export const writeIssueCsv = (
  entries: readonly ReportEntry[],
  options: IssueListOptions = {},
): Uint8Array => new TextEncoder().encode(formatIssueCsv(entries, options));
