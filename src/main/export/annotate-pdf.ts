// The submitted PDF, returned with highlight annotations (and notes) on the flagged text; pages
// and their content are kept as they are, only annotations are added.
import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import type { Severity } from '../../shared/model/schema';
import { planNotes, unplacedLine, type AnnotateOptions } from './annotations';
import { boxesByPage } from './locate';
import { addHighlight, addNote, frameOf } from './pdf-annots';
import { mergeLineBoxes, quadOf } from './pdf-geometry';
import type { ExportResult, ReportEntry } from './types';

export interface PdfAnnotateStats {
  notes: number;
  highlights: number;
  unplaced: number;
}

type Result = ExportResult<{ bytes: Uint8Array; stats: PdfAnnotateStats }>;

/** Highlight colours: errors red, warnings yellow, notes blue, the reviewer's remarks green. */
const COLOURS: Record<Severity | 'comment', [number, number, number]> = {
  error: [1, 0.55, 0.55],
  warning: [1, 0.85, 0.2],
  info: [0.55, 0.8, 1],
  comment: [0.55, 0.95, 0.55],
};

/** An /Encrypt entry in a trailer or cross-reference stream (both stay readable as bytes). */
const looksEncrypted = (bytes: Uint8Array): boolean =>
  /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(new TextDecoder('latin1').decode(bytes));

const loadError = (entry: ReportEntry, bytes: Uint8Array, error: unknown): Result => ({
  ok: false,
  error:
    error instanceof EncryptedPDFError || looksEncrypted(bytes)
      ? {
          code: 'ENCRYPTED',
          message: `「${entry.fileName}」是加密的 PDF 文件，无法添加标注，请提供未加密的文件。`,
        }
      : {
          code: 'CORRUPT_FILE',
          message: `「${entry.fileName}」不是有效的 PDF 文件，可能已损坏，无法添加标注。`,
        },
});

/** Adds every note: a highlight per page it touches, or a note icon on page 1 when unplaced. */
const addNotes = (
  doc: PDFDocument,
  entry: ReportEntry,
  options: AnnotateOptions,
): PdfAnnotateStats => {
  const pages = doc.getPages();
  const date = options.date ?? new Date();
  const stats: PdfAnnotateStats = { notes: 0, highlights: 0, unplaced: 0 };
  planNotes(entry, options).forEach((note, n) => {
    stats.notes++;
    const colour = COLOURS[note.severity ?? 'comment'];
    const subject = note.source === 'finding' ? '审核问题' : '审核意见';
    let placed = false;
    for (const [pageNumber, boxes] of boxesByPage(entry, note.spans, 'pdf')) {
      const page = pages[pageNumber - 1];
      if (!page) continue;
      const frame = frameOf(page);
      const quads = mergeLineBoxes(boxes).flatMap((b) => quadOf(frame, b));
      const text = note.lines.join('\n');
      const name = `nianbao-${n + 1}-p${pageNumber}`;
      addHighlight(doc, page, quads, colour, { text, author: note.author, subject, date, name });
      stats.highlights++;
      placed = true;
    }
    const first = pages[0];
    if (placed || !first) return;
    // No place in the PDF: a note at the top left of the first page, stacked downwards.
    const [x0, , , y1] = frameOf(first).view;
    const at: [number, number] = [x0 + 8, y1 - 30 - (stats.unplaced % 20) * 24];
    const text = [...note.lines, unplacedLine(entry, note)].join('\n');
    addNote(doc, first, at, colour, {
      text,
      author: note.author,
      subject,
      date,
      name: `nianbao-${n + 1}`,
    });
    stats.unplaced++;
  });
  return stats;
};

/**
 * Adds the entry's findings and remarks to the original PDF as highlights with notes. Never
 * throws: an encrypted or unreadable PDF gives an error with a Chinese message.
 */
export const annotatePdf = async (
  bytes: Uint8Array,
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<Result> => {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
    // pdf-lib forgives a lot; a file without a page tree is not a report.
    if (doc.getPageCount() === 0) throw new Error('no pages');
  } catch (error) {
    return loadError(entry, bytes, error);
  }
  try {
    const stats = addNotes(doc, entry, options);
    // Nothing to mark: the original file, untouched.
    if (stats.notes === 0) return { ok: true, value: { bytes, stats } };
    const out = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
    return { ok: true, value: { bytes: out, stats } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { code: 'WRITE_FAILED', message: `为「${entry.fileName}」添加标注时出错：${detail}` },
    };
  }
};
