// Where a range of extracted text came from in the source file, so the UI can show it in place.
import { z } from 'zod';

export const sourceLocationSchema = z.discriminatedUnion('kind', [
  /** A line of a text file (1-based). */
  z.object({ kind: z.literal('line'), line: z.number().int().positive() }),
  /**
   * A body paragraph of a Word document (0-based, in document order, tables excluded); for a
   * saved web page, a block of its report part (a <p>, <h1>…, <div> text) in the same order.
   */
  z.object({ kind: z.literal('paragraph'), index: z.number().int().nonnegative() }),
  /**
   * A cell of a Word table or of a web page's <table> (0-based table index in the document,
   * row, cell within the row: the <td>'s index in its <tr>).
   */
  z.object({
    kind: z.literal('cell'),
    table: z.number().int().nonnegative(),
    row: z.number().int().nonnegative(),
    cell: z.number().int().nonnegative(),
  }),
  /** A box on a PDF page (page 1-based; box in PDF user units, origin top-left: x, y, w, h). */
  z.object({
    kind: z.literal('pdf'),
    page: z.number().int().positive(),
    box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** Text recognized from the page image (OCR): its least certain character's probability. */
    confidence: z.number().min(0).max(1).optional(),
  }),
  /** A box on an OFD page (page 1-based across the package's documents; box in millimetres, origin top-left of the page: x, y, w, h). */
  z.object({
    kind: z.literal('ofd'),
    page: z.number().int().positive(),
    box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    /** Text recognized from the page's picture (OCR): its least certain character's probability. */
    confidence: z.number().min(0).max(1).optional(),
  }),
]);
export type SourceLocation = z.infer<typeof sourceLocationSchema>;

/** A range [start, end) of the extracted raw text and where it came from. */
export const sourceSegmentSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  loc: sourceLocationSchema,
});
export type SourceSegment = z.infer<typeof sourceSegmentSchema>;

export const documentFormatSchema = z.enum(['txt', 'md', 'docx', 'pdf', 'html', 'mht']);
export type DocumentFormat = z.infer<typeof documentFormatSchema>;

/**
 * A table whose source knew its grid (a Word table, an HTML <table>, a PDF ruled grid, a
 * Markdown pipe table). The raw-text lines in [start, end) are its rows, one line per row, and
 * each tab-separated field of a line is one grid column: a blank cell is an empty field, a cell
 * spanning several columns or rows fills its first field and leaves the covered ones empty. The
 * parser places values by column inside a grid instead of guessing (guessing is for plain text).
 */
export const sourceGridSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Fields per row (every row of the grid has this many). */
  columns: z.number().int().positive(),
});
export type SourceGrid = z.infer<typeof sourceGridSchema>;

/**
 * What an extractor hands to the parser: the raw text (tables as one line per row, cells
 * separated by tabs) and the map from its ranges back to the source.
 */
export const extractedDocumentSchema = z.object({
  format: z.string(),
  text: z.string(),
  segments: z.array(sourceSegmentSchema),
  /** Tables whose columns the source knew (see sourceGridSchema); absent for plain text. */
  grids: z.array(sourceGridSchema).optional(),
  /**
   * Ranges read from a page image (OCR) whose content is in doubt, e.g. a table cell left blank
   * because its figures were not read with certainty: each becomes a finding of
   * table.ocr-uncertain, so the reviewer checks it against the original.
   */
  uncertain: z
    .array(
      z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        message: z.string(),
      }),
    )
    .optional(),
  /** Notes for the reviewer, e.g. "由 .doc 转换". */
  notes: z.array(z.string()),
});
export type ExtractedDocument = z.infer<typeof extractedDocumentSchema>;

/** Error codes of file reading, each with a Chinese message made by the extractor. */
export const extractErrorCodes = [
  'NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'NOT_TEXT',
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'ARCHIVE_TOO_LARGE',
  'TOO_MANY_PAGES',
  'TIMEOUT',
  'NO_TEXT_LAYER',
  'ENCRYPTED',
  'CORRUPT_FILE',
  // Limits that stop a hostile file (each names its limit in the message).
  'OUT_OF_MEMORY',
  'TEXT_TOO_LONG',
  'TOO_MANY_ELEMENTS',
  'NESTING_TOO_DEEP',
  'TOO_MANY_PARAGRAPHS',
  'TOO_MANY_CELLS',
  'STREAM_TOO_LARGE',
  /** A failure of the checker itself: logged with its stack, never shown as engine text. */
  'INTERNAL_ERROR',
] as const;
export type ExtractErrorCode = (typeof extractErrorCodes)[number];
