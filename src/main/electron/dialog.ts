// The open dialog: the one way besides drag and drop that a path reaches the review service.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';

export const OPEN_DIALOG_OPTIONS: OpenDialogOptions = {
  title: '选择要审查的年度报告',
  buttonLabel: '导入',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: '年度报告（Word、PDF、文本）', extensions: ['docx', 'pdf', 'txt', 'doc', 'wps'] },
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
