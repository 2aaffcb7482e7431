// Limits of file reading, each guarding against one kind of bad input, with their defaults.

export interface ExtractOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
  /** Most bytes unpacked from a Word file's XML parts (default 32 MB): stops zip bombs. */
  maxUnpackedBytes?: number;
  /** Most pages of a PDF (default 500). */
  maxPages?: number;
  /**
   * Most characters of extracted text (default 2 million; a report has tens of thousands). The
   * parser and the rules are linear, but a text this size already takes hundreds of MB.
   */
  maxTextChars?: number;
  /**
   * Most bytes one PDF stream (a page's content, a font) may inflate to (default 32 MB; a
   * report's largest, an embedded Chinese font, is a few MB): stops flate bombs.
   */
  maxStreamBytes?: number;
  /** Most bytes all streams of one PDF together may inflate to (default 256 MB). */
  maxInflatedBytes?: number;
  /**
   * Deepest nesting: of XML elements in a Word part, and of the graphics state (`q`) in a PDF
   * page (default 256; a report's tables nest two or three deep, PDF writers stay under 28).
   */
  maxNesting?: number;
  /** Most XML elements of one Word part (default 1 million; a 300-page report has a few hundred thousand). */
  maxElements?: number;
  /** Most paragraphs of a Word document (default 100,000; a report has a few thousand). */
  maxParagraphs?: number;
  /** Most table cells of a Word document (default 100,000; the three tables have under 300). */
  maxCells?: number;
  /** Longest time spent on one file, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /**
   * LibreOffice's `soffice` used to convert .doc/.wps/.rtf/.odt/.html: a path, `undefined` to
   * look for it on PATH, `null` to never convert.
   */
  soffice?: string | null;
  /**
   * More time for each page read from its picture with OCR (default 60 s): a scanned report
   * takes seconds a page, which the file's own time limit is not meant for.
   */
  ocrPageTimeoutMs?: number;
  /** Told before each page read with OCR (1-based page, page count): "正在识别第 3/5 页". */
  onOcrPage?: (page: number, pages: number) => void;
}

export type ResolvedOptions = Required<Omit<ExtractOptions, 'soffice' | 'onOcrPage'>> & {
  soffice: string | null | undefined;
  onOcrPage: ((page: number, pages: number) => void) | undefined;
};

export const DEFAULT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 32 * 1024 * 1024,
  maxPages: 500,
  maxTextChars: 2_000_000,
  maxStreamBytes: 32 * 1024 * 1024,
  maxInflatedBytes: 256 * 1024 * 1024,
  maxNesting: 256,
  maxElements: 1_000_000,
  maxParagraphs: 100_000,
  maxCells: 100_000,
  timeoutMs: 60_000,
  ocrPageTimeoutMs: 60_000,
} as const;

/** Fills in the defaults; a limit that is not a positive number falls back to its default. */
export const resolveOptions = (options: ExtractOptions = {}): ResolvedOptions => {
  const pick = (v: number | undefined, d: number): number =>
    typeof v === 'number' && v > 0 && Number.isFinite(v) ? v : d;
  return {
    maxBytes: pick(options.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxUnpackedBytes: pick(options.maxUnpackedBytes, DEFAULT_LIMITS.maxUnpackedBytes),
    maxPages: pick(options.maxPages, DEFAULT_LIMITS.maxPages),
    maxTextChars: pick(options.maxTextChars, DEFAULT_LIMITS.maxTextChars),
    maxStreamBytes: pick(options.maxStreamBytes, DEFAULT_LIMITS.maxStreamBytes),
    maxInflatedBytes: pick(options.maxInflatedBytes, DEFAULT_LIMITS.maxInflatedBytes),
    maxNesting: pick(options.maxNesting, DEFAULT_LIMITS.maxNesting),
    maxElements: pick(options.maxElements, DEFAULT_LIMITS.maxElements),
    maxParagraphs: pick(options.maxParagraphs, DEFAULT_LIMITS.maxParagraphs),
    maxCells: pick(options.maxCells, DEFAULT_LIMITS.maxCells),
    timeoutMs: pick(options.timeoutMs, DEFAULT_LIMITS.timeoutMs),
    ocrPageTimeoutMs: pick(options.ocrPageTimeoutMs, DEFAULT_LIMITS.ocrPageTimeoutMs),
    soffice: options.soffice,
    onOcrPage: options.onOcrPage,
  };
};
