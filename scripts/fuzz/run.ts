// `npm run fuzz -- --count 2000 [--seed N] [--batch 50] [--dir DIR]`: the fuzz suite at length.
// Cases are reproducible from (seed, index); the files stay in DIR for a failing case.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from '../../test/support/fuzz/run';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    seed: { type: 'string', default: '20261205' },
    batch: { type: 'string', default: '50' },
    dir: { type: 'string' },
  },
});
const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'nianbao-fuzz-'));
const started = Date.now();
const report = await runFuzz({
  count: Number(values.count),
  seed: Number(values.seed),
  batch: Number(values.batch),
  dir,
  onBatch: (done, total, soFar) =>
    process.stderr.write(
      `已检查 ${done}/${total}（${Math.round((Date.now() - started) / 1000)} 秒）` +
        ` 报告 ${soFar.reports}，错误 ${JSON.stringify(soFar.errors)}，` +
        `失败 ${soFar.failures.length}，峰值 ${soFar.peakRssMb} MB\n`,
    ),
});
console.log(
  JSON.stringify({ dir, seconds: Math.round((Date.now() - started) / 1000), ...report }, null, 2),
);
process.exitCode = report.failures.length > 0 ? 1 : 0;
