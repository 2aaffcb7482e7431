// The report's export toolbar: issue list, review letter, annotated original, with feedback.
import { useState } from 'react';
import type { ReportSummary } from '../../../shared/ipc/review';
import { ExportFeedback } from './ExportFeedback';
import { IssueOptions, type IssueFormat, type IssueScope } from './IssueOptions';
import { exportCalls, useExport } from './useExport';
import './export.css';

/** Returned reports get a 退回修改 letter by default, approved ones 通过. */
const defaultConclusion = (s: ReportSummary): 'return' | 'pass' =>
  s.status === 'approved' ? 'pass' : 'return';

export const ExportToolbar = ({ summary }: { summary: ReportSummary }) => {
  const { busy, outcome, run } = useExport();
  const [format, setFormat] = useState<IssueFormat>('xlsx');
  const [scope, setScope] = useState<IssueScope>('all');
  const [conclusion, setConclusion] = useState<'return' | 'pass'>(defaultConclusion(summary));
  const id = summary.id;
  return (
    <div className="export-toolbar" role="toolbar" aria-label="导出">
      <div className="export-group">
        <IssueOptions format={format} scope={scope} onFormat={setFormat} onScope={setScope} />
        <button
          type="button"
          disabled={busy !== null}
          onClick={() => void run('问题清单', () => exportCalls.issues(id, format, scope))}
        >
          导出问题清单
        </button>
      </div>
      <div className="export-group">
        <select
          aria-label="审核结论"
          value={conclusion}
          onChange={(e) => setConclusion(e.target.value as 'return' | 'pass')}
        >
          <option value="return">结论：退回修改</option>
          <option value="pass">结论：通过</option>
        </select>
        <button
          type="button"
          disabled={busy !== null}
          onClick={() => void run('审核意见书', () => exportCalls.letter(id, conclusion))}
        >
          生成审核意见书
        </button>
      </div>
      <div className="export-group">
        <button
          type="button"
          disabled={busy !== null}
          onClick={() => void run('批注版原文', () => exportCalls.annotated(id))}
        >
          导出批注版原文
        </button>
      </div>
      {busy && <span className="export-busy">正在生成{busy}…</span>}
      <ExportFeedback outcome={outcome} />
    </div>
  );
};
