// The main window: the secure webPreferences of policy.ts, the preload, shown when ready.
import { BrowserWindow } from 'electron';
import { SECURE_WEB_PREFERENCES } from './policy';

export interface MainWindowOptions {
  /** Absolute path of the built preload (CommonJS `.cjs`: a sandboxed preload cannot be ESM). */
  preloadPath: string;
  /** app://nianbao/index.html, or the dev server in development. */
  url: string;
  devTools: boolean;
}

export const createMainWindow = (options: MainWindowOptions): BrowserWindow => {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '年报审查',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: options.preloadPath,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.url);
  return win;
};
