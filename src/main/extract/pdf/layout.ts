// Writes the blocks of all pages as the parser's text: lines, table rows with tab-separated
// cells, "[图片]" for a picture in a table section; each chunk located on its page. A ruled
// table's rows are a grid: one field per grid column.
import type { SourceLocation } from '../../../shared/model/source';
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

/** Writes the pages' blocks in order; the ruled tables are recorded as grids in `out`. */
export const writeBlocks = (pages: Block[][], out: TextBuilder, locate: Locate = pdfBox): void => {
  const sections = new TableSections();
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.kind === 'line') {
        writeFields(out, b.fields, locate);
        sections.observe(b.fields.map(fieldText).join(''));
      } else if (b.kind === 'table') {
        // A ruled table knows its columns: the parser reads its rows by column.
        const start = out.offset;
        for (const row of b.rows) writeFields(out, row.fields, locate);
        out.markGrid(start, b.xs.length - 1, b.rows.length > 1);
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
};
