import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type JsonResult } from '../../src/main/batch';
import { checkFile } from '../../src/main/check/check-file';
import { AGENCY, sample } from './support/files';

const faulty = join(import.meta.dirname, 'support', 'faulty-worker.ts');
const broken = join(import.meta.dirname, 'support', 'broken-worker.mjs');

// Internal errors are logged here, not into the machine's temp folder (workers inherit it).
const errorLog = join(mkdtempSync(join(tmpdir(), 'nianbao-log-')), 'nianbao-error.log');
process.env['NIANBAO_ERROR_LOG'] = errorLog;

/** A copy of a good sample under a name the faulty worker misbehaves on (*.crash.txt …). */
const misbehaving = (kind: 'crash' | 'exit' | 'hang' | 'oom' | 'inf'): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-batch-')), `年报.${kind}.txt`);
  copyFileSync(sample('001', 'txt'), file);
  return file;
};

describe('a worker that fails on one file', () => {
  it('gives a crashing file an INTERNAL_ERROR entry (stack logged), replaces the worker and goes on', async () => {
    const files = [
      sample('000', 'txt'),
      misbehaving('crash'),
      sample('002', 'txt'),
      sample('004', 'txt'),
    ];
    const outcome = await runBatch(files, { concurrency: 1, workerEntry: faulty });
    const [first, crashed, ...rest] = outcome.results;
    expect(first?.result.report?.agency).toBe(AGENCY['000']);
    expect(crashed?.result.error?.code).toBe('INTERNAL_ERROR');
    expect(crashed?.result.error?.message).toMatch(
      /^检查文件「年报\.crash\.txt」时发生程序内部错误（已记录）/,
    );
    // The reviewer never sees the engine's text; the log the reviewer can send has the stack.
    expect(crashed?.result.error?.message).not.toContain('模拟的崩溃');
    expect(readFileSync(errorLog, 'utf8')).toMatch(/年报\.crash\.txt\n.*模拟的崩溃\n\s+at /);
    expect(crashed?.result.report).toBeNull();
    expect(rest.map((r) => r?.result.report?.agency)).toEqual([AGENCY['002'], AGENCY['004']]);
    expect(outcome.workersStarted).toBe(2);
    expect(outcome.cancelled).toBe(false);
  });

  it('prints the entries of a crash and a time limit as JSON text too (onResultJson)', async () => {
    const files = [misbehaving('crash'), misbehaving('hang'), misbehaving('inf')];
    const seen = new Map<number, JsonResult>();
    await runBatch(files, {
      concurrency: 2,
      timeLimitMs: 3000,
      workerEntry: faulty,
      onResultJson: (i, json) => seen.set(i, json),
    });
    const codes = files.map((_, i) => JSON.parse(seen.get(i)!.text).error?.code);
    // The contract refuses the Infinity cell in the worker: that file's entry, printed there.
    expect(codes).toEqual(['INTERNAL_ERROR', 'TIMEOUT', 'INTERNAL_ERROR']);
    expect(files.map((_, i) => seen.get(i)!.failed)).toEqual([true, true, true]);
  }, 60_000);

  it('holds each result to the contract in the worker and prints it there as JSON text', async () => {
    const files = [misbehaving('inf'), sample('003', 'txt')];
    const seen = new Map<number, JsonResult>();
    const outcome = await runBatch(files, {
      concurrency: 1,
      workerEntry: faulty,
      onResultJson: (i, json) => seen.set(i, json),
    });
    // The JSON path keeps nothing: each result reaches the caller as text only.
    expect(outcome.results).toEqual([null, null]);
    const refused = JSON.parse(seen.get(0)!.text);
    expect(refused).toMatchObject({ report: null, error: { code: 'INTERNAL_ERROR' } });
    expect(seen.get(0)!.failed).toBe(true);
    expect(readFileSync(errorLog, 'utf8')).toMatch(/检查结果不符合约定格式 .*年报\.inf\.txt/);
    // The good file's text is its contract result, printed as the command prints a result.
    const good = (await checkFile(files[1]!)).result;
    expect(seen.get(1)).toEqual({
      text: JSON.stringify(good, null, 2),
      failed: good.findings.some((f) => f.severity === 'error'),
    });
  });

  it('treats a worker that exits in the middle of a file like a crash', async () => {
    const files = [misbehaving('exit'), sample('003', 'txt'), sample('004', 'txt')];
    const outcome = await runBatch(files, { concurrency: 2, workerEntry: faulty });
    expect(outcome.results[0]?.result.error?.code).toBe('INTERNAL_ERROR');
    expect(outcome.results[0]?.result.error?.message).toContain('程序内部错误（已记录）');
    expect(readFileSync(errorLog, 'utf8')).toContain('退出码 3');
    expect(outcome.results.slice(1).map((r) => r?.result.report?.agency)).toEqual([
      AGENCY['003'],
      AGENCY['004'],
    ]);
  });

  it('stops a hanging file at the time limit with a TIMEOUT entry and goes on', async () => {
    const files = [
      misbehaving('hang'),
      sample('000', 'txt'),
      misbehaving('hang'),
      sample('002', 'txt'),
    ];
    const outcome = await runBatch(files, {
      concurrency: 2,
      timeLimitMs: 3000,
      workerEntry: faulty,
    });
    for (const i of [0, 2]) {
      expect(outcome.results[i]?.result.error?.code).toBe('TIMEOUT');
      expect(outcome.results[i]?.result.error?.message).toMatch(
        /^检查文件「年报\.hang\.txt」超过 3 秒仍未完成，已停止。/,
      );
    }
    expect(outcome.results[1]?.result.report?.agency).toBe(AGENCY['000']);
    expect(outcome.results[3]?.result.report?.agency).toBe(AGENCY['002']);
    // Two workers lost to the hanging files, at least one started in their place.
    expect(outcome.workersStarted).toBeGreaterThanOrEqual(3);
  });
});

