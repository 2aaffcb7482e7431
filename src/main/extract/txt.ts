// Reads a text file: detects its encoding, and gives one source segment per line; Markdown is
// read as Markdown (its pipe tables as grids).
import type { ExtractedDocument, SourceSegment } from '../../shared/model/source';
import { extname } from 'node:path';
import { decodeText } from './decode';
import { ExtractError, messages } from './errors';
import { extractMarkdown, isMarkdown } from './markdown';

/** One source segment per non-empty line of the text (lines are 1-based). */
export const lineSegments = (text: string): SourceSegment[] => {
  const segments: SourceSegment[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) segments.push({ start, end: i, loc: { kind: 'line', line } });
      start = i + 1;
      line++;
    }
  }
  return segments;
};

/** Extracts a text file; binary content is NOT_TEXT. */
export const extractTxt = (bytes: Uint8Array, name: string): ExtractedDocument => {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    // Binary content under a document's name: the file is broken, not merely of another kind.
    const ext = extname(name).slice(1).toLowerCase();
    if (/^(pdf|docx|doc|wps)$/.test(ext))
      throw new ExtractError('CORRUPT_FILE', messages.notWhatItsNameSays(name, ext));
    throw new ExtractError('NOT_TEXT', messages.notText(name));
  }
  if (decoded.text.trim() === '') throw new ExtractError('EMPTY_FILE', messages.blankText(name));
  const notes = decoded.note ? [decoded.note] : [];
  if (isMarkdown(decoded.text, name)) return extractMarkdown(decoded.text, notes);
  return { format: 'txt', text: decoded.text, segments: lineSegments(decoded.text), notes };
};
