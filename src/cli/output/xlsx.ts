// `--format xlsx`: the same issue list the app exports (one row per finding, summary sheet).
import { writeFile } from 'node:fs/promises';
import type { CheckedFile } from '../../main/check/check-file';
import { entryFromChecked, writeIssueXlsx } from '../../main/export';

/** Writes the workbook; files that could not be read have nothing to list (see text output). */
export const writeXlsx = async (files: readonly CheckedFile[], out: string): Promise<void> => {
  const entries = files.map((f) => entryFromChecked(f)).filter((e) => e !== null);
  await writeFile(out, await writeIssueXlsx(entries, { scope: 'all' }));
};
