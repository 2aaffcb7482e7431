// IPC registration with Electron mocked: one handler per channel, the sender-frame check, events
// to the asking page only, the preload-only grant channel for dropped files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Invoke = (event: unknown, payload?: unknown) => Promise<unknown> | unknown;
const handlers = new Map<string, Invoke>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Invoke) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, fn);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc } = await import('../../src/main/electron/ipc/register');
const { GRANT_DROPPED_CHANNEL, invokeChannels } = await import('../../src/shared/ipc/channels');
const { createHandlers } = await import('../../src/main/services/handlers');
const { tempWorkspace } = await import('../support/workspace');
const { ReviewService } = await import('../../src/main/services/review-service');
const { APP_ENTRY_URL } = await import('../../src/main/electron/policy');

const sent: Array<[string, unknown]> = [];
const event = (url: string, parent: unknown = null) => ({
  senderFrame: { url, parent },
  sender: {
    isDestroyed: () => false,
    send: (name: string, payload: unknown) => sent.push([name, payload]),
  },
});
const app = event(APP_ENTRY_URL);

const dir = mkdtempSync(join(tmpdir(), 'nianbao-register-'));
const dropped = join(dir, 'dropped.txt');
writeFileSync(dropped, '某县司法局2024年政府信息公开工作年度报告\n一、总体情况\n');

let dispose: () => void;
beforeEach(() => {
  dispose?.();
  sent.length = 0;
  const service = new ReviewService({ workspace: tempWorkspace(), reviewer: '审核人' });
  dispose = registerIpc({
    handlers: createHandlers(service, { chooseFiles: async () => [] }),
    grantPaths: (p) => service.grantPaths(p),
    devServerUrl: null,
  });
});

const call = (channel: string, e: unknown, payload?: unknown) => handlers.get(channel)!(e, payload);

describe('registerIpc', () => {
  it('registers exactly the contract’s channels and the grant channel, and removes them', () => {
    expect([...handlers.keys()].sort()).toEqual([...invokeChannels, GRANT_DROPPED_CHANNEL].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('answers the app’s own top-level page through dispatch', async () => {
    expect(await call('report:list', app, {})).toEqual({ ok: true, value: { reports: [] } });
    expect(await call('report:list', app, { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('refuses a sender that is not the app: another origin, a subframe, no frame', async () => {
    for (const e of [
      event('https://example.com/'),
      event('file:///tmp/evil.html'),
      event('http://127.0.0.1:5173/'),
      event(APP_ENTRY_URL, { url: APP_ENTRY_URL }),
      { senderFrame: null, sender: app.sender },
    ]) {
      expect(await call('report:list', e, {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
      expect(await call(GRANT_DROPPED_CHANNEL, e, { paths: [dropped] })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
  });

  it('imports a dropped file only after the preload granted it, with progress to the page', async () => {
    expect(await call('report:import', app, { paths: [dropped] })).toMatchObject({
      ok: false,
      error: { code: 'PATH_NOT_GRANTED' },
    });
    expect(await call(GRANT_DROPPED_CHANNEL, app, { paths: [dropped, 'relative.txt'] })).toEqual({
      ok: true,
      value: { paths: [dropped] },
    });
    const result = (await call('report:import', app, { paths: [dropped] })) as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(sent).toEqual([
      ['batch:progress', { done: 0, total: 1, current: null }],
      ['batch:progress', { done: 1, total: 1, current: 'dropped.txt' }],
      ['batch:progress', { done: 1, total: 1, current: null }],
    ]);
  });

  it('refuses a malformed grant request', async () => {
    expect(await call(GRANT_DROPPED_CHANNEL, app, { paths: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });
});
