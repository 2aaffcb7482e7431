// The JSON contract of `nianbao check --format json` (report-model.md), validated before printing.
import { checkOutputSchema, type CheckOutput } from '../../shared/model/schema';
import type { CheckedFile } from '../../main/check/check-file';

export const formatJson = (files: readonly CheckedFile[], version: string): string => {
  const output: CheckOutput = {
    tool: { name: 'nianbao', version },
    results: files.map((f) => f.result),
  };
  // The contract is what outside scripts rely on: never print something that breaks it. The
  // check does not replace the output (parse would copy every result of a large batch).
  const checked = checkOutputSchema.safeParse(output);
  if (!checked.success)
    throw new Error(`输出不符合约定的 JSON 格式：${checked.error.issues[0]?.message ?? ''}`);
  return JSON.stringify(output, null, 2) + '\n';
};
