// Marks for the drill-down: a member's value far above its peers' median, or a 0 where the same
// agency had many last year. Information for the reviewer, not findings.
import { describeCell } from '../model/form';
import { fmt } from '../rules/support/places';
import type { RollupMember, RollupOutlier } from './schema';

/** Above this multiple of the peers' median a value is marked. */
export const HIGH_FACTOR = 3;
/** Small counts vary a lot; below this a value is never "many" nor "high". */
export const MANY = 10;
/** The median needs a few peers to mean anything. */
const MIN_PEERS = 2;

export const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The marks of every cell. `previous` gives each member's last-year values (by member id) when
 * the workspace has last year's report of that agency.
 */
export const findOutliers = (
  members: readonly RollupMember[],
  previous: ReadonlyMap<string, Readonly<Record<string, number | null>>>,
): RollupOutlier[] => {
  const out: RollupOutlier[] = [];
  const paths = new Set(members.flatMap((m) => Object.keys(m.values)));
  for (const path of paths) {
    const having = members.filter((m) => path in m.values);
    for (const m of having) {
      const value = m.values[path]!;
      const peers = having.filter((o) => o !== m).map((o) => o.values[path]!);
      if (peers.length >= MIN_PEERS && value >= MANY) {
        const mid = median(peers);
        if (mid > 0 && value > HIGH_FACTOR * mid) {
          out.push({
            path,
            memberId: m.id,
            kind: 'high',
            value,
            reference: mid,
            message: `${describeCell(path)} ${fmt(value)}，超过其他单位中位数 ${fmt(mid)} 的 ${HIGH_FACTOR} 倍。`,
          });
        }
      }
      const before = previous.get(m.id)?.[path];
      if (value === 0 && typeof before === 'number' && before >= MANY) {
        out.push({
          path,
          memberId: m.id,
          kind: 'dropped',
          value,
          reference: before,
          message: `${describeCell(path)} 为 0，上年为 ${fmt(before)}。`,
        });
      }
    }
  }
  return out;
};
