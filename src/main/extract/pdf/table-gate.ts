// Decides from a page's text alone whether its ruling lines and pictures are needed. pdf.js
// builds them from the page's operator list, which costs about as much as the text itself,
// and only a page that can hold a table needs them: one in the table sections, one with lines
// split into columns, or one with (almost) no text (a scan, or a table pasted as a picture).
// A prose page is read from its text alone. The answer errs towards reading the graphics.
import { TableSections } from '../table-sections';
import type { Piece } from './geometry';
import { groupLines, splitRuns } from './lines';

/** Fewer characters than this, a page may be a picture: its graphics are read. */
const SPARSE_CHARS = 80;

/** Follows the pages in order; `needsGraphics` is asked once per page, first page first. */
export class TableGate {
  private readonly sections = new TableSections();

  needsGraphics(pieces: readonly Piece[], chars: number): boolean {
    // A table section open at the page's start goes on here (a table continued over the break).
    let needed = this.sections.active || chars < SPARSE_CHARS;
    for (const line of groupLines(pieces)) {
      // The headings are fed to the end, so that the next page knows where the reading is.
      this.sections.observe(line.pieces.map((p) => p.text).join(''));
      if (this.sections.active || splitRuns(line).length > 1) needed = true;
    }
    return needed;
  }
}
