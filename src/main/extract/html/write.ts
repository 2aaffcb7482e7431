// Writes the report's blocks twice, in step: as the parser's text (a line per paragraph line, a
// tab-separated line per table row, with source segments and grids) and as plain HTML with one
// element per paragraph and the tables' cells, which the 原文 view sanitises and anchors the same
// way as a Word document (paragraph n ↔ the n-th <p>/<h*>, cell ↔ its grid column).
import type { SourceGrid, SourceLocation } from '../../../shared/model/source';
import { TextBuilder } from '../text-builder';
import type { Block, TableBlock, TableCellText } from './blocks';

const HEADING = /^h[1-6]$/;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Writes a table's rows, one line each, its fields laid on the grid (empty when blank or
 * covered by a merged cell), each cell located by `locate`; returns the grid of the lines.
 */
export const writeTableRows = (
  out: TextBuilder,
  table: TableBlock,
  locate: (cell: TableCellText, row: number) => SourceLocation,
): SourceGrid => {
  const start = out.offset;
  for (const [row, fields] of table.rows.entries()) {
    out.line(
      fields.map((f) => (f && f.text ? { text: f.text, loc: locate(f, row) } : { text: '' })),
    );
  }
  // The rows, without the newline after the last.
  return { start, end: Math.max(start, out.offset - 1), columns: table.rows[0]?.length ?? 1 };
};

/** The text with its source map and grids, and the page's HTML, from the same blocks. */
export const writeBlocks = (blocks: readonly Block[], format: string, notes: string[]) => {
  const out = new TextBuilder();
  const html: string[] = [];
  const grids: SourceGrid[] = [];
  let paragraph = 0;
  let table = 0;
  for (const b of blocks) {
    if (b.kind === 'text') {
      const index = paragraph++;
      for (const line of b.lines) out.line([{ text: line, loc: { kind: 'paragraph', index } }]);
      const tag = HEADING.test(b.tag) ? b.tag : 'p';
      html.push(`<${tag}>${b.lines.map(escapeHtml).join('<br>')}</${tag}>`);
      continue;
    }
    const t = table++;
    grids.push(writeTableRows(out, b, (f, row) => ({ kind: 'cell', table: t, row, cell: f.cell })));
    html.push(
      `<table>${b.rows
        .map(
          (fields) =>
            `<tr>${fields
              .filter((f) => f !== null)
              .map((f) => {
                const span =
                  (f.colspan > 1 ? ` colspan="${f.colspan}"` : '') +
                  (f.rowspan > 1 ? ` rowspan="${f.rowspan}"` : '');
                return `<td${span}>${escapeHtml(f.text)}</td>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`,
    );
  }
  return { doc: { ...out.build(format, notes), grids }, html: html.join('\n') };
};
