// The line under the export buttons: where the file was saved (with 打开所在文件夹), or why not.
import { useState } from 'react';
import { errorMessage, invoke } from '../../api';
import type { ExportOutcome } from './useExport';

const ShowInFolder = ({ path }: { path: string }) => {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setError(null);
          invoke('shell:show-in-folder', { path }).catch((e: unknown) => setError(errorMessage(e)));
        }}
      >
        打开所在文件夹
      </button>
      {error && <span className="export-feedback-error">（{error}）</span>}
    </>
  );
};

export const ExportFeedback = ({ outcome }: { outcome: ExportOutcome | null }) => {
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <p className="export-feedback failed" role="alert">
        {outcome.label}未能导出：{outcome.message}
      </p>
    );
  }
  if (outcome.kind === 'cancelled') {
    return (
      <p className="export-feedback" role="status">
        已取消导出{outcome.label}。
      </p>
    );
  }
  const { path, unplaced } = outcome.saved;
  return (
    <p className="export-feedback saved" role="status">
      {outcome.label}已保存到 <span className="export-path">{path}</span>
      {unplaced > 0 && `（其中 ${unplaced} 条未能对准原文位置，已放在文首）`}{' '}
      <ShowInFolder path={path} />
    </p>
  );
};
