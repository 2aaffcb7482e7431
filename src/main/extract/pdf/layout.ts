// Writes the blocks of all pages as the parser's text: lines, table rows with tab-separated
// cells, "[图片]" for a picture in a table section; each chunk located on its page.
import { IMAGE_LINE, TableSections } from '../table-sections';
import type { TextBuilder } from '../text-builder';
import { fieldText, type Block } from './blocks';
import type { Field } from './lines';

const writeFields = (out: TextBuilder, fields: Field[]): void => {
  fields.forEach((field, i) => {
    if (i > 0) out.add('\t');
    for (const chunk of field) {
      out.add(chunk.sep);
      out.add(chunk.text, { kind: 'pdf', page: chunk.page, box: chunk.box });
    }
  });
  out.newline();
};

/** Writes the pages' blocks in order. */
export const writeBlocks = (pages: Block[][], out: TextBuilder): void => {
  const sections = new TableSections();
  for (const blocks of pages) {
    for (const b of blocks) {
      if (b.kind === 'line') {
        writeFields(out, b.fields);
        sections.observe(b.fields.map(fieldText).join(''));
      } else if (b.kind === 'table') {
        // A ruled table knows its columns: the parser reads its rows by column.
        const start = out.offset;
        for (const row of b.rows) writeFields(out, row.fields);
        out.markGrid(start, b.xs.length - 1);
      } else if (sections.active) {
        out.line([
          {
            text: IMAGE_LINE,
            loc: { kind: 'pdf', page: b.page, box: [b.x0, b.top, b.x1 - b.x0, b.bottom - b.top] },
          },
        ]);
      }
    }
  }
};
