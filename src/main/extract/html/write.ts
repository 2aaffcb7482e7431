// Writes the report's blocks twice, in step: as the parser's text (a line per paragraph line, a
// tab-separated line per table row, with source segments and grids) and as plain HTML with one
// element per paragraph and the tables' cells, which the 原文 view sanitises and anchors the same
// way as a Word document (paragraph n ↔ the n-th <p>/<h*>, cell ↔ its grid column).
import type { SourceGrid } from '../../../shared/model/source';
import { TextBuilder } from '../text-builder';
import type { Block } from './blocks';

const HEADING = /^h[1-6]$/;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
    const start = out.offset;
    let end = start;
    html.push('<table>');
    b.rows.forEach((fields, row) => {
      out.line(
        fields.map((f) =>
          f && f.text
            ? { text: f.text, loc: { kind: 'cell', table: t, row, cell: f.cell } }
            : { text: '' },
        ),
      );
      end = out.offset - 1; // the rows, without the newline after the last
      const cells = fields.filter((f) => f !== null);
      html.push(
        `<tr>${cells
          .map((f) => {
            const span =
              (f.colspan > 1 ? ` colspan="${f.colspan}"` : '') +
              (f.rowspan > 1 ? ` rowspan="${f.rowspan}"` : '');
            return `<td${span}>${escapeHtml(f.text)}</td>`;
          })
          .join('')}</tr>`,
      );
    });
    html.push('</table>');
    grids.push({ start, end, columns: b.rows[0]?.length ?? 1 });
  }
  return { doc: { ...out.build(format, notes), grids }, html: html.join('\n') };
};
