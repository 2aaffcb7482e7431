// The right pane: findings grouped by category, a rule's many findings as one group line (or
// "未发现问题"), then the reviewer's comments and cell corrections. Moving to another finding
// re-renders the two items (or group lists) that gain or lose it, not the whole list.
import { useMemo } from 'react';
import type { Comment, Correction, ReviewFinding } from '../../../shared/ipc/review';
import { zh } from '../../i18n/zh-CN';
import { CommentItem } from './CommentItem';
import { FindingItem, type ItemHandlers } from './FindingItem';
import { matchesFilter, type FindingFilter, type FindingGroup } from './reviewModel';
import { RuleGroupItem } from './RuleGroupItem';

interface Props extends ItemHandlers {
  findings: readonly ReviewFinding[];
  groups: FindingGroup[];
  filter: FindingFilter;
  onFilter(f: FindingFilter): void;
  activeIndex: number | null;
  /** Where a finding is; called once per finding and report, so keep its identity stable. */
  placeOf(f: ReviewFinding): string | null;
  /** What the expected and actual values are of ("表三「（七）总计」总计列"), if one cell. */
  subjectOf(f: ReviewFinding): string | null;
  /** A cell's name, table 二's by the form the report filled (2019 or 2021). */
  cellName(path: string): string;
  expanded: ReadonlySet<string>;
  onToggleGroup(key: string): void;
  onConfirmGroup(key: string): void;
  onDismissGroup(key: string): void;
  comments: readonly Comment[];
  onSelectComment(c: Comment): void;
  onEditComment(c: Comment): void;
  onDeleteComment(c: Comment): void;
  corrections: readonly Correction[];
  onWithdraw(path: string): void;
}

const filters: Array<[FindingFilter, string]> = [
  ['all', zh.review.filterAll],
  ['open', zh.review.filterOpen],
  ['confirmed', zh.review.filterConfirmed],
  ['dismissed', zh.review.filterDismissed],
];

export const FindingPanel = (p: Props) => {
  const { findings, placeOf, subjectOf } = p;
  // Places name sections and cells: worked out once per report, not for every finding on each j.
  const shown = useMemo(
    () => new Map(findings.map((f) => [f, { place: placeOf(f), subject: subjectOf(f) }])),
    [findings, placeOf, subjectOf],
  );
  const counts = useMemo(() => {
    const byFilter = new Map<FindingFilter, number>();
    for (const [f] of filters) byFilter.set(f, findings.filter((x) => matchesFilter(x, f)).length);
    return byFilter;
  }, [findings]);
  const count = (f: FindingFilter) => counts.get(f) ?? 0;
  const { onSelect, onConfirm, onDismiss, onUndo, onComment, onCorrect } = p;
  const handlers: ItemHandlers = useMemo(
    () => ({ onSelect, onConfirm, onDismiss, onUndo, onComment, onCorrect }),
    [onSelect, onConfirm, onDismiss, onUndo, onComment, onCorrect],
  );
  return (
    <aside className="panel" aria-label={zh.review.findings}>
      <div className="panel-head">
        <h2>
          {zh.review.findings}
          <span className="panel-count">{p.findings.length}</span>
        </h2>
        {p.findings.length > 0 && (
          <div className="filters" role="tablist">
            {filters.map(([f, label]) => (
              <button
                key={f}
                type="button"
                role="tab"
                aria-selected={p.filter === f}
                className={p.filter === f ? 'filter on' : 'filter'}
                onClick={() => p.onFilter(f)}
              >
                {label} {count(f)}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="panel-body">
        {p.findings.length === 0 ? (
          <div className="all-clear">
            <svg width="44" height="44" viewBox="0 0 44 44" aria-hidden>
              <circle cx="22" cy="22" r="20" />
              <path d="M13 22.5l6 6 12-13" />
            </svg>
            <p className="all-clear-title">{zh.review.noFindings}</p>
            <p className="muted">{zh.review.noFindingsHint}</p>
          </div>
        ) : (
          p.groups.map((g) => (
            <section key={g.category} className="group" data-category={g.category}>
              <h3>
                {g.label}
                <span className="group-count">{g.items.length}</span>
              </h3>
              <ol className="findings">
                {g.entries.map((e) => {
                  if (e.kind === 'finding')
                    return (
                      <FindingItem
                        key={e.item.finding.fingerprint}
                        index={e.item.index}
                        finding={e.item.finding}
                        place={shown.get(e.item.finding)?.place ?? null}
                        subject={shown.get(e.item.finding)?.subject ?? null}
                        active={e.item.index === p.activeIndex}
                        {...handlers}
                      />
                    );
                  const active =
                    p.activeIndex !== null && e.group.items.some((x) => x.index === p.activeIndex);
                  const expanded = p.expanded.has(e.group.key);
                  return (
                    <RuleGroupItem
                      key={e.group.key}
                      group={e.group}
                      expanded={expanded}
                      active={active}
                      onToggle={p.onToggleGroup}
                      onSelect={p.onSelect}
                      onConfirm={p.onConfirmGroup}
                      onDismiss={p.onDismissGroup}
                      activeIndex={active ? p.activeIndex : null}
                      shown={shown}
                      handlers={handlers}
                    />
                  );
                })}
              </ol>
            </section>
          ))
        )}
        {p.comments.length > 0 && (
          <section className="group comments">
            <h3>
              {zh.review.comments}
              <span className="group-count">{p.comments.length}</span>
            </h3>
            <ol>
              {p.comments.map((c) => (
                <CommentItem
                  key={c.id}
                  comment={c}
                  onSelect={p.onSelectComment}
                  onEdit={p.onEditComment}
                  onDelete={p.onDeleteComment}
                />
              ))}
            </ol>
          </section>
        )}
        {p.corrections.length > 0 && (
          <section className="group corrections">
            <h3>
              {zh.review.corrections}
              <span className="group-count">{p.corrections.length}</span>
            </h3>
            <ol>
              {p.corrections.map((c) => (
                <li key={c.path} className="correction" data-correction={c.path}>
                  <span className="correction-place">{p.cellName(c.path)}</span>
                  <span>
                    <s>{c.originalRaw || '空'}</s> → <b>{c.value}</b>
                  </span>
                  <button type="button" className="link" onClick={() => p.onWithdraw(c.path)}>
                    {zh.review.withdraw}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </aside>
  );
};
