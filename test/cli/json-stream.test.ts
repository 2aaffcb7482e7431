// `--format json` is written result by result as the batch finishes them: the text must be the
// contract's, byte for byte what formatJson prints of the same results, whatever order they come in.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validChecked } from '../../src/main/batch';
import { checkFile } from '../../src/main/check/check-file';
import { formatJson, jsonWriter } from '../../src/cli/output/json';
import { checkOutputSchema } from '../../src/shared/model/schema';

const sample = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'samples', name);

const written = (run: (w: ReturnType<typeof jsonWriter>) => void): string => {
  let text = '';
  const writer = jsonWriter('9.9.9', (chunk) => (text += chunk));
  run(writer);
  writer.end();
  return text;
};

describe('jsonWriter', () => {
  it('writes what formatJson prints, in input order, for results finished in any order', async () => {
    const checked = (
      await Promise.all(
        [
          '000_a5e6e1e0a8da6139.txt',
          '002_73996fd1531b3677.txt',
          'missing.docx',
          '000_a5e6e1e0a8da6139.txt',
        ].map((f) => checkFile(sample(f))),
      )
    ).map(validChecked);
    expect(checked[2]!.result.error?.code).toBeTruthy();
    const expected = formatJson(checked, '9.9.9');
    const text = written((w) => {
      for (const i of [2, 0, 3, 1]) w.add(i, checked[i]!.result);
    });
    expect(text).toBe(expected);
    expect(checkOutputSchema.parse(JSON.parse(text)).results).toHaveLength(4);
  });

  it('writes an empty batch and one result as formatJson does', async () => {
    expect(written(() => {})).toBe(formatJson([], '9.9.9'));
    const one = validChecked(await checkFile(sample('002_73996fd1531b3677.txt')));
    expect(written((w) => w.add(0, one.result))).toBe(formatJson([one], '9.9.9'));
  });

  it('writes the results of a cancelled batch in order, skipping the files left out', async () => {
    const [a, b] = await Promise.all(
      ['000_a5e6e1e0a8da6139.txt', '002_73996fd1531b3677.txt'].map((f) => checkFile(sample(f))),
    );
    // Files 1 and 2 were never checked: 3 and 0 finished, and come out in input order.
    const text = written((w) => {
      w.add(3, b!.result);
      w.add(0, a!.result);
    });
    expect(text).toBe(formatJson([a!, b!], '9.9.9'));
  });
});
