// One result that breaks the JSON contract (a non-finite number, say) becomes that file's error
// entry: the batch's other results are still printed, and the reviewer sees no engine text.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { formatJson } from '../../src/cli/output/json';
import { checkOutputSchema } from '../../src/shared/model/schema';

const sample = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'samples', name);

describe('formatJson with a result the contract refuses', () => {
  it('prints the others and an INTERNAL_ERROR entry for it, the problem logged', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'nianbao-log-')), 'nianbao-error.log');
    process.env['NIANBAO_ERROR_LOG'] = log;
    const good = await checkFile(sample('000_a5e6e1e0a8da6139.txt'));
    const bad = await checkFile(sample('002_73996fd1531b3677.txt'));
    const cell = Object.values(bad.result.report!.cells)[0]!;
    cell.value = Number.POSITIVE_INFINITY;
    const out = checkOutputSchema.parse(JSON.parse(formatJson([good, bad], 'test')));
    expect(out.results[0]).toEqual(good.result);
    expect(out.results[1]).toMatchObject({
      file: bad.result.file,
      report: null,
      error: { code: 'INTERNAL_ERROR' },
    });
    expect(out.results[1]!.error!.message).toContain(
      '检查文件「002_73996fd1531b3677.txt」时发生程序内部错误（已记录）',
    );
    expect(readFileSync(log, 'utf8')).toContain('检查结果不符合约定格式');
  });
});
