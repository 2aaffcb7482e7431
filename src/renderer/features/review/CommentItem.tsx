// One of the reviewer's comments in the panel: the passage, the text, who; edit and delete.
import { memo, type MouseEvent } from 'react';
import type { Comment } from '../../../shared/ipc/review';
import { zh } from '../../i18n/zh-CN';

interface Props {
  comment: Comment;
  onSelect(c: Comment): void;
  onEdit(c: Comment): void;
  onDelete(c: Comment): void;
}

export const CommentItem = memo(function CommentItem({ comment: c, ...p }: Props) {
  const stop = (fn: (c: Comment) => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn(c);
  };
  return (
    <li className="comment" data-comment={c.id} onClick={() => p.onSelect(c)}>
      <blockquote>{c.quote.length > 60 ? `${c.quote.slice(0, 60)}…` : c.quote}</blockquote>
      <p>{c.text}</p>
      <div className="comment-foot">
        <span className="muted">{c.reviewer}</span>
        <button type="button" className="link" onClick={stop(p.onEdit)}>
          {zh.review.editComment}
        </button>
        <button type="button" className="link danger-link" onClick={stop(p.onDelete)}>
          {zh.review.deleteComment}
        </button>
      </div>
    </li>
  );
});
