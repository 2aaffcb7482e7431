import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/main/batch/compile-cache';
import type { FromWorker } from '../../src/main/batch/protocol';
import { checkFile } from '../../src/main/check/check-file';
import { sample } from './support/files';

const root = join(import.meta.dirname, '..', '..');

describe('compileCacheDir', () => {
  it("is the user's cache folder of each platform, or the one NODE_COMPILE_CACHE names", () => {
    expect(compileCacheDir({}, 'linux', '/home/li')).toBe('/home/li/.cache/nianbao/compile-cache');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/c' }, 'linux', '/home/li')).toBe(
      '/var/c/nianbao/compile-cache',
    );
    expect(compileCacheDir({}, 'darwin', '/Users/li')).toBe(
      '/Users/li/Library/Caches/nianbao/compile-cache',
    );
    expect(compileCacheDir({ LOCALAPPDATA: 'C:/Users/li/AppData/Local' }, 'win32', '')).toMatch(
      /^C:\/Users\/li\/AppData\/Local.nianbao.compile-cache$/,
    );
    expect(compileCacheDir({ NODE_COMPILE_CACHE: '/tmp/cc' }, 'linux', '/home/li')).toBe('/tmp/cc');
    // No home folder and no variable: no cache, rather than one in the current folder.
    expect(compileCacheDir({}, 'linux', '')).toBeNull();
  });
});

describe('the built worker with a compile cache', () => {
  // Inside the project (in the ignored .tmp/), so that the bundle finds node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const out = mkdtempSync(join(root, '.tmp', 'compile-cache-bundle-'));
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--outdir', out], {
      cwd: root,
    });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /**
   * The environment of a user whose home and cache folder are `home` (Node's own variable, which
   * would turn the cache on without our code, left out).
   */
  const userAt = (home: string): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CACHE_HOME: home };
    env['LOCALAPPDATA'] = home;
    delete env['NODE_COMPILE_CACHE'];
    return env;
  };

  /** Checks `file` in a fresh built worker with the environment `env`; its answer. */
  const checkInWorker = async (file: string, env: NodeJS.ProcessEnv) => {
    const worker = new Worker(pathToFileURL(join(out, 'check-worker.mjs')), { env });
    try {
      const result = await new Promise<FromWorker>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (m: FromWorker) => {
          if (m.type === 'ready')
            worker.postMessage({ type: 'check', index: 0, file, profile: undefined });
          else resolve(m);
        });
      });
      return result;
    } finally {
      await worker.terminate();
    }
  };

  const cacheFiles = (dir: string): string[] => {
    try {
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name);
    } catch {
      return [];
    }
  };

  it('saves compiled code for the next run, though the pool terminates its workers', async () => {
    const home = mkdtempSync(join(tmpdir(), 'nianbao-compile-cache-'));
    const cache = compileCacheDir(userAt(home), process.platform, home)!;
    const file = sample('001', 'pdf');
    const expected = { type: 'result', index: 0, checked: await checkFile(file) };
    expect(await checkInWorker(file, userAt(home))).toStrictEqual(expected);
    // The checker and pdf.js (both sides): a few dozen modules, written as the pool's
    // terminate() ends the worker.
    expect(cacheFiles(cache).length).toBeGreaterThanOrEqual(10);
    // A second worker reads them back and checks the file the same.
    expect(await checkInWorker(file, userAt(home))).toStrictEqual(expected);
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('checks as before when the cache folder cannot be made', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'nianbao-compile-cache-'));
    // A folder under a plain file cannot be created, whoever runs the test (root included).
    writeFileSync(join(parent, 'a-file'), '');
    const file = sample('002', 'docx');
    expect(await checkInWorker(file, userAt(join(parent, 'a-file')))).toStrictEqual({
      type: 'result',
      index: 0,
      checked: await checkFile(file),
    });
    expect(cacheFiles(parent)).toEqual(['a-file']);
    rmSync(parent, { recursive: true, force: true });
  }, 60_000);
});
