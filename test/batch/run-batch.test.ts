import { describe, expect, it } from 'vitest';
import { runBatch, type JsonResult } from '../../src/main/batch';
import { checkFile, type CheckedFile } from '../../src/main/check/check-file';
import { AGENCY, sample } from './support/files';

/** Six reports in three formats, in an order that is not the order they finish in. */
const mixed = [
  sample('004', 'pdf'),
  sample('000', 'txt'),
  sample('002', 'docx'),
  sample('001', 'pdf'),
  sample('003', 'txt'),
  sample('004', 'docx'),
];
const agencies = ['004', '000', '002', '001', '003', '004'].map((n) => AGENCY[n as '000']);

// Each test here starts worker threads that load the checker (and pdf.js): on a loaded machine
// that alone takes tens of seconds, hence the longer time-outs (guards against a hang only).
describe('runBatch with worker threads', () => {
  it('returns results in input order, equal to checking each file in this thread', async () => {
    const outcome = await runBatch(mixed, { concurrency: 2 });
    expect(outcome.cancelled).toBe(false);
    expect(outcome.workersStarted).toBe(2);
    const results = outcome.results as CheckedFile[];
    expect(results.map((r) => r.result.file)).toEqual(mixed);
    expect(results.map((r) => r.result.report?.agency)).toEqual(agencies);
    for (const [i, file] of mixed.entries()) {
      // Structured clone carries the whole result, the Int32Array origin map included.
      expect(results[i]!.doc!.norm.origin).toBeInstanceOf(Int32Array);
      expect(results[i]).toStrictEqual(await checkFile(file));
    }
  }, 120_000);

  it('streams each result once as it finishes, with progress counting up to the total', async () => {
    const seen: Array<[number, CheckedFile]> = [];
    const progress: Array<[number, number]> = [];
    const outcome = await runBatch(mixed, {
      concurrency: 3,
      onResult: (i, checked) => seen.push([i, checked]),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(seen.map(([i]) => i).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    for (const [i, checked] of seen) expect(outcome.results[i]).toBe(checked);
    expect(progress).toEqual(mixed.map((_, i) => [i + 1, mixed.length]));
  }, 120_000);

  it('starts no more workers than asked, nor more than there are files', async () => {
    const files = [sample('000', 'txt'), sample('002', 'txt'), sample('003', 'txt')];
    expect((await runBatch([...files, ...files], { concurrency: 1 })).workersStarted).toBe(1);
    const wide = await runBatch(files, { concurrency: 8 });
    expect(wide.workersStarted).toBe(3);
    expect(wide.results.map((r) => r?.result.report?.agency)).toEqual(
      ['000', '002', '003'].map((n) => AGENCY[n as '000']),
    );
  }, 120_000);

  it('reads one file in one worker, and two in two: the limits hold for any count', async () => {
    const one = await runBatch([sample('000', 'docx')], { concurrency: 4 });
    expect(one.workersStarted).toBe(1);
    expect(one.results[0]?.result.report?.agency).toBe(AGENCY['000']);
    const files = [sample('000', 'docx'), sample('002', 'pdf')];
    const outcome = await runBatch(files, { concurrency: 4 });
    expect(outcome.workersStarted).toBe(2);
    expect(outcome.results.map((r) => r?.result.report?.agency)).toEqual([
      AGENCY['000'],
      AGENCY['002'],
    ]);
  }, 120_000);

  it('still checks in this thread when asked to (poolFrom), without a pool', async () => {
    const files = [sample('000', 'docx'), sample('002', 'pdf')];
    const outcome = await runBatch(files, { concurrency: 4, poolFrom: 3 });
    expect(outcome.workersStarted).toBe(0);
    expect(outcome.results.map((r) => r?.result.report?.agency)).toEqual([
      AGENCY['000'],
      AGENCY['002'],
    ]);
  });

  it('gives a file that cannot be read its error entry and goes on', async () => {
    const files = [sample('000', 'txt'), '/nonexistent/报告.docx', sample('004', 'txt')];
    const outcome = await runBatch(files, { concurrency: 2 });
    expect(outcome.workersStarted).toBeGreaterThan(0);
    expect(outcome.results[1]!.result.error?.code).toBe('NOT_FOUND');
    expect(outcome.results[1]!.result.error?.message).toContain('找不到文件「报告.docx」');
    expect(outcome.results[2]!.result.report?.agency).toBe(AGENCY['004']);
  });
});

describe('results as JSON text (onResultJson)', () => {
  const files = [sample('001', 'pdf'), '/nonexistent/报告.docx', sample('003', 'txt')];
  /** What printing each result object gives, and whether the command fails on it. */
  const expected = async () =>
    Promise.all(
      files.map(async (f) => {
        const { result } = await checkFile(f);
        const failed = result.error !== null || result.findings.some((x) => x.severity === 'error');
        return { text: JSON.stringify(result, null, 2), failed };
      }),
    );

  for (const [where, poolFrom] of [
    ['printed by the workers', 1],
    ['printed in this thread', 9],
  ] as const) {
    it(`gives the text of printing each result object, ${where}`, async () => {
      const seen: Array<[number, JsonResult]> = [];
      let onResult = 0;
      const outcome = await runBatch(files, {
        concurrency: 2,
        poolFrom,
        onResultJson: (i, json) => seen.push([i, json]),
        onResult: () => onResult++,
      });
      expect(outcome.workersStarted > 0).toBe(poolFrom === 1);
      expect(outcome.results).toEqual([null, null, null]);
      expect(onResult).toBe(0);
      const byIndex = seen.sort(([a], [b]) => a - b).map(([, j]) => j);
      expect(byIndex).toEqual(await expected());
      expect(byIndex.map((j) => j.failed)).toContain(true);
      expect(JSON.parse(byIndex[0]!.text).report.agency).toBe(AGENCY['001']);
    }, 120_000);
  }
});

describe('cancelling a batch', () => {
  it('stops mid-batch: running workers end, pending files are not started', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const outcome = await runBatch(mixed, {
      concurrency: 2,
      signal: controller.signal,
      onResult: (i) => {
        seen.push(i);
        controller.abort();
      },
    });
    expect(outcome.cancelled).toBe(true);
    // The abort is handled before anything else arrives: one file done, the rest left out.
    expect(seen).toHaveLength(1);
    const done = outcome.results.flatMap((r, i) => (r ? [i] : []));
    expect(done).toEqual(seen);
    expect(outcome.results[seen[0]!]!.result.report?.agency).toBe(agencies[seen[0]!]);
  });

  it('starts nothing when cancelled before it begins', async () => {
    const outcome = await runBatch(mixed, { signal: AbortSignal.abort() });
    expect(outcome).toEqual({ results: mixed.map(() => null), cancelled: true, workersStarted: 0 });
  });

  it('stops between files when running in this thread', async () => {
    const controller = new AbortController();
    const files = [sample('000', 'txt'), sample('002', 'txt')];
    const outcome = await runBatch(files, {
      poolFrom: 3,
      signal: controller.signal,
      onResult: () => controller.abort(),
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.results[0]?.result.report?.agency).toBe(AGENCY['000']);
    expect(outcome.results[1]).toBeNull();
  });
});
