// `--format csv`: the issue list the app exports, with the same columns, one row per finding, and
// a row for each file that could not be read. UTF-8 with a BOM so that Excel reads Chinese.
import type { CheckedFile } from '../../main/check/check-file';
import { entryFromChecked, issueRows, issueRowsCsv, unreadableRow } from '../../main/export';
import type { IssueRow } from '../../main/export';

/** What the CSV keeps of one file: its rows, or the row saying it could not be read. */
export interface CsvPart {
  rows: IssueRow[];
  unreadable: IssueRow[];
}

export const csvPart = (f: CheckedFile): CsvPart => {
  const entry = entryFromChecked(f);
  return {
    rows: entry ? issueRows(entry, { scope: 'all' }) : [],
    unreadable: f.result.error ? [unreadableRow(f.result.file, f.result.error)] : [],
  };
};

/** The CSV of the files' parts in input order: the reports' rows, then the unreadable files'. */
export const csvOf = (parts: readonly CsvPart[]): string =>
  issueRowsCsv([...parts.flatMap((p) => p.rows), ...parts.flatMap((p) => p.unreadable)]);

export const formatCsv = (files: readonly CheckedFile[]): string => csvOf(files.map(csvPart));
