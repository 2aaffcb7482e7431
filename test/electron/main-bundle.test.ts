// The real main bundle, started: `electron-vite build`, then out/main/index.js under Node with a
// recording stub for `electron` (a loader hook; see stub/). Nothing of main is mocked: a bundling
// or start-up error shows here, not only in the app. The stub plays the page once main is up.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../src/main/storage';
import { APP_ENTRY_URL, SECURE_WEB_PREFERENCES } from '../../src/main/electron/policy';
import { GRANT_DROPPED_CHANNEL, invokeChannels } from '../../src/shared/ipc/channels';

const root = join(import.meta.dirname, '..', '..');
const sample = join(root, 'test/fixtures/samples/000_a5e6e1e0a8da6139.txt');

interface Recorded {
  error?: string;
  schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  protocolHandled: string[];
  ipcChannels: string[];
  windows: Array<{ options: { webPreferences: Record<string, unknown> }; loaded: string }>;
  menuSet: boolean;
  sandboxEnabled: boolean;
  guards: string[];
  windowOpen: unknown;
  offline: unknown;
  served: Array<{ url: string; status: number; csp: string | null; root: boolean }>;
  results: Record<string, { ok: boolean; value?: { reports: Array<Record<string, unknown>> } }>;
  calls: Array<string | { name: string; detail: unknown }>;
}

let recorded: Recorded;
let userData: string;

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  userData = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
  const report = join(userData, '某区司法局年报.txt');
  copyFileSync(sample, report);
  const out = join(userData, 'recorded.json');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(import.meta.dirname, 'stub/register.mjs'),
      join(root, 'out/main/index.js'),
      // A switch on the command line is not a file to open.
      '--flag-ignored',
      report,
    ],
    {
      cwd: root,
      env: { ...process.env, NIANBAO_STUB_OUT: out, NIANBAO_STUB_USERDATA: userData },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (run.status !== 0) throw new Error(`out/main/index.js 未能启动：${run.stderr}`);
  recorded = JSON.parse(readFileSync(out, 'utf8')) as Recorded;
}, 180_000);

describe('the built main bundle', () => {
  it('starts without an error', () => {
    expect(recorded.error).toBeUndefined();
  });

  it('opens the workspace in the data folder with node:sqlite, and the import is in it', () => {
    const file = join(userData, 'workspace.nianbao');
    expect(existsSync(file)).toBe(true);
    const ws = Workspace.open(file);
    try {
      expect(ws.listReports().map((r) => [r.fileName, r.agency, r.year])).toEqual([
        ['某区司法局年报.txt', '牧野区司法局', 2024],
      ]);
      expect(ws.health().schemaVersion).toBeGreaterThan(0);
    } finally {
      ws.close();
    }
  });

  it('registers every channel of the contract and the grant channel, nothing else', () => {
    expect([...recorded.ipcChannels].sort()).toEqual(
      [...invokeChannels, GRANT_DROPPED_CHANNEL].sort(),
    );
  });

  it('creates one window with the secure settings and the built preload, on app://', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.windows).toHaveLength(1);
    const [win] = recorded.windows;
    expect(win!.loaded).toBe(APP_ENTRY_URL);
    expect(win!.options.webPreferences).toMatchObject({
      ...SECURE_WEB_PREFERENCES,
      devTools: false,
    });
    expect(existsSync(String(win!.options.webPreferences['preload']))).toBe(true);
    expect(recorded.guards).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);
    expect(recorded.windowOpen).toEqual({ action: 'deny' });
    expect(recorded.offline).toEqual({ cancel: true });
    expect(recorded.menuSet).toBe(true);
  });

  it('serves app:// from the built renderer with the CSP, and nothing outside it', () => {
    expect(recorded.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(recorded.protocolHandled).toEqual(['app']);
    const [page, ...escapes] = recorded.served;
    expect(page).toMatchObject({ status: 200, root: true });
    expect(page!.csp).toContain("script-src 'self'");
    for (const e of escapes) expect(e.status, e.url).toBe(404);
  });

  it('imports the report named on the command line, and refuses a foreign page', () => {
    const imported = recorded.results['imported'];
    expect(imported?.ok).toBe(true);
    expect(imported?.value?.reports).toEqual([
      expect.objectContaining({
        fileName: '某区司法局年报.txt',
        agency: '牧野区司法局',
        error: null,
      }),
    ]);
    expect(recorded.results['list']?.value?.reports).toHaveLength(1);
    expect(recorded.results['foreign']).toMatchObject({ ok: false });
  });

  it('prints the window with webContents.print, keeps the letter settings in the data folder, reveals no foreign path', () => {
    expect(recorded.results['print']).toEqual({ ok: true, value: { printed: true } });
    expect(recorded.calls).toContainEqual({
      name: 'webContents.print',
      detail: { printBackground: false },
    });
    expect(recorded.results['settings']?.ok).toBe(true);
    const stored = JSON.parse(readFileSync(join(userData, 'letter-settings.json'), 'utf8'));
    expect(stored).toMatchObject({ issuer: '某县政务公开办', nextNumber: 9 });
    expect(recorded.results['reveal']).toMatchObject({ ok: false });
    expect(
      recorded.calls.filter((c) => typeof c === 'object' && c.name.startsWith('shell.')),
    ).toEqual([]);
  });
});
