// The progress bar shown while files are read and checked, with a button to stop the batch.
import { useState } from 'react';
import type { BatchProgress } from '../../../shared/ipc/review';
import { invoke } from '../../api';
import { zh } from '../../i18n/zh-CN';

export const ImportProgress = ({ progress }: { progress: BatchProgress }) => {
  const share = progress.total === 0 ? 0 : progress.done / progress.total;
  const [stopping, setStopping] = useState(false);
  // The files read so far are kept; the rest can be imported again later.
  const stop = () => {
    setStopping(true);
    void invoke('import:cancel', {}).catch(() => setStopping(false));
  };
  return (
    <div
      className="import-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={progress.total}
      aria-valuenow={progress.done}
    >
      <div className="import-bar">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="import-text">
        {stopping
          ? '正在停止导入，已读取的文件会保留……'
          : zh.importing(progress.done, progress.total, progress.current)}
      </span>
      {progress.total >= 3 && progress.done < progress.total && (
        <button type="button" className="import-cancel" onClick={stop} disabled={stopping}>
          停止导入
        </button>
      )}
    </div>
  );
};
