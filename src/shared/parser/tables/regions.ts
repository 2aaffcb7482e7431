// Where each table stands in the text: under its section's heading, or at its own anchor words.
import type { Span } from '../../model/schema';
import type { TableId } from '../../model/form';
import type { HeadingInfo } from '../types';

const SECTION_OF: Record<TableId, '2' | '3' | '4'> = { active: '2', requests: '3', review: '4' };

/** Words that only the table itself contains, for reports whose heading is missing. */
const ANCHORS: Record<TableId, RegExp> = {
  active: /第二十条第[（(]一[）)]项|本年制发件数/g,
  requests: /勾稽关系|本年新收政府信息公开申请/g,
  review: /复议后起诉|未经复议直接起诉/g,
};

/**
 * The first anchor that stands in the table, not in a sentence of the prose ("…办理申请61件，
 * 行政复议7件，复议后起诉1件。"): a table's lines carry no commas or stops outside the
 * bracketed filling notes ("（本列数据的勾稽关系为：第一项加第二项之和，等于…）").
 */
const anchorIn = (text: string, re: RegExp): number | null => {
  for (const m of text.matchAll(re)) {
    const from = text.lastIndexOf('\n', m.index) + 1;
    const to = text.indexOf('\n', m.index);
    const line = text.slice(from, to < 0 ? text.length : to).replace(/[（(][^（()）]*[）)]/g, '');
    if (!/[，,。；;]/.test(line)) return from;
  }
  return null;
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
    // Start at the anchor's line.
    const lineStart = anchorIn(text, ANCHORS[table]);
    if (lineStart !== null) starts.push({ table, start: lineStart, headed: false });
  }
  const stops = [...headings.map((h) => h.span[0]), ...starts.map((s) => s.start), text.length];
  return starts.map((s) => {
    const end = Math.min(...stops.filter((x) => x > s.start));
    return { table: s.table, span: [s.start, end] as Span, headed: s.headed };
  });
};
