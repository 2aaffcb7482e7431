// `nianbao annotate FILE [--out FILE] [--reviewer NAME]`: the report returned with its problems
// marked — Word comments in a .docx, highlights in a PDF, a .docx made from a text file.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { checkFile } from '../../main/check/check-file';
import { annotateReport, entryFromChecked } from '../../main/export';
import type { RuleProfile } from '../../shared/rules/config';

export interface AnnotateArgs {
  file: string;
  out: string | null;
  reviewer: string;
}

/** Where the annotated file goes when --out is not given: beside the original, "…（审核批注）". */
export const defaultAnnotatedPath = (file: string, extension: string): string =>
  join(dirname(file), `${basename(file, extname(file))}（审核批注）.${extension}`);

/** Runs the command; returns the exit status and what to print. */
export const runAnnotate = async (
  args: AnnotateArgs,
  profile: RuleProfile | undefined,
): Promise<{ code: number; message: string }> => {
  const checked = await checkFile(args.file, { profile });
  if (checked.result.error) {
    return {
      code: 1,
      message: `${args.file}: 无法读取 [${checked.result.error.code}] ${checked.result.error.message}`,
    };
  }
  const entry = entryFromChecked(checked);
  if (!entry) return { code: 1, message: `${args.file}: 无法生成批注版` };
  const original =
    checked.result.format === 'txt' ? null : new Uint8Array(await readFile(args.file));
  const annotated = await annotateReport(original, entry, {
    reviewer: args.reviewer,
    scope: 'all',
  });
  if (!annotated.ok) return { code: 1, message: `${args.file}: ${annotated.error.message}` };
  const out = args.out ?? defaultAnnotatedPath(args.file, annotated.value.extension);
  await writeFile(out, annotated.value.bytes);
  const unplaced =
    annotated.value.unplaced > 0
      ? `，其中 ${annotated.value.unplaced} 条无法定位到原文，已放在文首`
      : '';
  return { code: 0, message: `${out}: 已写入 ${annotated.value.notes} 条批注${unplaced}` };
};
