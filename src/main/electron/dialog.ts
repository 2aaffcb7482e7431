// The open and save dialogs: the one way besides drag and drop that a path reaches the services.
import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { describeFormats, REPORT_EXTENSIONS } from '../../shared/formats';

export const OPEN_DIALOG_OPTIONS: OpenDialogOptions = {
  title: '选择要审查的年度报告',
  buttonLabel: '导入',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: `年度报告：${describeFormats()}`, extensions: [...REPORT_EXTENSIONS] },
    { name: '所有文件', extensions: ['*'] },
  ],
};

/** The paths the reviewer chose; empty when the dialog was cancelled. */
export const chooseReportFiles = async (parent: BrowserWindow | null): Promise<string[]> => {
  const result = parent
    ? await dialog.showOpenDialog(parent, OPEN_DIALOG_OPTIONS)
    : await dialog.showOpenDialog(OPEN_DIALOG_OPTIONS);
  return result.canceled ? [] : result.filePaths;
};

const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV 表格（UTF-8）', extensions: ['csv'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  ofd: { name: 'OFD 版式文件', extensions: ['ofd'] },
};

/** Where to save an export; null when the dialog was cancelled. */
export const chooseSavePath = async (
  parent: BrowserWindow | null,
  suggestedName: string,
  extension: string,
): Promise<string | null> => {
  const filter = SAVE_FILTERS[extension];
  const options: SaveDialogOptions = {
    title: '保存导出文件',
    buttonLabel: '保存',
    defaultPath: suggestedName,
    filters: filter ? [filter] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
};
