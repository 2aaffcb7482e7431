// Writes the blocks of all pages as the parser's text: lines, table rows with tab-separated
// cells, "[图片]" for a picture in a table section; each chunk located on its page. A ruled
// table's rows are a grid: one field per grid column.
import type { SourceGrid, SourceLocation } from '../../../shared/model/source';
import { IMAGE_LINE, TableSections } from '../table-sections';
import type { TextBuilder } from '../text-builder';
import { fieldText, type Block } from './blocks';
import type { Field } from './lines';

/** The source location of a box on a page (PDF units, origin top-left). */
export type Locate = (page: number, box: [number, number, number, number]) => SourceLocation;

const pdfBox: Locate = (page, box) => ({ kind: 'pdf', page, box });

const writeFields = (out: TextBuilder, fields: Field[], locate: Locate): void => {
  fields.forEach((field, i) => {
    if (i > 0) out.add('\t');
    for (const chunk of field) {
      out.add(chunk.sep);
      out.add(chunk.text, locate(chunk.page, chunk.box));
    }
  });
  out.newline();
};

/** Writes the pages' blocks in order; returns the grids of the ruled tables written. */
export const writeBlocks = (
  pages: Block[][],
  out: TextBuilder,
  locate: Locate = pdfBox,
): SourceGrid[] => {
  const grids: SourceGrid[] = [];
  const sections = new TableSections();
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.kind === 'line') {
        writeFields(out, b.fields, locate);
        sections.observe(b.fields.map(fieldText).join(''));
      } else if (b.kind === 'table') {
        const start = out.size();
        for (const row of b.rows) writeFields(out, row.fields, locate);
        const columns = b.xs.length - 1;
        const last = grids[grids.length - 1];
        // A table continued on the next page goes on as the same grid; a frame around a
        // page or a boxed paragraph (one row or one column) is no grid.
        if (last && last.end === start && last.columns === columns) last.end = out.size();
        else if (columns > 1 && b.rows.length > 1) grids.push({ start, end: out.size(), columns });
      } else if (sections.active) {
        out.line([
          {
            text: IMAGE_LINE,
            loc: locate(b.page, [b.x0, b.top, b.x1 - b.x0, b.bottom - b.top]),
          },
        ]);
      }
    }
  }
  return grids;
};
