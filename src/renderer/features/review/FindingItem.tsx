// One finding in the list: severity, Chinese message, place, expected vs actual, suggestion,
// the reviewer's decision, and the actions.
import { memo, useEffect, useRef, type MouseEvent } from 'react';
import { decisionKindLabel, type ReviewFinding } from '../../../shared/ipc/review';
import { SeverityIcon } from '../../components/SeverityIcon';
import { zh } from '../../i18n/zh-CN';
import { ruleTitle } from './reviewModel';

/** The actions of one finding; stable identities, or every item renders again. */
export interface ItemHandlers {
  onSelect(index: number): void;
  onConfirm(index: number): void;
  onDismiss(index: number): void;
  onUndo(index: number): void;
  onComment(index: number): void;
  onCorrect(index: number): void;
}

interface Props extends ItemHandlers {
  index: number;
  finding: ReviewFinding;
  place: string | null;
  /** What the expected and actual values are of, when the finding names one cell. */
  subject: string | null;
  active: boolean;
}

export const FindingItem = memo(function FindingItem(p: Props) {
  const f = p.finding;
  const ref = useRef<HTMLLIElement>(null);
  // j/k move through hundreds of findings: keep the active one in sight in the list too.
  useEffect(() => {
    if (p.active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [p.active]);
  const decision = f.decision?.decision ?? 'pending';
  const title = ruleTitle(f.ruleId);
  const stop = (fn: (i: number) => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn(p.index);
  };
  return (
    <li
      ref={ref}
      className={`finding sev-${f.severity} decision-${decision}${p.active ? ' active' : ''}`}
      data-finding={p.index}
      data-rule={f.ruleId}
      aria-current={p.active || undefined}
      onClick={() => p.onSelect(p.index)}
    >
      <div className="finding-head">
        <SeverityIcon severity={f.severity} />
        <p className="finding-message">{f.message}</p>
      </div>
      <div className="finding-meta">
        <span className="finding-place">{p.place ?? zh.review.noPlace}</span>
        <span className="finding-rule" title={zh.review.ruleTip(title, f.ruleId)}>
          {title}
        </span>
      </div>
      {/* Without an expected value a bare "实为 20" says nothing the message does not. */}
      {f.expected !== null && (
        <p className="finding-ea">
          {p.subject && p.subject !== p.place && <span className="ea-subject">{p.subject}</span>}
          <span className="ea-expected">
            {zh.review.expected} <b>{f.expected}</b>
          </span>
          ，
          <span className="ea-actual">
            {zh.review.actual} <b>{f.actual ?? zh.review.blank}</b>
          </span>
        </p>
      )}
      {f.suggestion && (
        <p className="finding-suggestion">
          {zh.review.suggestion}：{f.suggestion}
        </p>
      )}
      {decision !== 'pending' && (
        <p className={`finding-decision decision-${decision}`}>
          {decisionKindLabel[decision]}
          {f.decision?.reason ? `：${f.decision.reason}` : ''}
        </p>
      )}
      {p.active && (
        <div className="finding-actions">
          {decision === 'pending' ? (
            <>
              <button type="button" className="act act-confirm" onClick={stop(p.onConfirm)}>
                {zh.review.confirm} <kbd>c</kbd>
              </button>
              <button type="button" className="act act-dismiss" onClick={stop(p.onDismiss)}>
                {zh.review.dismiss} <kbd>d</kbd>
              </button>
            </>
          ) : (
            <button type="button" className="act" onClick={stop(p.onUndo)}>
              {zh.review.undo}
            </button>
          )}
          <button type="button" className="act" onClick={stop(p.onComment)}>
            {zh.review.comment} <kbd>n</kbd>
          </button>
          {f.cells.length > 0 && (
            <button type="button" className="act" onClick={stop(p.onCorrect)}>
              {zh.review.correct}
            </button>
          )}
        </div>
      )}
    </li>
  );
});
