// The JSON contract of `nianbao check --format json` (report-model.md), validated before printing.
import { validChecked } from '../../main/batch';
import type { CheckedFile } from '../../main/check/check-file';
import type { CheckOutput } from '../../shared/model/schema';

export const formatJson = (files: readonly CheckedFile[], version: string): string => {
  // The contract is what outside scripts rely on: never print something that breaks it. Each
  // result is checked on its own, so that one that does not fit becomes that file's error
  // entry and the batch's other results are still printed.
  const output: CheckOutput = {
    tool: { name: 'nianbao', version },
    results: files.map((f) => validChecked(f).result),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
