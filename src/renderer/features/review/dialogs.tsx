// The small dialogs of the report view: dismiss with a reason, comment on a passage, change status.
import { useState } from 'react';
import type { ReportStatus } from '../../../shared/ipc/review';
import { Modal } from '../../components/Modal';
import { zh } from '../../i18n/zh-CN';

export const DismissDialog = (p: {
  message: string;
  /** Another title (a group dismissed at once). */
  title?: string;
  onSave(reason: string): void;
  onCancel(): void;
}) => {
  const [reason, setReason] = useState('');
  return (
    <Modal
      title={p.title ?? zh.dialogs.dismissTitle}
      submitLabel={zh.review.dismiss}
      submitDisabled={reason.trim() === ''}
      onSubmit={() => p.onSave(reason.trim())}
      onCancel={p.onCancel}
    >
      <p className="quote">{p.message}</p>
      <label>
        {zh.dialogs.dismissLabel}
        <textarea
          name="reason"
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="例如：该数字为本单位收到的咨询量，不属于政府信息公开申请。"
        />
      </label>
    </Modal>
  );
};

export const CommentDialog = (p: {
  quote: string;
  /** The comment's text when editing one. */
  initial?: string;
  onSave(text: string): void;
  onCancel(): void;
}) => {
  const [text, setText] = useState(p.initial ?? '');
  return (
    <Modal
      title={p.initial === undefined ? zh.dialogs.commentTitle : zh.dialogs.editCommentTitle}
      submitLabel={zh.dialogs.save}
      submitDisabled={text.trim() === '' || text.trim() === p.initial}
      onSubmit={() => p.onSave(text.trim())}
      onCancel={p.onCancel}
    >
      <blockquote className="quote">
        {p.quote.length > 200 ? `${p.quote.slice(0, 200)}…` : p.quote}
      </blockquote>
      <label>
        {zh.dialogs.commentLabel}
        <textarea name="comment" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
    </Modal>
  );
};

export const StatusDialog = (p: {
  status: Extract<ReportStatus, 'returned' | 'approved'>;
  openErrors: number;
  onSave(note: string | null): void;
  onCancel(): void;
}) => {
  const [note, setNote] = useState('');
  const title = p.status === 'returned' ? zh.dialogs.returnTitle : zh.dialogs.approveTitle;
  return (
    <Modal
      title={title}
      submitLabel={title}
      onSubmit={() => p.onSave(note.trim() || null)}
      onCancel={p.onCancel}
    >
      {p.openErrors > 0 && <p className="warn-line">{zh.dialogs.openErrors(p.openErrors)}</p>}
      <label>
        {zh.dialogs.statusNote}
        <textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </Modal>
  );
};
