// The preload with Electron mocked: the page gets only invoke and subscribe, for listed channels
// only; dropped files are granted only from trusted drop events with real paths.
import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
const invoked: Array<[string, unknown]> = [];
const onCalls: string[] = [];
const dropListeners: Array<(e: unknown) => void> = [];

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: never) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, payload: unknown) => {
      invoked.push([channel, payload]);
      const paths = (payload as { paths?: string[] } | undefined)?.paths ?? [];
      return Promise.resolve({ ok: true, value: { paths } });
    },
    on: (channel: string) => onCalls.push(channel),
    removeListener: () => {},
  },
  webUtils: { getPathForFile: (f: { path?: string }) => f.path ?? '' },
}));
// The preload runs in a page; here the window it listens on is a stand-in.
vi.stubGlobal('addEventListener', (type: string, fn: (e: unknown) => void) => {
  if (type === 'drop') dropListeners.push(fn);
});

await import('../../src/preload/index');
const { GRANT_DROPPED_CHANNEL } = await import('../../src/shared/ipc/channels');
const api = exposed['api']!;

describe('preload', () => {
  it('exposes window.api with invoke and subscribe, nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
  });

  it('forwards listed channels and refuses the rest without reaching main', async () => {
    await api.invoke!('report:list', {});
    expect(invoked.at(-1)).toEqual(['report:list', {}]);
    const count = invoked.length;
    for (const channel of [GRANT_DROPPED_CHANNEL, 'fs:read', 'report:delete', 12]) {
      expect(await api.invoke!(channel, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    }
    expect(invoked.length).toBe(count);
  });

  it('subscribes to listed events only', () => {
    api.subscribe!('batch:progress', () => {});
    api.subscribe!('report:list', () => {});
    api.subscribe!('evil:event', () => {});
    expect(onCalls).toEqual(['batch:progress']);
  });

  it('grants dropped files from trusted drops only, then tells the page', async () => {
    const chosen: unknown[] = [];
    api.subscribe!('files:chosen', (p: unknown) => chosen.push(p));
    const drop = (isTrusted: boolean, files: Array<{ path?: string }>) =>
      dropListeners.forEach((fn) => fn({ isTrusted, dataTransfer: { files } }));

    drop(false, [{ path: '/home/u/secret.txt' }]);
    drop(true, [{}]); // a File made by page script has no path
    await Promise.resolve();
    expect(invoked.filter(([c]) => c === GRANT_DROPPED_CHANNEL)).toEqual([]);

    drop(true, [{ path: '/home/u/报告.docx' }, {}]);
    await vi.waitFor(() => expect(chosen).toEqual([{ paths: ['/home/u/报告.docx'] }]));
    expect(invoked.filter(([c]) => c === GRANT_DROPPED_CHANNEL)).toEqual([
      [GRANT_DROPPED_CHANNEL, { paths: ['/home/u/报告.docx'] }],
    ]);
  });
});
