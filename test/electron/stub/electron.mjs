// A stand-in for the `electron` module that records what the main bundle does with it, then
// plays the page once the app is up: serves app:// requests, imports the files main announced,
// and writes everything recorded to $NIANBAO_STUB_OUT as JSON before quitting.
import { writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';

const record = {
  calls: [],
  schemes: [],
  protocolHandled: [],
  ipcChannels: [],
  windows: [],
  menuSet: false,
  sandboxEnabled: false,
  guards: [],
  sent: [],
  served: [],
  results: {},
};
const call = (name, detail = null) => record.calls.push(detail === null ? name : { name, detail });
const ipcHandlers = new Map();
const protocolHandlers = new Map();

class Contents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = null;
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  send(channel, payload) {
    record.sent.push({ channel, payload });
  }
  isLoading() {
    return false;
  }
  isDestroyed() {
    return false;
  }
  reload() {}
  print(options, done) {
    call('webContents.print', options);
    done(true, '');
  }
}

class AppStub extends EventEmitter {
  isPackaged = true;
  getPath(name) {
    call('app.getPath', name);
    return process.env.NIANBAO_STUB_USERDATA;
  }
  enableSandbox() {
    record.sandboxEnabled = true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  quit() {
    call('app.quit');
  }
  whenReady() {
    const ready = Promise.resolve();
    // After the bundle's own `.then(start)` has run.
    ready.then(() => setImmediate(() => void playPage()));
    return ready;
  }
}

export const app = new AppStub();

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.webContents = new Contents();
    this.options = options;
    this.loaded = null;
    record.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.loaded = url;
    return Promise.resolve();
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
}

export const ipcMain = {
  handle(channel, fn) {
    record.ipcChannels.push(channel);
    ipcHandlers.set(channel, fn);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.schemes.push(...schemes);
  },
  handle(scheme, fn) {
    record.protocolHandled.push(scheme);
    protocolHandlers.set(scheme, fn);
  },
};

const webRequest = {
  onBeforeRequest: (fn) => (webRequest.before = fn),
  onHeadersReceived: () => {},
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => call('permissions.request'),
    setPermissionCheckHandler: () => call('permissions.check'),
    webRequest,
  },
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: () => (record.menuSet = true),
};

export const shell = {
  showItemInFolder: (path) => call('shell.showItemInFolder', path),
};
export default { app, BrowserWindow, ipcMain, protocol, session, dialog, Menu, shell };

/** What the page does after it loaded: fetch its own files, then import what main announced. */
const playPage = async () => {
  try {
    for (const url of [
      'app://nianbao/index.html',
      'app://nianbao/../../package.json',
      'app://nianbao/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await protocolHandlers.get('app')(new Request(url));
      const body = await response.text();
      record.served.push({
        url,
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        root: body.includes('<div id="root"></div>'),
      });
    }
    const [win] = record.windows;
    const contents = win?.webContents;
    record.guards = ['will-navigate', 'will-redirect', 'will-attach-webview'].filter(
      (e) => (contents?.listenerCount(e) ?? 0) > 0,
    );
    record.windowOpen = contents?.windowOpenHandler?.({ url: 'https://example.com' }) ?? null;
    record.offline = webRequest.before
      ? await new Promise((done) =>
          webRequest.before({ url: 'https://example.com/x.js' }, (r) => done(r)),
        )
      : null;
    const event = (url) => ({
      senderFrame: { url, parent: null },
      sender: contents,
    });
    const chosen = record.sent.find((s) => s.channel === 'files:chosen');
    const invoke = (channel, payload, url = win?.loaded) =>
      ipcHandlers.get(channel)(event(url), payload);
    record.results.imported = chosen ? await invoke('report:import', chosen.payload) : null;
    record.results.list = await invoke('report:list', {});
    record.results.foreign = await invoke('report:list', {}, 'https://example.com/');
    record.results.print = await invoke('window:print', {});
    record.results.settings = await invoke('letter:settings-set', {
      issuer: '某县政务公开办',
      recipient: '{单位}',
      numberPattern: '某公开办审〔{年}〕{序号}号',
      nextNumber: 9,
      signature: '',
      date: null,
    });
    record.results.reveal = await invoke('shell:show-in-folder', { path: '/etc/passwd' });
    record.windows = record.windows.map((w) => ({ options: w.options, loaded: w.loaded }));
  } catch (error) {
    record.error = String(error?.stack ?? error);
  }
  writeFileSync(process.env.NIANBAO_STUB_OUT, JSON.stringify(record));
  app.emit('will-quit');
  process.exit(0);
};
