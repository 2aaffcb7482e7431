// The report view: the document (original, text or the form's tables) on the left, findings on the right;
// selection, keyboard review (j/k/c/d/n), decisions, comments, corrections, status.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReportSummary, ReviewFinding } from '../../../shared/ipc/review';
import { useToast } from '../../components/toasts';
import { useKeys } from '../../components/useKeys';
import { useStableCallback } from '../../components/useStableCallback';
import { zh } from '../../i18n/zh-CN';
import { ExportToolbar } from '../export/ExportToolbar';
import { VersionBanner } from '../versions/VersionBanner';
import { ReportDialogs, type Dialog } from './ReportDialogs';
import { FindingPanel } from './FindingPanel';
import { ReportHeader } from './ReportHeader';
import { buildMarks, groupFindings, placeOf, targetCell, type FindingFilter } from './reviewModel';
import { DocumentPane } from './DocumentPane';
import { cellOnlyMarks } from './originalLayout';
import { OriginalView } from './OriginalView';
import { useOriginal } from './originalCache';
import { selectedSpan } from './SourceView';
import { TableView } from './TableView';
import { useReview } from './useReview';
import { useFocusCell } from './useFocusCell';

type Tab = 'original' | 'source' | 'tables';
const tabs: readonly Tab[] = ['original', 'source', 'tables'];
const tabLabel: Record<Tab, string> = {
  original: zh.review.tabOriginal,
  source: zh.review.tabSource,
  tables: zh.review.tabTables,
};

interface Props {
  id: string;
  onBack(): void;
  onSummary(s: ReportSummary): void;
  /** Opens another report (another version of this one, from the 版本 banner). */
  onOpenReport?(id: string): void;
  /** Opens on the tables with this cell in view (from the roll-up's drill-down). */
  initialCell?: string;
}

export const ReportView = ({ id, onBack, onSummary, onOpenReport, initialCell }: Props) => {
  const review = useReview(id, onSummary);
  const { detail, doc, corrected, starts } = review;
  const { notify } = useToast();
  useOriginal(id, review.detail?.summary.format);
  const [tab, setTab] = useState<Tab>(initialCell ? 'tables' : 'source');
  useFocusCell(initialCell, tab === 'tables' && !!review.doc);
  // The original is read and drawn only once the reviewer first opens its tab.
  const [seenOriginal, setSeenOriginal] = useState(false);
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
  // The marks depend on the active finding only when it is a dismissed one (shown while active):
  // moving between other findings keeps the same marks, so the views do not lay them out again.
  const shownDismissed =
    activeIndex !== null && findings[activeIndex]?.decision?.decision === 'dismissed'
      ? activeIndex
      : null;
  const marks = useMemo(
    () =>
      doc && detail
        ? buildMarks(findings, detail.comments, detail.corrections, doc, shownDismissed)
        : [],
    [doc, detail, findings, shownDismissed],
  );
  const originalMarks = useMemo(
    () => (doc ? [...marks, ...cellOnlyMarks(findings, doc, shownDismissed)] : marks),
    [marks, doc, findings, shownDismissed],
  );
  const activeKey = activeComment
    ? `c${activeComment}`
    : activeIndex !== null
      ? `f${activeIndex}`
      : null;
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
  // The finding list's items are memoised: their handlers keep one identity across renders.
  const stableConfirm = useStableCallback(confirm);
  const stableDismiss = useStableCallback((index: number) => setDialog({ kind: 'dismiss', index }));
  const stableUndo = useStableCallback(undo);
  const stableComment = useStableCallback(comment);
  const stableCorrect = useStableCallback(correctFor);
  const cellClick = (path: string) => {
    const hit = findings.findIndex(
      (f) => f.cells.includes(path) && f.decision?.decision !== 'dismissed',
    );
    if (hit >= 0 && hit !== activeIndex) select(hit);
    setDialog({ kind: 'correct', path });
  };
  const markClick = useStableCallback((key: string) => {
    if (key.startsWith('f')) select(Number(key.slice(1)));
    else if (key.startsWith('c')) setActiveComment(key.slice(1));
  });

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
      {!detail.summary.error && <ExportToolbar summary={detail.summary} />}
      <VersionBanner reportId={id} refresh={detail.summary} onOpen={onOpenReport} />
      {detail.summary.error || !doc || !corrected ? (
        <div className="failed-file" role="alert">
          <h2>{zh.review.failedFile}</h2>
          <p>{detail.summary.error?.message}</p>
        </div>
      ) : (
        <div className="review-body">
          <section className="doc-pane">
            <div className="tabs" role="tablist">
              {tabs.map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  aria-selected={tab === t}
                  className={tab === t ? 'tab on' : 'tab'}
                  onClick={() => {
                    setTab(t);
                    if (t === 'original') setSeenOriginal(true);
                    setNonce((n) => n + 1);
                  }}
                >
                  {tabLabel[t]}
                </button>
              ))}
              <span className="keys-hint">{zh.review.keysHint}</span>
            </div>
            {seenOriginal && (
              <div className="doc-scroll original" hidden={tab !== 'original'}>
                <OriginalView
                  id={id}
                  doc={doc}
                  raw={detail.raw}
                  text={doc.report.text}
                  marks={originalMarks}
                  activeKey={activeKey}
                  flashNonce={tab === 'original' ? nonce : -1}
                  onMarkClick={markClick}
                />
              </div>
            )}
            <div className="doc-scroll" ref={sourceRef} hidden={tab !== 'source'}>
              <DocumentPane
                format={detail.summary.format}
                text={doc.report.text}
                marks={marks}
                activeKey={activeKey}
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
            onConfirm={stableConfirm}
            onDismiss={stableDismiss}
            onUndo={stableUndo}
            onComment={stableComment}
            onCorrect={stableCorrect}
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
