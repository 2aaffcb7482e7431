// A group of one rule's findings in one report ("单元格空白 ×125"): collapsed to one line that
// confirms or dismisses the group in one action; expanded, its findings one by one.
import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ReviewFinding } from '../../../shared/ipc/review';
import { SeverityIcon } from '../../components/SeverityIcon';
import { zh } from '../../i18n/zh-CN';
import type { ItemHandlers } from './FindingItem';
import { FindingList, type Shown } from './FindingList';
import { groupTargets, type RuleGroup } from './reviewModel';

interface Props {
  group: RuleGroup;
  expanded: boolean;
  /** The active finding is one of the group's. */
  active: boolean;
  onToggle(key: string): void;
  onSelect(index: number): void;
  onConfirm(key: string): void;
  onDismiss(key: string): void;
  /** The active finding when it is one of the group's, else null. */
  activeIndex: number | null;
  /** Places and subjects of the findings, for the list shown when expanded. */
  shown: ReadonlyMap<ReviewFinding, Shown>;
  handlers: ItemHandlers;
}

export const RuleGroupItem = memo(function RuleGroupItem(p: Props) {
  const g = p.group;
  const ref = useRef<HTMLDivElement>(null);
  const collapsedActive = p.active && !p.expanded;
  useEffect(() => {
    if (collapsedActive) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [collapsedActive]);
  const { open, confirmed, dismissed, toConfirm, toDismiss } = useMemo(() => {
    const count = (d: string) =>
      g.items.filter((x) => (x.finding.decision?.decision ?? 'pending') === d).length;
    return {
      open: count('pending'),
      confirmed: count('confirmed'),
      dismissed: count('dismissed'),
      toConfirm: groupTargets(g, 'confirmed').length,
      toDismiss: groupTargets(g, 'dismissed').length,
    };
  }, [g]);
  const first = g.items[0]!;
  const stop = (fn: (key: string) => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn(g.key);
  };
  return (
    <li
      className={`rule-group sev-${first.finding.severity}${collapsedActive ? ' active' : ''}${p.expanded ? ' expanded' : ''}`}
      data-group={g.key}
      data-rule={g.ruleId}
      aria-current={collapsedActive || undefined}
    >
      <div className="rule-group-head" ref={ref} onClick={() => p.onSelect(first.index)}>
        <button
          type="button"
          className="rule-group-toggle"
          aria-expanded={p.expanded}
          aria-label={p.expanded ? zh.review.collapseGroup : zh.review.expandGroup}
          onClick={stop(p.onToggle)}
        >
          {p.expanded ? '▾' : '▸'}
        </button>
        <SeverityIcon severity={first.finding.severity} />
        <span className="rule-group-title" title={zh.review.ruleTip(g.title, g.ruleId)}>
          {g.title}
        </span>
        <span className="rule-group-count">×{g.items.length}</span>
        <span className="rule-group-state muted">
          {zh.review.groupState(open, confirmed, dismissed)}
        </span>
      </div>
      {(collapsedActive || p.expanded) && (
        <div className="finding-actions rule-group-actions">
          {toConfirm > 0 && (
            <button type="button" className="act act-confirm" onClick={stop(p.onConfirm)}>
              {zh.review.confirmGroup(toConfirm)} <kbd>⇧C</kbd>
            </button>
          )}
          {toDismiss > 0 && (
            <button type="button" className="act act-dismiss" onClick={stop(p.onDismiss)}>
              {zh.review.dismissGroup(toDismiss)} <kbd>⇧D</kbd>
            </button>
          )}
          <button type="button" className="act" onClick={stop(p.onToggle)}>
            {p.expanded ? zh.review.collapseGroup : zh.review.expandGroup} <kbd>e</kbd>
          </button>
        </div>
      )}
      {p.expanded && (
        <ol className="findings">
          <FindingList
            items={g.items}
            shown={p.shown}
            activeIndex={p.activeIndex}
            handlers={p.handlers}
          />
        </ol>
      )}
    </li>
  );
});
