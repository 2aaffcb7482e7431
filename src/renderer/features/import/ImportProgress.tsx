// The progress bar shown while files are read and checked.
import type { BatchProgress } from '../../../shared/ipc/review';
import { zh } from '../../i18n/zh-CN';

export const ImportProgress = ({ progress }: { progress: BatchProgress }) => {
  const share = progress.total === 0 ? 0 : progress.done / progress.total;
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
        {zh.importing(progress.done, progress.total, progress.current)}
      </span>
    </div>
  );
};
