// Accumulates the extracted text and the source segment of each range, for every extractor.
import type {
  ExtractedDocument,
  SourceGrid,
  SourceLocation,
  SourceSegment,
} from '../../shared/model/source';

/** Builds the raw text line by line; every located piece becomes a source segment. */
export class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly segments: SourceSegment[] = [];
  private readonly grids: SourceGrid[] = [];

  /** Appends text; with a location, the range is recorded as a segment. */
  add(text: string, loc?: SourceLocation): void {
    if (text === '') return;
    if (loc) this.segments.push({ start: this.length, end: this.length + text.length, loc });
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Ends the current line. */
  newline(): void {
    this.add('\n');
  }

  /** Appends one line: fields joined by tabs (a table row), or a single field. */
  line(fields: ReadonlyArray<{ text: string; loc?: SourceLocation }>): void {
    fields.forEach((f, i) => {
      if (i > 0) this.add('\t');
      this.add(f.text, f.loc);
    });
    this.newline();
  }

  /**
   * Appends a table whose columns the source knew: one line per row, every row `columns`
   * fields (blank cells empty), recorded as a grid so the parser reads it by column.
   */
  gridRows(rows: ReadonlyArray<ReadonlyArray<{ text: string; loc?: SourceLocation }>>): void {
    const columns = rows.reduce((n, r) => Math.max(n, r.length), 0);
    const start = this.length;
    for (const r of rows) {
      const pad = Array.from({ length: columns - r.length }, () => ({ text: '' }));
      this.line([...r, ...pad]);
    }
    this.markGrid(start, columns);
  }

  /**
   * Records the lines written since `start` (an offset from `offset`) as a grid. Rows that
   * follow a grid of the same width directly (a table continued on the next page) extend it;
   * otherwise one row or one column (a frame around a page, a boxed paragraph) is no grid unless
   * `standalone` says the rows are a table by themselves.
   */
  markGrid(start: number, columns: number, standalone = true): void {
    if (this.length <= start) return;
    const last = this.grids[this.grids.length - 1];
    if (last && last.end === start && last.columns === columns) last.end = this.length;
    else if (standalone && columns > 1) this.grids.push({ start, end: this.length, columns });
  }

  /** The length of the text so far: where the next line starts. */
  get offset(): number {
    return this.length;
  }

  /** The text so far has something other than white space. */
  hasText(): boolean {
    return this.chunks.some((c) => c.trim() !== '');
  }

  build(format: string, notes: string[] = []): ExtractedDocument {
    return {
      format,
      text: this.chunks.join(''),
      segments: this.segments,
      ...(this.grids.length > 0 ? { grids: this.grids } : {}),
      notes,
    };
  }
}
