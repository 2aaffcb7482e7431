// Findings one by one, as the panel lists them (a category's single findings, or an expanded rule
// group's): memoised, so moving to another finding re-renders only the lists that gain or lose it.
import { memo } from 'react';
import type { ReviewFinding } from '../../../shared/ipc/review';
import { FindingItem, type ItemHandlers } from './FindingItem';
import type { IndexedFinding } from './reviewModel';

/** What the list shows of a finding besides the finding itself, worked out once per report. */
export interface Shown {
  place: string | null;
  /** What the expected and actual values are of, when the finding names one cell. */
  subject: string | null;
}

interface Props {
  items: readonly IndexedFinding[];
  shown: ReadonlyMap<ReviewFinding, Shown>;
  /** The active finding when it is one of these items, else null: the other lists stay put. */
  activeIndex: number | null;
  handlers: ItemHandlers;
}

export const FindingList = memo(function FindingList({
  items,
  shown,
  activeIndex,
  handlers,
}: Props) {
  return items.map(({ index, finding }) => (
    <FindingItem
      key={finding.fingerprint}
      index={index}
      finding={finding}
      place={shown.get(finding)?.place ?? null}
      subject={shown.get(finding)?.subject ?? null}
      active={index === activeIndex}
      {...handlers}
    />
  ));
});
