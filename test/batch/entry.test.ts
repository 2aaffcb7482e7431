import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveWorkerEntry } from '../../src/main/batch';
import type { FromWorker } from '../../src/main/batch/protocol';
import { checkFile } from '../../src/main/check/check-file';
import { AGENCY, sample } from './support/files';

const root = join(import.meta.dirname, '..', '..');

describe('resolveWorkerEntry', () => {
  it('starts the TypeScript source through tsx when running from source', () => {
    const entry = resolveWorkerEntry();
    expect(entry?.url.href).toBe(
      pathToFileURL(join(root, 'src', 'main', 'batch', 'worker.ts')).href,
    );
    expect(entry?.execArgv[0]).toBe('--import');
    expect(entry?.execArgv[1]).toMatch(/tsx/);
  });

  it('finds check-worker.mjs or .js next to a bundle, and nothing when it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-entry-'));
    const bundle = pathToFileURL(join(dir, 'index.js')).href;
    expect(resolveWorkerEntry(undefined, bundle)).toBeNull();
    writeFileSync(join(dir, 'check-worker.js'), '');
    expect(resolveWorkerEntry(undefined, bundle)?.url.href).toBe(
      pathToFileURL(join(dir, 'check-worker.js')).href,
    );
    writeFileSync(join(dir, 'check-worker.mjs'), '');
    expect(resolveWorkerEntry(undefined, bundle)).toEqual({
      url: pathToFileURL(join(dir, 'check-worker.mjs')),
      execArgv: [],
    });
  });

  it('takes a path given by the host, if it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-entry-'));
    const file = join(dir, 'worker-from-electron-vite.js');
    expect(resolveWorkerEntry(file)).toBeNull();
    writeFileSync(file, '');
    expect(resolveWorkerEntry(file)).toEqual({ url: pathToFileURL(file), execArgv: [] });
  });
});

describe('the CLI bundle', () => {
  // Inside the project (in the ignored .tmp/), so that the bundle finds node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const out = mkdtempSync(join(root, '.tmp', 'batch-bundle-'));
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--outdir', out], {
      cwd: root,
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('emits the worker next to cli.mjs, where the pool finds it, and the worker checks files', async () => {
    const entry = resolveWorkerEntry(undefined, pathToFileURL(join(out, 'cli.mjs')).href);
    expect(entry).toEqual({ url: pathToFileURL(join(out, 'check-worker.mjs')), execArgv: [] });
    const worker = new Worker(entry!.url, { execArgv: entry!.execArgv });
    try {
      const messages: FromWorker[] = [];
      const file = sample('003', 'docx');
      await new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: FromWorker) => {
          messages.push(m);
          if (m.type === 'ready')
            worker.postMessage({ type: 'check', index: 7, file, profile: undefined });
          else resolve();
        });
      });
      expect(messages[0]).toEqual({ type: 'ready' });
      expect(messages[1]).toStrictEqual({
        type: 'result',
        index: 7,
        checked: await checkFile(file),
      });
    } finally {
      await worker.terminate();
    }
  });

  it('checks a batch with worker threads when run as the built command', () => {
    const files = [sample('000', 'txt'), sample('002', 'docx'), sample('004', 'pdf')];
    // While the batch runs, a worker shows as an active MessagePort in the command's process.
    const script = `
      const { main } = await import(${JSON.stringify(pathToFileURL(join(out, 'cli.mjs')).href)});
      const active = new Set();
      let stdout = '';
      const code = await main(['check', '--format', 'json', ...${JSON.stringify(files)}], {
        stdout: (s) => (stdout += s),
        stderr: () => process.getActiveResourcesInfo().forEach((r) => active.add(r)),
      });
      console.log(JSON.stringify({ code, active: [...active], out: JSON.parse(stdout) }));`;
    const run = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    );
    expect(run.active).toContain('MessagePort');
    expect(run.out.results.map((r: { file: string }) => r.file)).toEqual(files);
    expect(run.out.results.map((r: { report: { agency: string } }) => r.report.agency)).toEqual([
      AGENCY['000'],
      AGENCY['002'],
      AGENCY['004'],
    ]);
  });
});
