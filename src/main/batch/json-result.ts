// A file's contract result as JSON text, printed where it was checked. For a caller that only
// writes the JSON contract (`nianbao check --format json`), a worker sends this string instead
// of the result object: structured-cloning a result (~60 KB: the report's text, cells, spans,
// findings) to the pool's thread, then printing it there, cost that thread more CPU than the
// string, and it shares the machine's cores with the workers.
import type { FileResult } from '../../shared/model/schema';
import type { CheckedFile } from '../check/check-file';

export interface JsonResult {
  /** `JSON.stringify(result, null, 2)` of the file's result, held to the contract. */
  text: string;
  /** The file could not be read, or a finding is an error: the command's exit status. */
  failed: boolean;
}

/** The file could not be read, or one of its findings has severity error. */
export const resultFailed = (r: FileResult): boolean =>
  r.error !== null || r.findings.some((f) => f.severity === 'error');

/** The JSON text of a checked file's result (one already held to the contract). */
export const jsonResult = (checked: CheckedFile): JsonResult => ({
  text: JSON.stringify(checked.result, null, 2),
  failed: resultFailed(checked.result),
});