describe('a file that exhausts the worker heap', () => {
  it('gets OUT_OF_MEMORY naming the limit; the other files keep their results', async () => {
    const files = [misbehaving('oom'), sample('000', 'txt')];
    const outcome = await runBatch(files, {
      concurrency: 2,
      workerEntry: faulty,
      workerHeapMb: 64,
    });
    expect(outcome.results[0]?.result.error?.code).toBe('OUT_OF_MEMORY');
    expect(outcome.results[0]?.result.error?.message).toMatch(
      /^检查文件「年报\.oom\.txt」时内存用量超过上限 64 MB，已停止。/,
    );
    expect(outcome.results[1]?.result.report?.agency).toBe(AGENCY['000']);
  }, 60_000);
});

describe('cancelling one file stuck in a loop', () => {
  it('ends at once: the worker is terminated, the run is cancelled, nothing waits for the time limit', async () => {
    const controller = new AbortController();
    const run = runBatch([misbehaving('hang')], {
      workerEntry: faulty,
      signal: controller.signal,
      timeLimitMs: 600_000,
    });
    // Give the worker time to load and take the file, then cancel (as Ctrl-C does).
    await new Promise((r) => setTimeout(r, 3000));
    controller.abort();
    const outcome = await run;
    expect(outcome).toMatchObject({ cancelled: true, workersStarted: 1, results: [null] });
  }, 30_000);
});

describe('a worker entry that cannot start', () => {
  it('checks the batch in this thread instead, after a few attempts', async () => {
    const files = [sample('000', 'txt'), sample('002', 'docx'), sample('004', 'txt')];
    const outcome = await runBatch(files, { concurrency: 2, workerEntry: broken });
    expect(outcome.workersStarted).toBe(3);
    expect(outcome.results.map((r) => r?.result.report?.agency)).toEqual([
      AGENCY['000'],
      AGENCY['002'],
      AGENCY['004'],
    ]);
  });

  it('runs in this thread when the entry does not exist', async () => {
    const files = [sample('000', 'txt'), sample('002', 'txt'), sample('004', 'txt')];
    const outcome = await runBatch(files, { workerEntry: join(tmpdir(), 'no-such-worker.mjs') });
    expect(outcome.workersStarted).toBe(0);
    expect(outcome.results.every((r) => r?.result.error === null)).toBe(true);
  });
});
