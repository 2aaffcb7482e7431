// The Electron glue with Electron mocked: the window gets the secure webPreferences, the guards
// deny navigation, new windows, permissions and foreign requests, the menu is Chinese.
import { describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const created: Array<Record<string, unknown>> = [];
const appListeners = new Map<string, Listener>();
const session = {
  permissionRequest: null as
    null | ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | (() => boolean),
  beforeRequest: null as
    null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
};

vi.mock('electron', () => ({
  app: { on: (name: string, fn: Listener) => appListeners.set(name, fn) },
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof session.permissionRequest) =>
        (session.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof session.permissionCheck) =>
        (session.permissionCheck = fn),
      webRequest: {
        onBeforeRequest: (fn: typeof session.beforeRequest) => (session.beforeRequest = fn),
        onHeadersReceived: () => {},
      },
    },
  },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
  Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
  dialog: {},
}));

const { createMainWindow } = await import('../../src/main/electron/window');
const { installSecurityGuards } = await import('../../src/main/electron/security');
const { menuTemplate } = await import('../../src/main/electron/menu');
const { SECURE_WEB_PREFERENCES, APP_ENTRY_URL } = await import('../../src/main/electron/policy');

describe('main window', () => {
  it('is created with the secure webPreferences and the .cjs preload', () => {
    createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      url: APP_ENTRY_URL,
      devTools: false,
    });
    const prefs = created.at(-1)!['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      ...SECURE_WEB_PREFERENCES,
      preload: '/app/out/preload/index.cjs',
      devTools: false,
    });
    expect(prefs['preload']).toMatch(/\.cjs$/);
  });
});

describe('security guards', () => {
  installSecurityGuards(null);

  it('deny every permission request and check', () => {
    let granted: boolean | null = null;
    session.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(session.permissionCheck!()).toBe(false);
  });

  it("cancel every request that is not the app's own", () => {
    const cancelled = (url: string) => {
      let result: boolean | null = null;
      session.beforeRequest!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('app://nianbao/assets/index.js')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
  });

  it('stop navigation, redirects, webviews and new windows of every webContents', () => {
    const events = new Map<string, Listener>();
    let openHandler: (() => { action: string }) | null = null;
    appListeners.get('web-contents-created')!(
      {},
      {
        on: (name: string, fn: Listener) => events.set(name, fn),
        setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
      },
    );
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const prevent = vi.fn();
      events.get(name)!({ preventDefault: prevent }, 'https://example.com/');
      expect(prevent, name).toHaveBeenCalled();
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});

describe('menu', () => {
  const labels = (items: Array<{ label?: string; submenu?: unknown }>): string[] =>
    items
      .flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])
      .filter(Boolean);

  it('is in Chinese, opens reports with Ctrl+O, and has developer items only in development', () => {
    const openFiles = vi.fn();
    const exportWorkspace = vi.fn();
    const importWorkspace = vi.fn();
    const actions = { openFiles, exportWorkspace, importWorkspace, about: () => {} };
    const prod = menuTemplate(actions, false);
    for (const l of labels(prod as never)) expect(l).toMatch(/[\u4e00-\u9fff]/);
    const file = (
      prod[0]!.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>
    )[0]!;
    expect(file).toMatchObject({ label: '打开报告…', accelerator: 'CmdOrCtrl+O' });
    file.click!();
    expect(openFiles).toHaveBeenCalled();
    expect(labels(prod as never)).not.toContain('开发者工具');
    expect(labels(menuTemplate(actions, true) as never)).toContain('开发者工具');
    // Handing the workspace over and merging a colleague's back are in the 文件 menu.
    const items = prod[0]!.submenu as Array<{ label?: string; click?: () => void }>;
    items.find((i) => i.label === '导出工作区（交给同事）…')!.click!();
    items.find((i) => i.label === '并入同事的工作区…')!.click!();
    expect(exportWorkspace).toHaveBeenCalled();
    expect(importWorkspace).toHaveBeenCalled();
  });
});
