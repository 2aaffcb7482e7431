// The application menu, in Chinese.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openFiles(): void;
  /** Hands the workspace to a colleague: one file with every report and review record. */
  exportWorkspace(): void;
  /** Merges a colleague's workspace file into this one (both sides' decisions kept). */
  importWorkspace(): void;
  about(): void;
}

/** The menu template; `dev` adds reload and DevTools. */
export const menuTemplate = (actions: MenuActions, dev: boolean): MenuItemConstructorOptions[] => [
  {
    label: '文件',
    submenu: [
      { label: '打开报告…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFiles() },
      { type: 'separator' },
      { label: '导出工作区（交给同事）…', click: () => actions.exportWorkspace() },
      { label: '并入同事的工作区…', click: () => actions.importWorkspace() },
      { type: 'separator' },
      { label: '退出', role: 'quit' },
    ],
  },
  {
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  },
  {
    label: '视图',
    submenu: [
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
      ...(dev
        ? ([
            { type: 'separator' },
            { label: '重新加载', role: 'reload' },
            { label: '开发者工具', role: 'toggleDevTools' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  },
  {
    label: '帮助',
    submenu: [{ label: '关于年报审查', click: () => actions.about() }],
  },
];

export const installMenu = (actions: MenuActions, dev: boolean): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, dev)));
};
