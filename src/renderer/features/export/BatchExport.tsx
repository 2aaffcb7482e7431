// The batch's export: one issue list for every readable report, with feedback.
import { useState } from 'react';
import { ExportFeedback } from './ExportFeedback';
import { IssueOptions, type IssueFormat, type IssueScope } from './IssueOptions';
import { exportCalls, useExport } from './useExport';
import './export.css';

export const BatchExport = ({ disabled }: { disabled: boolean }) => {
  const { busy, outcome, run } = useExport();
  const [format, setFormat] = useState<IssueFormat>('xlsx');
  const [scope, setScope] = useState<IssueScope>('all');
  return (
    <div className="export-toolbar batch-export" role="toolbar" aria-label="批量导出">
      <div className="export-group">
        <IssueOptions format={format} scope={scope} onFormat={setFormat} onScope={setScope} />
        <button
          type="button"
          disabled={disabled || busy !== null}
          onClick={() => void run('全部问题清单', () => exportCalls.issues(null, format, scope))}
        >
          导出全部问题清单
        </button>
      </div>
      {busy && <span className="export-busy">正在生成{busy}…</span>}
      <ExportFeedback outcome={outcome} />
    </div>
  );
};
