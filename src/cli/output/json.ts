// The JSON contract of `nianbao check --format json` (report-model.md), validated before printing.
import { checkOutputSchema, type CheckOutput } from '../../shared/model/schema';
import type { CheckedFile } from '../../main/check/check-file';

export const formatJson = (files: readonly CheckedFile[], version: string): string => {
  const output: CheckOutput = {
    tool: { name: 'nianbao', version },
    results: files.map((f) => f.result),
  };
  // The contract is what outside scripts rely on: never print something that breaks it.
  return JSON.stringify(checkOutputSchema.parse(output), null, 2) + '\n';
};
