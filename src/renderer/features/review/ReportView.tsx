// The report view: the document (original, text or the form's tables) on the left, findings on the right;
// selection, keyboard review (j/k/c/d/n, Shift+C/D for a group, e), decisions one by one or by
// group, comments, corrections, status, undo/redo.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Comment, ReportSummary, ReviewFinding } from '../../../shared/ipc/review';
import { activeFormOf, describeCell } from '../../../shared/model/form';
import { useToast } from '../../components/toasts';
import { useKeys } from '../../components/useKeys';
import { useStableCallback } from '../../components/useStableCallback';
import { zh } from '../../i18n/zh-CN';
import { ExportToolbar } from '../export/ExportToolbar';
import { OpenFilesButton } from '../import/OpenFilesButton';
import { VersionBanner } from '../versions/VersionBanner';
import { ReportDialogs, type Dialog } from './ReportDialogs';
import { FindingPanel } from './FindingPanel';
import { ReportHeader } from './ReportHeader';
import {
  buildMarks,
  groupTargets,
  placeOf,
  targetCell,
  type FindingFilter,
  type RuleGroup,
} from './reviewModel';
import { DocumentPane } from './DocumentPane';
import { cellOnlyMarks } from './originalLayout';
import { OriginalView } from './OriginalView';
import { documentSelection } from './selection';
import { opensOnOriginal, useAfterFirstPage, useOriginal } from './originalCache';
import { TableView } from './TableView';
import { useReview } from './useReview';
import { useFindingGroups } from './useFindingGroups';
import { useFocusCell } from './useFocusCell';
import { useMediaQuery } from './useMediaQuery';
import { useUndoKeys } from './useUndoKeys';

/** Below this height the fixed bars give way to the document. */
const COMPACT = '(max-height: 800px)';

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
  /** The app's 打开文件: a short window hides the app's header, so the report's header offers it. */
  onOpenFiles?(): void;
  /** Files are being imported: 打开文件 waits. */
  importing?: boolean;
  /** 上一份/下一份 (compact): a short window hides the app's header, where they are. */
  registerNav?: ReactNode;
  /** Goes up when an import changes this report's findings (they are reloaded in place). */
  changes?: number;
}

