// The finding panel's lines and the j/k order: findings by category, a rule's many as a group
// that is collapsed until the reviewer opens it (or picks one of its findings in the document).
import { useCallback, useMemo, useState } from 'react';
import type { ReviewFinding } from '../../../shared/ipc/review';
import {
  groupFindings,
  groupOf,
  navigationOrder,
  type FindingFilter,
  type FindingGroup,
  type IndexedFinding,
  type RuleGroup,
} from './reviewModel';

export interface FindingGroups {
  groups: FindingGroup[];
  /** The j/k order: a collapsed group is one stop. */
  order: IndexedFinding[];
  expanded: ReadonlySet<string>;
  toggle(key: string): void;
  /** Opens the group of a finding chosen outside the panel (a mark, a cell), to show it. */
  reveal(index: number): void;
  /** A group line of the panel by its key. */
  byKey(key: string): RuleGroup | null;
  /** The group of a finding (its rule's findings), for Shift+C / Shift+D. */
  groupAt(index: number | null): RuleGroup | null;
  /** The group line a finding is folded into, when it is collapsed. */
  collapsedAt(index: number | null): RuleGroup | null;
  /** Where a finding stands in the j/k order (its group's stop when folded), or -1. */
  positionOf(index: number | null): number;
}

export const useFindingGroups = (
  findings: readonly ReviewFinding[],
  filter: FindingFilter,
): FindingGroups => {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const { groups } = useMemo(() => groupFindings(findings, filter), [findings, filter]);
  const order = useMemo(() => navigationOrder(groups, expanded), [groups, expanded]);

  const byKey = useCallback(
    (key: string): RuleGroup | null => {
      for (const g of groups)
        for (const e of g.entries) if (e.kind === 'group' && e.group.key === key) return e.group;
      return null;
    },
    [groups],
  );
  const groupAt = useCallback(
    (index: number | null) => (index === null ? null : groupOf(groups, index)),
    [groups],
  );
  const collapsedAt = useCallback(
    (index: number | null) => {
      const g = groupAt(index);
      return g && !expanded.has(g.key) && byKey(g.key) ? g : null;
    },
    [byKey, expanded, groupAt],
  );
  const positionOf = useCallback(
    (index: number | null) => {
      const stop = collapsedAt(index)?.items[0]?.index ?? index;
      return order.findIndex((x) => x.index === stop);
    },
    [collapsedAt, order],
  );
  const toggle = useCallback(
    (key: string) =>
      setExpanded((x) => {
        const next = new Set(x);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  const reveal = useCallback(
    (index: number) => {
      const g = collapsedAt(index);
      if (g) setExpanded((x) => new Set(x).add(g.key));
    },
    [collapsedAt],
  );
  return { groups, order, expanded, toggle, reveal, byKey, groupAt, collapsedAt, positionOf };
};
