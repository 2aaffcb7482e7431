// Electron entry: one instance, the security contract installed before any window, the review
// service wired to IPC, the menu, the main window.
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { APP_VERSION } from '../../shared/version';
import { ExportService } from '../services/export-service';
import { createHandlers } from '../services/handlers';
import { ReviewService } from '../services/review-service';
import { SourceService } from '../services/source';
import { WorkspaceReviewStore } from '../services/workspace-store';
import { Workspace } from '../storage';
import { chooseReportFiles, chooseSavePath } from './dialog';
import { registerIpc } from './ipc/register';
import { installMenu } from './menu';
import { APP_ENTRY_URL } from './policy';
import { installAppProtocol, installSecurityGuards, registerAppScheme } from './security';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');

const reviewerName = (): string => {
  try {
    return userInfo().username || '审核人';
  } catch {
    return '审核人';
  }
};

let mainWindow: BrowserWindow | null = null;
/** Report files named on the command line ("用年报审查打开" from the file manager). */
let openFromArgv: (argv: readonly string[]) => void = () => undefined;

const reportArgs = (argv: readonly string[]): string[] =>
  argv.slice(1).filter((a) => /\.(docx|pdf|txt|doc|wps)$/i.test(a) && !a.startsWith('-'));

const start = (): void => {
  const dev = !app.isPackaged;
  const devServerUrl = dev ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
  installSecurityGuards(devServerUrl);
  installAppProtocol(RENDERER_DIR);

  // The reviewer's work lives in one SQLite workspace in the app's data folder, reopened on
  // every start: every decision is committed as it is made.
  const workspace = Workspace.open(join(app.getPath('userData'), 'workspace.nianbao'));
  app.on('will-quit', () => workspace.close());
  const store = new WorkspaceReviewStore(workspace);
  const service = new ReviewService({ store, reviewer: reviewerName() });
  const exporter = new ExportService({ store, reviewer: reviewerName() });
  const platform = {
    chooseFiles: () => chooseReportFiles(mainWindow),
    chooseSavePath: (name: string, ext: string) => chooseSavePath(mainWindow, name, ext),
  };
  const sources = new SourceService({
    lookup: (id) => store.getReport(id),
    original: (id) => store.originalOf(id),
  });
  const handlers = createHandlers(service, platform, sources, exporter);
  registerIpc({ handlers, grantPaths: (p) => service.grantPaths(p), devServerUrl });

  installMenu(
    {
      openFiles: () => {
        void chooseReportFiles(mainWindow).then((chosen) => {
          const paths = service.grantPaths(chosen);
          if (paths.length > 0) mainWindow?.webContents.send('files:chosen', { paths });
        });
      },
      about: () => {
        void dialog.showMessageBox({
          title: '关于年报审查',
          message: `年报审查 ${APP_VERSION}`,
          detail: '政府信息公开工作年度报告审查工具：读取、解析、核对年报并标注问题。',
        });
      },
    },
    dev,
  );

  mainWindow = createMainWindow({
    preloadPath: PRELOAD,
    url: devServerUrl ?? APP_ENTRY_URL,
    devTools: dev,
  });
  mainWindow.on('closed', () => (mainWindow = null));

  // A file opened from the file manager counts as chosen by the reviewer, like a dropped one.
  openFromArgv = (argv) => {
    const paths = service.grantPaths(reportArgs(argv));
    if (paths.length === 0 || !mainWindow) return;
    const send = () => mainWindow?.webContents.send('files:chosen', { paths });
    if (mainWindow.webContents.isLoading()) mainWindow.webContents.once('did-finish-load', send);
    else send();
  };
  openFromArgv(process.argv);
};

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    openFromArgv(argv);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