export const ReportView = ({
  id,
  onBack,
  onSummary,
  onOpenReport,
  initialCell,
  onOpenFiles,
  importing,
  registerNav,
  changes,
}: Props) => {
  const review = useReview(id, onSummary, changes);
  const { detail, doc, corrected, starts } = review;
  const { notify } = useToast();
  useOriginal(id, review.detail?.summary.format);
  // The text tab, hidden behind a PDF's pages, is built once page 1 is on screen.
  const textLater = useAfterFirstPage(id, review.detail?.summary.format);
  const [chosen, setTab] = useState<Tab | null>(initialCell ? 'tables' : null);
  // Until the reviewer picks a tab, a PDF, OFD or scanned report shows its original (the pages
  // beside the findings), any other the text.
  const tab: Tab =
    chosen ?? (opensOnOriginal(review.detail?.summary.format) ? 'original' : 'source');
  useFocusCell(initialCell, tab === 'tables' && !!review.doc);
  // The original is read and drawn only once its tab is first shown, then kept (hidden).
  const [seenOriginal, setSeenOriginal] = useState(false);
  useEffect(() => {
    if (tab === 'original') setSeenOriginal(true);
  }, [tab]);
  const [active, setActive] = useState<string | null>(null);
  const [activeComment, setActiveComment] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const [filter, setFilter] = useState<FindingFilter>('all');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // A laptop's window (720 px high): the export toolbar folds into a 导出 button over the page.
  const compact = useMediaQuery(COMPACT);
  const [toolsOpen, setToolsOpen] = useState(false);
  const sourceRef = useRef<HTMLDivElement>(null);
  const paneRef = useRef<HTMLElement>(null);

  const findings = useMemo(() => detail?.findings ?? [], [detail]);
  const found = findings.findIndex((f) => f.fingerprint === active);
  const activeIndex = found >= 0 ? found : null;
  const grouped = useFindingGroups(findings, filter);
  const { groups, order } = grouped;
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
  const subject = useCallback(
    (f: ReviewFinding) => {
      if (!doc || f.cells.length === 0) return null;
      const path = targetCell(f, doc);
      return path ? describeCell(path, activeFormOf(doc.report.cells)) : null;
    },
    [doc],
  );
  const cellName = useCallback(
    (path: string) => describeCell(path, doc ? activeFormOf(doc.report.cells) : undefined),
    [doc],
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
    const at = grouped.positionOf(activeIndex);
    const next =
      at < 0
        ? delta > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + delta));
    select(order[next]!.index);
  };
  const advanceFrom = (index: number) => {
    const at = grouped.positionOf(index);
    const next = order
      .slice(at + 1)
      .find((x) => !x.finding.decision || x.finding.decision.decision === 'pending');
    if (next) select(next.index);
  };

  const confirmGroup = (g: RuleGroup) => {
    const members = groupTargets(g, 'confirmed');
    const last = members.at(-1)?.index;
    void review
      .decideMany(
        members.map((x) => ({ f: x.finding, decision: 'confirmed' })),
        `确认一组问题（${members.length} 个）`,
      )
      .then((ok) => ok && last !== undefined && advanceFrom(last));
  };
  const dismissGroup = (g: RuleGroup) => {
    const members = groupTargets(g, 'dismissed');
    if (members.length > 0)
      setDialog({ kind: 'dismiss-group', indexes: members.map((x) => x.index), title: g.title });
  };
  const confirm = (index: number) => {
    const f = findings[index];
    if (f) void review.decide(f, 'confirmed').then((ok) => ok && advanceFrom(index));
  };
  const undo = (index: number) => {
    const f = findings[index];
    if (f) void review.decide(f, 'pending');
  };
  /** A comment quotes what is selected in the document, else the passage of the finding. */
  const comment = (index: number | null) => {
    const own = index !== null ? findings[index]?.spans[0] : undefined;
    const chosen = documentSelection(
      paneRef.current,
      sourceRef.current,
      doc?.report.text ?? '',
      own?.[0] ?? null,
    );
    if (chosen.kind === 'elsewhere') notify('info', zh.review.selectionElsewhere);
    else if (chosen.kind === 'span') setDialog({ kind: 'comment', span: chosen.span });
    else if (own) setDialog({ kind: 'comment', span: own });
    else notify('info', zh.review.selectionHint);
  };
  const stepHistory = (redo: boolean) =>
    void (redo ? review.history.redo() : review.history.undo()).then((label) =>
      notify(
        'info',
        label
          ? (redo ? zh.review.redone : zh.review.undone)(label)
          : redo
            ? zh.review.nothingToRedo
            : zh.review.nothingToUndo,
      ),
    );
  const correctFor = (index: number) => {
    const f = findings[index];
    const path = f && doc ? targetCell(f, doc) : null;
    if (path) setDialog({ kind: 'correct', path });
  };
  // The finding list's items are memoised: their handlers keep one identity across renders.
  const stableSelect = useStableCallback(select);
  const stableConfirm = useStableCallback(confirm);
  const stableDismiss = useStableCallback((index: number) => setDialog({ kind: 'dismiss', index }));
  const stableUndo = useStableCallback(undo);
  const stableComment = useStableCallback(comment);
  const stableCorrect = useStableCallback(correctFor);
  const stableToggle = useStableCallback(grouped.toggle);
  const stableConfirmGroup = useStableCallback((key: string) => {
    const g = grouped.byKey(key);
    if (g) confirmGroup(g);
  });
  const stableDismissGroup = useStableCallback((key: string) => {
    const g = grouped.byKey(key);
    if (g) dismissGroup(g);
  });
  const stableEditComment = useStableCallback((c: Comment) =>
    setDialog({ kind: 'edit-comment', comment: c }),
  );
  const stableDeleteComment = useStableCallback((c: Comment) => {
    void review.deleteComment(c).then((ok) => ok && notify('info', zh.review.commentDeleted));
  });
  const cellClick = (path: string) => {
    const hit = findings.findIndex(
      (f) => f.cells.includes(path) && f.decision?.decision !== 'dismissed',
    );
    if (hit >= 0 && hit !== activeIndex) {
      select(hit);
      grouped.reveal(hit);
    }
    setDialog({ kind: 'correct', path });
  };
  const markClick = useStableCallback((key: string) => {
    if (key.startsWith('f')) {
      select(Number(key.slice(1)));
      grouped.reveal(Number(key.slice(1)));
    } else if (key.startsWith('c')) setActiveComment(key.slice(1));
  });

  useKeys(
    {
      j: () => move(1),
      k: () => move(-1),
      // c and d on a collapsed group decide the group: the reviewer sees only its line.
      c: () => {
        const g = grouped.collapsedAt(activeIndex);
        if (g) confirmGroup(g);
        else if (activeIndex !== null) confirm(activeIndex);
      },
      d: () => {
        const g = grouped.collapsedAt(activeIndex);
        if (g) dismissGroup(g);
        else if (activeIndex !== null) setDialog({ kind: 'dismiss', index: activeIndex });
      },
      C: () => {
        const g = grouped.groupAt(activeIndex);
        if (g) confirmGroup(g);
      },
      D: () => {
        const g = grouped.groupAt(activeIndex);
        if (g) dismissGroup(g);
      },
      e: () => {
        const g = grouped.groupAt(activeIndex);
        if (g && grouped.byKey(g.key)) grouped.toggle(g.key);
      },
      n: () => comment(activeIndex),
    },
    dialog === null && doc !== null,
  );
  useUndoKeys(
    () => stepHistory(false),
    () => stepHistory(true),
    dialog === null && doc !== null,
  );

  if (review.loadError) return <main className="report-error">{review.loadError}</main>;
  if (!detail) return <main className="loading">正在打开报告…</main>;

  const showTools = !detail.summary.error && (!compact || toolsOpen);
  return (
    <main className={compact ? 'report compact' : 'report'}>
      <div className="report-top">
        <ReportHeader
          tools={
            compact ? (
              <>
                {registerNav}
                {onOpenFiles && <OpenFilesButton onOpen={onOpenFiles} busy={importing} />}
                {!detail.summary.error && (
                  <button
                    type="button"
                    className={toolsOpen ? 'tools-toggle on' : 'tools-toggle'}
                    aria-expanded={toolsOpen}
                    onClick={() => setToolsOpen((o) => !o)}
                  >
                    {zh.review.exportTools} ▾
                  </button>
                )}
              </>
            ) : null
          }
          summary={detail.summary}
          notes={detail.notes}
          onBack={onBack}
          onStatus={(status) =>
            status === 'in_review'
              ? void review.setStatus(status, null)
              : setDialog({ kind: 'status', status })
          }
        />
        {showTools && (
          <div className={compact ? 'report-tools overlay' : 'report-tools'}>
            <ExportToolbar summary={detail.summary} />
          </div>
        )}
      </div>
      <VersionBanner reportId={id} refresh={detail.summary} onOpen={onOpenReport} />
      {detail.summary.error ? (
        <div className="failed-file" role="alert">
          <h2>{zh.review.failedFile}</h2>
          <p>{detail.summary.error.message}</p>
        </div>
      ) : (
        <div className="review-body" onMouseDown={() => toolsOpen && setToolsOpen(false)}>
          <section className="doc-pane" ref={paneRef}>
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
                    setNonce((n) => n + 1);
                  }}
                >
                  {tabLabel[t]}
                </button>
              ))}
              <span className="keys-hint" title={zh.review.keysTip}>
                {zh.review.keysHint}
              </span>
            </div>
            {(seenOriginal || tab === 'original') && (
              <div className="doc-scroll original" hidden={tab !== 'original'}>
                <OriginalView
                  id={id}
                  doc={doc}
                  raw={detail.raw}
                  text={doc?.report.text ?? ''}
                  marks={originalMarks}
                  activeKey={activeKey}
                  flashNonce={tab === 'original' ? nonce : -1}
                  onMarkClick={markClick}
                />
              </div>
            )}
            <div className="doc-scroll" ref={sourceRef} hidden={tab !== 'source'}>
              {doc && (textLater || tab === 'source') ? (
                <DocumentPane
                  format={detail.summary.format}
                  text={doc.report.text}
                  marks={marks}
                  activeKey={activeKey}
                  flashNonce={tab === 'source' ? nonce : -1}
                  onMarkClick={markClick}
                />
              ) : (
                <p className="loading review-parsing">{zh.review.parsing}</p>
              )}
            </div>
            {tab === 'tables' && corrected && (
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
          {/* The text is parsed in a worker meanwhile: the original's pages are drawn already,
              the findings wait for their places in the text. */}
          {!doc ? (
            <aside className="panel" aria-label={zh.review.findings} aria-busy>
              <p className="loading review-parsing">{zh.review.parsing}</p>
            </aside>
          ) : (
            <FindingPanel
              findings={findings}
              groups={groups}
              filter={filter}
              onFilter={setFilter}
              activeIndex={activeIndex}
              placeOf={place}
              subjectOf={subject}
              cellName={cellName}
              expanded={grouped.expanded}
              onToggleGroup={stableToggle}
              onConfirmGroup={stableConfirmGroup}
              onDismissGroup={stableDismissGroup}
              onSelect={stableSelect}
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
              onEditComment={stableEditComment}
              onDeleteComment={stableDeleteComment}
              corrections={detail.corrections}
              onWithdraw={(path) => void review.correct(path, null)}
            />
          )}
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
