// `--format csv|xlsx|text` keep each file's rows or lines as it finishes, not the file: the output
// must be what the issue list of the whole files gives (the app's export of the same entries),
// in input order whatever order the files finish in, with the unreadable ones as before.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { validChecked } from '../../src/main/batch';
import { checkFile, type CheckedFile } from '../../src/main/check/check-file';
import {
  entryFromChecked,
  formatIssueCsv,
  unreadableRow,
  writeIssueXlsx,
} from '../../src/main/export';
import { main } from '../../src/cli/main';
import { keptOutput } from '../../src/cli/output/kept';
import { formatText } from '../../src/cli/output/text';

const sample = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'samples', name);
const files = [
  sample('004_e6a1a50ddf61be61.txt'),
  sample('000_a5e6e1e0a8da6139.docx'),
  sample('missing.docx'),
  sample('003_bd471127bf420aa0.pdf'),
  sample('002_73996fd1531b3677.txt'),
];

let once: Promise<CheckedFile[]> | null = null;
/** Each file checked whole, in this thread (once for both tests). */
const checkedAll = (): Promise<CheckedFile[]> =>
  (once ??= Promise.all(files.map((f) => checkFile(f))).then((c) => c.map(validChecked)));

const SLOW = 240_000;

/** The whole files' issue list, as the CLI wrote it before: entries, then unreadable rows. */
const wholeCsv = (checked: readonly CheckedFile[]): string =>
  formatIssueCsv(
    checked.flatMap((f) => entryFromChecked(f) ?? []),
    { scope: 'all' },
    checked.flatMap(({ result }) =>
      result.error ? [unreadableRow(result.file, result.error)] : [],
    ),
  );

/** A workbook's sheets and shared strings (its zip's dates and creation time left out). */
const sheets = async (bytes: Uint8Array): Promise<Record<string, string>> => {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort())
    if (/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name))
      out[name] = await zip.file(name)!.async('string');
  return out;
};

const added = (format: 'csv' | 'text' | 'xlsx', checked: readonly CheckedFile[]) => {
  const kept = keptOutput(format);
  // Finished out of order, as the pool hands them back.
  for (const i of [3, 0, 4, 2, 1]) kept.add(i, checked[i]!);
  return kept;
};

describe('csv, xlsx and text output kept file by file', () => {
  it(
    'write what the whole files give, in input order',
    async () => {
      const checked = await checkedAll();
      expect(checked[2]!.result.error).not.toBeNull();
      const csv = added('csv', checked).text();
      expect(csv).toBe(wholeCsv(checked));
      expect(csv).toContain('missing.docx');
      expect(added('text', checked).text()).toBe(formatText(checked));

      const out = join(mkdtempSync(join(tmpdir(), 'nianbao-kept-')), '问题清单.xlsx');
      await added('xlsx', checked).xlsx(out);
      const whole = await writeIssueXlsx(
        checked.flatMap((f) => entryFromChecked(f) ?? []),
        { scope: 'all' },
      );
      const got = await sheets(new Uint8Array(readFileSync(out)));
      expect(Object.keys(got).length).toBeGreaterThanOrEqual(3);
      expect(got).toEqual(await sheets(whole));
    },
    SLOW,
  );

  it(
    'nianbao check writes the same through the batch',
    async () => {
      const checked = await checkedAll();
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-kept-cli-'));
      const io = { stdout: () => {}, stderr: () => {} };
      const csv = join(dir, 'out.csv');
      const code = await main(['check', '--format', 'csv', '--out', csv, ...files], io);
      // An unreadable file: exit status 1.
      expect(code).toBe(1);
      expect(readFileSync(csv, 'utf8')).toBe(wholeCsv(checked));
    },
    SLOW,
  );
});
