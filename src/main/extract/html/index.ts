// Reads a saved web page (.html/.htm, or a single-file .mht/.mhtml) like a Word document: the
// report's paragraphs and tables, tables laid on their grid, with a source map, and the same
// blocks as plain HTML for the 原文 view. Text processing only: nothing on the page runs.
import type { ExtractedDocument } from '../../../shared/model/source';
import { ExtractError, messages } from '../errors';
import { sniff } from '../sniff';
import { pageBlocks } from './blocks';
import { declaredCharset, decodePage } from './charset';
import { headerParam, htmlPart } from './mime';
import { reportBlocks } from './report-range';
import { MAX_ELEMENTS, parseHtml, TooManyElements } from './tree';
import { writeBlocks } from './write';

export interface HtmlOptions {
  /** The file name for messages. */
  name: string;
  /** Called now and then, so a deadline can stop a huge page. */
  checkpoint?: () => void;
}

interface Page {
  html: string;
  format: 'html' | 'mht';
  notes: string[];
}

/** The page's HTML as text, from a plain page or out of its MIME message. */
const readPage = (bytes: Uint8Array, name: string): Page => {
  let body = bytes;
  let mimeCharset: string | null = null;
  const mht = sniff(bytes) === 'mht';
  if (mht) {
    const part = htmlPart(bytes);
    if (part === 'no-boundary')
      throw new ExtractError('CORRUPT_FILE', messages.brokenMht(name, 'MIME 分段边界缺失或不一致'));
    if (part === 'no-html')
      throw new ExtractError('CORRUPT_FILE', messages.brokenMht(name, '其中没有网页正文部分'));
    body = part.body;
    mimeCharset = headerParam(part.headers.get('content-type'), 'charset');
  }
  const decoded = decodePage(body, [mimeCharset, declaredCharset(body)]);
  if (!decoded) throw new ExtractError('NOT_TEXT', messages.notAPage(name));
  return {
    html: decoded.text,
    format: mht ? 'mht' : 'html',
    notes: decoded.note ? [decoded.note] : [],
  };
};

const blocksOf = (bytes: Uint8Array, options: HtmlOptions) => {
  const checkpoint = options.checkpoint ?? (() => undefined);
  const page = readPage(bytes, options.name);
  let tree;
  try {
    tree = parseHtml(page.html, checkpoint);
  } catch (error) {
    if (error instanceof TooManyElements)
      throw new ExtractError(
        'FILE_TOO_LARGE',
        messages.pageTooManyElements(options.name, MAX_ELEMENTS),
      );
    throw error;
  }
  const range = reportBlocks(pageBlocks(tree, checkpoint));
  if (range.blocks.length === 0)
    throw new ExtractError('EMPTY_FILE', messages.blankPage(options.name));
  const notes = range.found ? page.notes : [...page.notes, messages.noReportOnPage];
  return { page, range, notes };
};

/** Extracts a saved page: the report's text, its source map and its tables' grids. */
export const extractHtml = (bytes: Uint8Array, options: HtmlOptions): ExtractedDocument => {
  const { page, range, notes } = blocksOf(bytes, options);
  return writeBlocks(range.blocks, page.format, notes).doc;
};

/**
 * The report part of a saved page as plain HTML, one element per extracted paragraph and the
 * tables' cells, for the 原文 view to sanitise and anchor as it does a Word document's HTML.
 */
export const pageHtml = (bytes: Uint8Array, name: string): string => {
  const { page, range, notes } = blocksOf(bytes, { name });
  return writeBlocks(range.blocks, page.format, notes).html;
};
