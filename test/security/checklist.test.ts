// Electron's security checklist as static checks over src/ plus the IPC contract: no insecure
// flag anywhere, one window factory with the secure preferences, no remote module, no webview,
// no shell.openExternal, every channel zod-validated through dispatch. See docs/security.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels } from '../../src/shared/ipc/channels';
import { ipcContract, ipcEvents } from '../../src/shared/ipc/contract';
import { dispatch, type Handlers } from '../../src/main/services/dispatch';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
const sources = walk(join(root, 'src'))
  .filter((f) => /\.(?:ts|tsx|html|mjs|cjs)$/.test(f))
  .map((f) => ({ name: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));
/** "file: match" for every match of `re` in src/ (optionally only in files matching `only`). */
const occurrences = (re: RegExp, only = /./): string[] =>
  sources
    .filter((s) => only.test(s.name))
    .flatMap((s) => [...s.text.matchAll(new RegExp(re, 'g'))].map((m) => `${s.name}: ${m[0]}`));
const source = (name: string) => sources.find((s) => s.name === name)!.text;

describe('webPreferences are never weakened', () => {
  it('no file turns off isolation, sandbox or web security, or turns on Node or insecure content', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(
      occurrences(
        /contextIsolation:\s*false|sandbox:\s*false|nodeIntegration\w*:\s*true|webSecurity:\s*false|allowRunningInsecureContent:\s*true|webviewTag:\s*true|experimentalFeatures:\s*true|enableBlinkFeatures|--no-sandbox|disable-web-security/,
        /^src\//,
      ),
    ).toEqual([]);
  });

  it('windows are made in window.ts only, from SECURE_WEB_PREFERENCES', () => {
    expect(occurrences(/new BrowserWindow\(|new BrowserView\(|new WebContentsView\(/)).toEqual([
      'src/main/electron/window.ts: new BrowserWindow(',
    ]);
    expect(source('src/main/electron/window.ts')).toMatch(
      /webPreferences:\s*{\s*\.\.\.SECURE_WEB_PREFERENCES,/,
    );
  });

  it('every renderer is sandboxed: app.enableSandbox() runs before the app is ready', () => {
    const index = source('src/main/electron/index.ts');
    expect(index.indexOf('app.enableSandbox();')).toBeGreaterThan(0);
    expect(index.indexOf('app.enableSandbox();')).toBeLessThan(index.indexOf('app.whenReady()'));
  });
});

describe('no dangerous Electron APIs', () => {
  it('never calls shell.openExternal or shell.openPath (no URL or path from a report is opened)', () => {
    expect(occurrences(/openExternal|openPath/)).toEqual([]);
    // shell only to show a saved export in its folder (it selects, never opens), in one file.
    expect(occurrences(/\bshell\b[^;\n]*from 'electron'/)).toEqual([
      "src/main/electron/reveal.ts: shell } from 'electron'",
    ]);
    const reveal = sources.find((s) => s.name === 'src/main/electron/reveal.ts')!.text;
    expect(reveal.match(/shell\.\w+/g)).toEqual(['shell.showItemInFolder']);
  });

  it('has no remote module', () => {
    expect(
      occurrences(/@electron\/remote|enableRemoteModule|\bremote\b[^;\n]*from 'electron'/),
    ).toEqual([]);
  });

  it('has no <webview> and no nested pages', () => {
    expect(occurrences(/<webview|<iframe|<object|<embed/i)).toEqual([]);
  });

  it('exposes one bridge, from the preload only, and never sendSync', () => {
    expect(occurrences(/exposeInMainWorld\(/)).toEqual([
      'src/preload/index.ts: exposeInMainWorld(',
    ]);
    expect(occurrences(/sendSync\(|ipcMain\.on\(|ipcMain\.handleOnce\(/)).toEqual([]);
  });

  it('registers IPC handlers in register.ts only, each behind the sender check and dispatch', () => {
    expect(
      occurrences(/ipcMain\.handle\(/).every((o) =>
        o.startsWith('src/main/electron/ipc/register.ts'),
      ),
    ).toBe(true);
    const register = source('src/main/electron/ipc/register.ts');
    expect(register).toMatch(
      /trusted\(event\)\s*\?\s*dispatch\(options\.handlers, channel, payload/,
    );
    expect(register).toMatch(
      /if \(!trusted\(event\)\) return refused;\s*const parsed = droppedSchema\.safeParse/,
    );
  });
});

describe('every IPC payload is zod-validated', () => {
  it('every invoke channel has a request and a response schema, every event a payload schema', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...invokeChannels].sort());
    for (const channel of invokeChannels) {
      const spec = ipcContract[channel];
      expect(typeof spec.request.safeParse, channel).toBe('function');
      expect(typeof spec.response.safeParse, channel).toBe('function');
    }
    expect(Object.keys(ipcEvents).sort()).toEqual([...eventChannels].sort());
  });

  it('a malformed request never reaches its handler, on any channel', async () => {
    const called: string[] = [];
    const handlers = new Proxy({} as Handlers, {
      get: (_t, channel) => async () => void called.push(String(channel)),
    });
    for (const channel of invokeChannels) {
      for (const payload of ['x', null, 42, [], { ['__proto__']: { polluted: true } }]) {
        const result = await dispatch(handlers, channel, payload, { emit: () => {} });
        expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'INVALID_REQUEST' },
        });
      }
    }
    expect(called).toEqual([]);
  });

  it('a handler that answers outside the contract is refused, on any channel', async () => {
    // A valid request for each channel is not needed: the response check is reached only after
    // the request check, so this uses channels whose request is the empty object.
    const empties = invokeChannels.filter((c) => ipcContract[c].request.safeParse({}).success);
    expect(empties.length).toBeGreaterThan(0);
    const handlers = new Proxy({} as Handlers, { get: () => async () => ({ bogus: true }) });
    for (const channel of empties) {
      expect(await dispatch(handlers, channel, {}, { emit: () => {} }), channel).toMatchObject({
        ok: false,
        error: { code: 'INVALID_RESPONSE' },
      });
    }
  });
});
