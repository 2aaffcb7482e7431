// The report view's header: back to the batch, which report, its status and the status actions.
import type { ReactNode } from 'react';
import type { ReportStatus, ReportSummary } from '../../../shared/ipc/review';
import { StatusBadge } from '../../components/StatusBadge';
import { zh } from '../../i18n/zh-CN';

interface Props {
  summary: ReportSummary;
  notes: readonly string[];
  onBack(): void;
  onStatus(status: Exclude<ReportStatus, 'pending'>): void;
  /** Buttons of the view shown before the status (the 导出 toggle of a small window). */
  tools?: ReactNode;
}

export const ReportHeader = ({ summary, notes, onBack, onStatus, tools }: Props) => {
  const done = summary.status === 'returned' || summary.status === 'approved';
  return (
    <header className="report-head">
      <button type="button" className="back" onClick={onBack}>
        ← {zh.back}
      </button>
      <div className="report-title">
        <h1 title={summary.title ?? undefined}>
          {summary.title ?? summary.agency ?? summary.fileName}
        </h1>
        <p className="report-meta">
          <span>{summary.agency ?? zh.batch.unknownAgency}</span>
          <span>{summary.year ? `${summary.year} 年度` : '年度未识别'}</span>
          <span className="format">{summary.format.toUpperCase()}</span>
          <span className="file">{summary.fileName}</span>
          {notes.map((n) => (
            <span key={n} className="note">
              {n}
            </span>
          ))}
        </p>
      </div>
      {tools}
      {!summary.error && (
        <div className="status-actions">
          <StatusBadge status={summary.status} />
          {done ? (
            <button type="button" onClick={() => onStatus('in_review')}>
              {zh.review.reopen}
            </button>
          ) : (
            <>
              <button type="button" className="danger" onClick={() => onStatus('returned')}>
                {zh.review.returnReport}
              </button>
              <button type="button" className="primary" onClick={() => onStatus('approved')}>
                {zh.review.approve}
              </button>
            </>
          )}
        </div>
      )}
    </header>
  );
};
