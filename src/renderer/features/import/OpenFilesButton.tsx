// 打开文件: the app's header has it; a short window's report header shows it too (the app's
// header is hidden there). Ctrl+O is the menu's 文件 › 打开报告… in the app.
import { zh } from '../../i18n/zh-CN';

interface Props {
  onOpen(): void;
  /** An import is under way: a second one waits for it. */
  busy?: boolean;
  primary?: boolean;
}

export const OpenFilesButton = ({ onOpen, busy, primary }: Props) => (
  <button
    type="button"
    className={primary ? 'primary' : undefined}
    title={zh.openFilesTip}
    aria-keyshortcuts="Control+O"
    onClick={onOpen}
    disabled={busy}
  >
    {zh.openFiles}
  </button>
);
