// Where each table stands in the text: under its section's heading, or at its own anchor words.
import type { Span } from '../../model/schema';
import type { TableId } from '../../model/form';
import type { HeadingInfo } from '../types';

const SECTION_OF: Record<TableId, '2' | '3' | '4'> = { active: '2', requests: '3', review: '4' };

/** Words that only the table itself contains, for reports whose heading is missing. */
const ANCHORS: Record<TableId, RegExp> = {
  active: /第二十条第[（(]一[）)]项|本年制发件数/,
  requests: /勾稽关系|本年新收政府信息公开申请/,
  review: /复议后起诉|未经复议直接起诉/,
};

export const findRegions = (
  text: string,
  headings: readonly HeadingInfo[],
): Array<{ table: TableId; span: Span; headed: boolean }> => {
  const starts: Array<{ table: TableId; start: number; headed: boolean }> = [];
  for (const table of ['active', 'requests', 'review'] as TableId[]) {
    const h = headings.find((x) => x.id === SECTION_OF[table]);
    if (h) {
      starts.push({ table, start: h.span[1], headed: true });
      continue;
    }
    const m = ANCHORS[table].exec(text);
    if (m) {
      // Start at the anchor's line.
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      starts.push({ table, start: lineStart, headed: false });
    }
  }
  const stops = [...headings.map((h) => h.span[0]), ...starts.map((s) => s.start), text.length];
  return starts.map((s) => {
    const end = Math.min(...stops.filter((x) => x > s.start));
    return { table: s.table, span: [s.start, end] as Span, headed: s.headed };
  });
};
