// The JSON contract of `nianbao check --format json` (report-model.md), validated before printing.
import { validChecked } from '../../main/batch';
import type { CheckedFile } from '../../main/check/check-file';
import type { CheckOutput, FileResult } from '../../shared/model/schema';

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

/**
 * The same text as `formatJson`, byte for byte, written a result at a time as the batch finishes
 * them, so that no batch is held whole (its results, or one string of all of them) to be
 * printed at the end. Results come in any order and are written in input order; `add` takes
 * only results the batch already held to the contract (`runBatch` gives no others).
 */
export const jsonWriter = (version: string, write: (chunk: string) => void) => {
  const tool: CheckOutput['tool'] = { name: 'nianbao', version };
  // `{ "tool": …,` then the array opened: JSON.stringify's own text, so the two cannot differ.
  write(`${JSON.stringify({ tool }, null, 2).slice(0, -2)},\n  "results": [`);
  // Each result's own JSON text, `JSON.stringify(result, null, 2)`, by input index.
  const waiting = new Map<number, string>();
  let next = 0;
  let written = 0;
  // Each result as JSON.stringify prints an element of `results`: indented two levels deeper.
  const print = (json: string): void => {
    const element = json.replaceAll('\n', '\n    ');
    write(`${written++ === 0 ? '\n' : ',\n'}    ${element}`);
  };
  /** Input file `index`'s result as `JSON.stringify(result, null, 2)` (a batch worker prints it). */
  const addJson = (index: number, json: string): void => {
    waiting.set(index, json);
    for (let r = waiting.get(next); r !== undefined; r = waiting.get(next)) {
      waiting.delete(next++);
      print(r);
    }
  };
  return {
    /** The result of input file `index`: written once those before it are. */
    add: (index: number, result: FileResult): void =>
      addJson(index, JSON.stringify(result, null, 2)),
    addJson,
    /** Closes the output; results still waiting (files before them left out) go in order. */
    end: (): void => {
      for (const index of [...waiting.keys()].sort((a, b) => a - b)) print(waiting.get(index)!);
      waiting.clear();
      write(written === 0 ? ']\n}\n' : '\n  ]\n}\n');
    },
  };
};
