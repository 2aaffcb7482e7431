// `--format csv`: the issue list the app exports, with the same columns, one row per finding, and
// a row for each file that could not be read. UTF-8 with a BOM so that Excel reads Chinese.
import type { CheckedFile } from '../../main/check/check-file';
import { entryFromChecked, formatIssueCsv, unreadableRow } from '../../main/export';

export const formatCsv = (files: readonly CheckedFile[]): string => {
  const entries = files.map((f) => entryFromChecked(f)).filter((e) => e !== null);
  const unreadable = files.flatMap(({ result }) =>
    result.error ? [unreadableRow(result.file, result.error)] : [],
  );
  return formatIssueCsv(entries, { scope: 'all' }, unreadable);
};
