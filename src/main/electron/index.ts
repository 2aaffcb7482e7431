// Electron entry: one instance, the security contract installed before any window, the review
// service wired to IPC, the menu, the main window.
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { isReportFileName } from '../../shared/formats';
import { APP_VERSION } from '../../shared/version';
import { ExportService } from '../services/export-service';
import { createHandlers } from '../services/handlers';
import { ReviewService } from '../services/review-service';
import { SourceService } from '../services/source';
import { LetterSettingsStore } from '../settings/letter-settings';
import { ERROR_LOG_NAME, setErrorLogPath } from '../log/internal-error';
import { Workspace } from '../storage';
import { removeStaleTempDirs } from '../temp/owned-temp';
import { chooseReportFiles, chooseSavePath } from './dialog';
import { registerIpc } from './ipc/register';
import { showItemInFolder } from './reveal';
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

const WORKSPACE_FILTERS = [{ name: '年报审查工作区', extensions: ['nianbao'] }];

/** Menu 文件 › 导出工作区: a copy for a colleague (exportTo refuses the open file itself). */
const exportWorkspace = async (workspace: Workspace): Promise<void> => {
  const options = {
    title: '导出工作区',
    defaultPath: '年报审查工作区.nianbao',
    filters: WORKSPACE_FILTERS,
  };
  const chosen = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return;
  try {
    workspace.exportTo(chosen.filePath);
    void dialog.showMessageBox({ message: `已导出工作区到 ${chosen.filePath}` });
  } catch (error) {
    void dialog.showMessageBox({
      type: 'error',
      message: `导出工作区失败：${(error as Error).message}`,
    });
  }
};

/** Menu 文件 › 并入同事的工作区: merges, then reloads the page so the lists show the result. */
const importWorkspace = async (workspace: Workspace): Promise<void> => {
  const options = {
    title: '并入同事的工作区',
    properties: ['openFile' as const],
    filters: WORKSPACE_FILTERS,
  };
  const chosen = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const file = chosen.filePaths[0];
  if (chosen.canceled || !file) return;
  try {
    const r = workspace.importFrom(file);
    mainWindow?.webContents.reload();
    void dialog.showMessageBox({
      message: `已并入：新增报告 ${r.added} 份，合并 ${r.merged} 份，审核结论新增 ${r.decisions.added}、更新 ${r.decisions.updated}。`,
    });
  } catch (error) {
    void dialog.showMessageBox({
      type: 'error',
      message: `并入工作区失败：${(error as Error).message}`,
    });
  }
};
/** Report files named on the command line ("用年报审查打开" from the file manager). */
let openFromArgv: (argv: readonly string[]) => void = () => undefined;

const reportArgs = (argv: readonly string[]): string[] =>
  argv.slice(1).filter((a) => !a.startsWith('-') && isReportFileName(a));

const start = (): void => {
  const dev = !app.isPackaged;
  const devServerUrl = dev ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null;
  installSecurityGuards(devServerUrl);
  installAppProtocol(RENDERER_DIR);

  // Internal errors are logged beside the workspace (workers started from now on inherit it),
  // and temporary folders a killed run left behind are removed.
  setErrorLogPath(join(app.getPath('userData'), ERROR_LOG_NAME));
  for (const prefix of ['nianbao-import-', 'nianbao-convert-']) removeStaleTempDirs(prefix);

  // The reviewer's work lives in one SQLite workspace in the app's data folder, reopened on
  // every start: every decision is committed as it is made.
  const workspace = Workspace.open(join(app.getPath('userData'), 'workspace.nianbao'));
  app.on('will-quit', () => workspace.close());
  const service = new ReviewService({ workspace, reviewer: reviewerName() });
  const exporter = new ExportService({ workspace, reviewer: reviewerName() });
  const platform = {
    chooseFiles: () => chooseReportFiles(mainWindow),
    chooseSavePath: (name: string, ext: string) => chooseSavePath(mainWindow, name, ext),
    showItemInFolder,
    // The page has switched to its print view (letter or register) before asking.
    print: () =>
      new Promise<boolean>((done) => {
        if (!mainWindow) return done(false);
        mainWindow.webContents.print({ printBackground: false }, (ok) => done(ok));
      }),
  };
  const sources = new SourceService({ workspace });
  const letters = new LetterSettingsStore(join(app.getPath('userData'), 'letter-settings.json'));
  const handlers = createHandlers(service, platform, sources, exporter, letters);
  registerIpc({ handlers, grantPaths: (p) => service.grantPaths(p), devServerUrl });

  installMenu(
    {
      openFiles: () => {
        void chooseReportFiles(mainWindow).then((chosen) => {
          const paths = service.grantPaths(chosen);
          if (paths.length > 0) mainWindow?.webContents.send('files:chosen', { paths });
        });
      },
      exportWorkspace: () => void exportWorkspace(workspace),
      importWorkspace: () => void importWorkspace(workspace),
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
