// `--format xlsx`: the same issue list the app exports (one row per finding, summary sheet).
import { writeFile } from 'node:fs/promises';
import type { CheckedFile } from '../../main/check/check-file';
import { entryFromChecked, issueRows, issueRowsXlsx, type IssueRow } from '../../main/export';

/** What the workbook keeps of one file: its rows and, for the summary, which report it is. */
export interface XlsxPart {
  rows: IssueRow[];
  report: { agency: string | null; year: number | null; file: string } | null;
}

/** Files that could not be read have nothing to list (see text output). */
export const xlsxPart = (f: CheckedFile): XlsxPart => {
  const entry = entryFromChecked(f);
  if (!entry) return { rows: [], report: null };
  return {
    rows: issueRows(entry, { scope: 'all' }),
    report: { agency: entry.agency, year: entry.year, file: entry.fileName },
  };
};

/** Writes the workbook of the files' parts in input order. */
export const writeXlsxParts = async (parts: readonly XlsxPart[], out: string): Promise<void> => {
  const reports = parts.flatMap((p) => (p.report ? [p.report] : []));
  await writeFile(
    out,
    await issueRowsXlsx(
      parts.flatMap((p) => p.rows),
      reports,
    ),
  );
};

export const writeXlsx = async (files: readonly CheckedFile[], out: string): Promise<void> =>
  writeXlsxParts(files.map(xlsxPart), out);
