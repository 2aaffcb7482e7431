// The report's export toolbar: issue list, review letter (preview, print, save; its settings),
// annotated original, with feedback.
import { useState } from 'react';
import type { ReportSummary } from '../../../shared/ipc/review';
import { useToast } from '../../components/toasts';
import { ExportFeedback } from './ExportFeedback';
import { IssueOptions, type IssueFormat, type IssueScope } from './IssueOptions';
import { LetterDialog } from './LetterDialog';
import { LetterSettingsDialog } from './LetterSettingsDialog';
import { LetterSheet } from './LetterSheet';
import { usePrint } from './usePrint';
import { exportCalls, useExport } from './useExport';
import './export.css';

/** Which dialog is open; settings opened from the preview return to it. */
type Open = 'letter' | 'settings' | 'settings-from-letter' | null;

export const ExportToolbar = ({ summary }: { summary: ReportSummary }) => {
  const { busy, outcome, run } = useExport();
  const { notify } = useToast();
  const printer = usePrint();
  const [format, setFormat] = useState<IssueFormat>('xlsx');
  const [scope, setScope] = useState<IssueScope>('all');
  const [open, setOpen] = useState<Open>(null);
  const id = summary.id;
  const afterSettings = () => setOpen(open === 'settings-from-letter' ? 'letter' : null);
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
        <button type="button" disabled={busy !== null} onClick={() => setOpen('letter')}>
          生成审核意见书
        </button>
        <button type="button" onClick={() => setOpen('settings')}>
          意见书设置
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
      {printer.error && (
        <p className="export-feedback failed" role="alert">
          {printer.error}
        </p>
      )}
      {open === 'letter' && (
        <LetterDialog
          reportId={id}
          onClose={() => setOpen(null)}
          onSettings={() => setOpen('settings-from-letter')}
          onPrint={(model) => void printer.print(<LetterSheet model={model} />)}
          onSave={(unconfirmed) => {
            setOpen(null);
            void run('审核意见书', () => exportCalls.letter(id, unconfirmed));
          }}
        />
      )}
      {(open === 'settings' || open === 'settings-from-letter') && (
        <LetterSettingsDialog
          onCancel={afterSettings}
          onSaved={() => {
            notify('info', '意见书设置已保存。');
            afterSettings();
          }}
        />
      )}
      {printer.view}
    </div>
  );
};
