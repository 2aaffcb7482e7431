// The dialog the report view has open, wired to the review's actions.
import { CorrectDialog } from './CorrectDialog';
import { CommentDialog, DismissDialog, StatusDialog } from './dialogs';
import type { Comment } from '../../../shared/ipc/review';
import type { Span } from '../../../shared/model/schema';
import { zh } from '../../i18n/zh-CN';
import type { Review } from './useReview';

export type Dialog =
  | { kind: 'dismiss'; index: number }
  /** A group dismissed with one reason: its members to change, and how it is called. */
  | { kind: 'dismiss-group'; indexes: number[]; title: string }
  | { kind: 'comment'; span: Span }
  | { kind: 'edit-comment'; comment: Comment }
  | { kind: 'correct'; path: string }
  | { kind: 'status'; status: 'returned' | 'approved' };

interface Props {
  dialog: Dialog;
  review: Review;
  onClose(): void;
  /** Called with the index of a finding once it is dismissed (to move on to the next). */
  onDismissed(index: number): void;
}

export const ReportDialogs = ({ dialog, review, onClose, onDismissed }: Props) => {
  const { detail, doc } = review;
  if (!detail || !doc) return null;
  const findings = detail.findings;
  switch (dialog.kind) {
    case 'dismiss': {
      const f = findings[dialog.index];
      if (!f) return null;
      return (
        <DismissDialog
          message={f.message}
          onCancel={onClose}
          onSave={(reason) => {
            onClose();
            void review
              .decide(f, 'dismissed', reason)
              .then((ok) => ok && onDismissed(dialog.index));
          }}
        />
      );
    }
    case 'dismiss-group': {
      const members = dialog.indexes.flatMap((i) => (findings[i] ? [findings[i]] : []));
      return (
        <DismissDialog
          title={zh.dialogs.dismissGroupTitle}
          message={`${dialog.title} ×${members.length}`}
          onCancel={onClose}
          onSave={(reason) => {
            onClose();
            void review.decideMany(
              members.map((f) => ({ f, decision: 'dismissed', reason })),
              `排除一组问题（${members.length} 个）`,
            );
          }}
        />
      );
    }
    case 'edit-comment':
      return (
        <CommentDialog
          quote={dialog.comment.quote}
          initial={dialog.comment.text}
          onCancel={onClose}
          onSave={(text) => {
            onClose();
            void review.editComment(dialog.comment, text);
          }}
        />
      );
    case 'comment':
      return (
        <CommentDialog
          quote={doc.report.text.slice(dialog.span[0], dialog.span[1])}
          onCancel={onClose}
          onSave={(text) => {
            onClose();
            void review.comment(dialog.span, text);
          }}
        />
      );
    case 'correct':
      return (
        <CorrectDialog
          path={dialog.path}
          doc={doc}
          findings={findings}
          corrections={detail.corrections}
          onCancel={onClose}
          onSave={(value) => {
            onClose();
            void review.correct(dialog.path, value);
          }}
        />
      );
    case 'status':
      return (
        <StatusDialog
          status={dialog.status}
          openErrors={
            findings.filter(
              (f) => f.severity === 'error' && (f.decision?.decision ?? 'pending') === 'pending',
            ).length
          }
          onCancel={onClose}
          onSave={(note) => {
            onClose();
            void review.setStatus(dialog.status, note);
          }}
        />
      );
  }
};
