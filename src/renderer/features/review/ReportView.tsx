// The report view: the document (text or the form's tables) on the left, findings on the right;
// selection, keyboard review (j/k/c/d/n), decisions, comments, corrections, status.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReportSummary, ReviewFinding } from '../../../shared/ipc/review';
import { useToast } from '../../components/toasts';
import { useKeys } from '../../components/useKeys';
import { zh } from '../../i18n/zh-CN';
import { ReportDialogs, type Dialog } from './ReportDialogs';
import { FindingPanel } from './FindingPanel';
import { ReportHeader } from './ReportHeader';
import { buildMarks, groupFindings, placeOf, targetCell, type FindingFilter } from './reviewModel';
import { DocumentPane } from './DocumentPane';
import { selectedSpan } from './SourceView';
import { TableView } from './TableView';
import { useReview } from './useReview';

interface Props {
  id: string;
  onBack(): void;
  onSummary(s: ReportSummary): void;
}

export const ReportView = ({ id, onBack, onSummary }: Props) => {
  const review = useReview(id, onSummary);
  const { detail, doc, corrected, starts } = review;
  const { notify } = useToast();
  const [tab, setTab] = useState<'source' | 'tables'>('source');
  const [active, setActive] = useState<string | null>(null);
  const [activeComment, setActiveComment] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const [filter, setFilter] = useState<FindingFilter>('all');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const sourceRef = useRef<HTMLDivElement>(null);

  const findings = useMemo(() => detail?.findings ?? [], [detail]);
  const found = findings.findIndex((f) => f.fingerprint === active);
  const activeIndex = found >= 0 ? found : null;
  const { groups, order } = useMemo(() => groupFindings(findings, filter), [findings, filter]);
  const marks = useMemo(
    () =>
      doc && detail
        ? buildMarks(findings, detail.comments, detail.corrections, doc, activeIndex)
        : [],
    [doc, detail, findings, activeIndex],
  );
  const place = useCallback(
    (f: ReviewFinding) => (doc ? placeOf(f, doc, starts) : null),
    [doc, starts],
  );

  const select = useCallback(
    (index: number) => {
      const f = findings[index];
      if (!f) return;
      setActive(f.fingerprint);
      setActiveComment(null);
      setNonce((n) => n + 1);
    },
    [findings],
  );
  const move = (delta: number) => {
    if (order.length === 0) return;
    const at = order.findIndex((x) => x.index === activeIndex);
    const next =
      at < 0
        ? delta > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + delta));
    select(order[next]!.index);
  };
  const advanceFrom = (index: number) => {
    const at = order.findIndex((x) => x.index === index);
    const next = order
      .slice(at + 1)
      .find((x) => !x.finding.decision || x.finding.decision.decision === 'pending');
    if (next) select(next.index);
  };

  const confirm = (index: number) => {
    const f = findings[index];
    if (f) void review.decide(f, 'confirmed').then((ok) => ok && advanceFrom(index));
  };
  const undo = (index: number) => {
    const f = findings[index];
    if (f) void review.decide(f, 'pending');
  };
  const comment = (index: number | null) => {
    const span =
      selectedSpan(sourceRef.current) ?? (index !== null ? findings[index]?.spans[0] : undefined);
    if (!span) notify('info', zh.review.selectionHint);
    else setDialog({ kind: 'comment', span });
  };
  const correctFor = (index: number) => {
    const f = findings[index];
    const path = f && doc ? targetCell(f, doc) : null;
    if (path) setDialog({ kind: 'correct', path });
  };
  const cellClick = (path: string) => {
    const hit = findings.findIndex(
      (f) => f.cells.includes(path) && f.decision?.decision !== 'dismissed',
    );
    if (hit >= 0 && hit !== activeIndex) select(hit);
    setDialog({ kind: 'correct', path });
  };
  const markClick = (key: string) => {
    if (key.startsWith('f')) select(Number(key.slice(1)));
    else if (key.startsWith('c')) setActiveComment(key.slice(1));
  };

  useKeys(
    {
      j: () => move(1),
      k: () => move(-1),
      c: () => activeIndex !== null && confirm(activeIndex),
      d: () => activeIndex !== null && setDialog({ kind: 'dismiss', index: activeIndex }),
      n: () => comment(activeIndex),
    },
    dialog === null && doc !== null,
  );

  if (review.loadError) return <main className="report-error">{review.loadError}</main>;
  if (!detail) return <main className="loading">正在打开报告…</main>;

  return (
    <main className="report">
      <ReportHeader
        summary={detail.summary}
        notes={detail.notes}
        onBack={onBack}
        onStatus={(status) =>
          status === 'in_review'
            ? void review.setStatus(status, null)
            : setDialog({ kind: 'status', status })
        }
      />
      {detail.summary.error || !doc || !corrected ? (
        <div className="failed-file" role="alert">
          <h2>{zh.review.failedFile}</h2>
          <p>{detail.summary.error?.message}</p>
        </div>
      ) : (
        <div className="review-body">
          <section className="doc-pane">
            <div className="tabs" role="tablist">
              {(['source', 'tables'] as const).map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  aria-selected={tab === t}
                  className={tab === t ? 'tab on' : 'tab'}
                  onClick={() => {
                    setTab(t);
                    setNonce((n) => n + 1);
                  }}
                >
                  {t === 'source' ? zh.review.tabSource : zh.review.tabTables}
                </button>
              ))}
              <span className="keys-hint">{zh.review.keysHint}</span>
            </div>
            <div className="doc-scroll" ref={sourceRef} hidden={tab !== 'source'}>
              <DocumentPane
                format={detail.summary.format}
                text={doc.report.text}
                marks={marks}
                activeKey={
                  activeComment
                    ? `c${activeComment}`
                    : activeIndex !== null
                      ? `f${activeIndex}`
                      : null
                }
                flashNonce={tab === 'source' ? nonce : -1}
                onMarkClick={markClick}
              />
            </div>
            {tab === 'tables' && (
              <TableView
                doc={corrected}
                findings={findings}
                corrections={detail.corrections}
                activeIndex={activeIndex}
                flashNonce={nonce}
                onCellClick={cellClick}
              />
            )}
          </section>
          <FindingPanel
            findings={findings}
            groups={groups}
            filter={filter}
            onFilter={setFilter}
            activeIndex={activeIndex}
            placeOf={place}
            onSelect={select}
            onConfirm={confirm}
            onDismiss={(index) => setDialog({ kind: 'dismiss', index })}
            onUndo={undo}
            onComment={comment}
            onCorrect={correctFor}
            comments={detail.comments}
            onSelectComment={(c) => {
              setActiveComment(c.id);
              setTab('source');
              setNonce((n) => n + 1);
            }}
            corrections={detail.corrections}
            onWithdraw={(path) => void review.correct(path, null)}
          />
        </div>
      )}
      {dialog && (
        <ReportDialogs
          dialog={dialog}
          review={review}
          onClose={() => setDialog(null)}
          onDismissed={advanceFrom}
        />
      )}
    </main>
  );
};
