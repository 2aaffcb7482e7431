// Accumulates the extracted text and the source segment of each range, for every extractor.
import type { ExtractedDocument, SourceLocation, SourceSegment } from '../../shared/model/source';

/** Builds the raw text line by line; every located piece becomes a source segment. */
export class TextBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly segments: SourceSegment[] = [];

  /** Appends text; with a location, the range is recorded as a segment. */
  add(text: string, loc?: SourceLocation): void {
    if (text === '') return;
    if (loc) this.segments.push({ start: this.length, end: this.length + text.length, loc });
    this.chunks.push(text);
    this.length += text.length;
  }

  /** Characters written so far. */
  size(): number {
    return this.length;
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

  /** The length of the text so far: where the next piece will start. */
  get offset(): number {
    return this.length;
  }

  /** The text so far has something other than white space. */
  hasText(): boolean {
    return this.chunks.some((c) => c.trim() !== '');
  }

  build(format: string, notes: string[] = []): ExtractedDocument {
    return { format, text: this.chunks.join(''), segments: this.segments, notes };
  }
}
