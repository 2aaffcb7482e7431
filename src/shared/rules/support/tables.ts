// Where the three tables stand in `report.text`, so the prose rules can leave them alone.
import type { TableId } from '../../model/form';
import type { Report, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { splitLines } from '../../text/lines';

/** The first words of each table's header, as the form prints them. */
const TABLE_HEADS: Record<TableId, RegExp> = {
  active: /第二十条第[（(]一[）)]项|信息内容/,
  requests: /[（(]本列数据的勾稽关系|申请人情况/,
  review: /结果维持|未经复议直接起诉|复议后起诉/,
};

const bodies = new WeakMap<ParsedDocument, Span[]>();

/** A line of prose: it ends or holds a sentence (a table label never has 。；！？). */
const PROSE_LINE = /[。；;！？!?]/;

/**
 * Where the tables stand: the parser's table regions, less any lines of prose written above
 * the table's header (or first cell) or below its last cell under the same heading.
 */
export const tableBodies = (doc: ParsedDocument): Span[] => {
  const known = bodies.get(doc);
  if (known) return known;
  const text = doc.report.text;
  const cells = Object.entries(doc.report.cells);
  const out = doc.tables.map((region): Span => {
    const [rs, re] = region.span;
    let first = re;
    let last = rs;
    const prefix = `${region.table}/`;
    for (const [path, cell] of cells) {
      if (!cell.span || !path.startsWith(prefix)) continue;
      if (cell.span[0] < rs || cell.span[1] > re) continue;
      first = Math.min(first, cell.span[0]);
      last = Math.max(last, cell.span[1]);
    }
    const head = TABLE_HEADS[region.table].exec(text.slice(rs, re));
    if (head) first = Math.min(first, rs + head.index);
    if (first >= re) return [rs, re]; // nothing recognisable: keep the whole region out
    let start = rs;
    let end = re;
    for (const line of splitLines(text.slice(rs, re))) {
      if (!PROSE_LINE.test(line.text) || line.text.includes('\t')) continue;
      if (rs + line.end <= first) start = rs + line.end;
      else if (rs + line.start >= last && end === re) end = rs + line.start;
    }
    return [start, end];
  });
  bodies.set(doc, out);
  return out;
};

/**
 * Where the numbers of each table stand: from the line of its first read cell to its last
 * cell. Not the parser's table region, which may begin with prose written above the table.
 */
export const cellExtents = (report: Pick<Report, 'text' | 'cells'>): Span[] => {
  const bodies = new Map<string, Span>();
  for (const [path, cell] of Object.entries(report.cells)) {
    if (!cell.span) continue;
    const table = path.slice(0, path.indexOf('/'));
    const body = bodies.get(table);
    bodies.set(
      table,
      body
        ? [Math.min(body[0], cell.span[0]), Math.max(body[1], cell.span[1])]
        : [cell.span[0], cell.span[1]],
    );
  }
  return [...bodies.values()].map(([s, e]) => [report.text.lastIndexOf('\n', s - 1) + 1, e]);
};

/** True when `offset` lies inside a table (see `tableBodies`). */
export const inTable = (doc: ParsedDocument, offset: number): boolean =>
  tableBodies(doc).some((t) => offset >= t[0] && offset < t[1]);
