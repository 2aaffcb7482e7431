// One entry point for "the report, annotated": Word in → Word out, PDF in → PDF out, OFD in →
// OFD out, a scanned image → a PDF of the scan with highlights, text → Word.
import { isOfdPackage } from '../extract/ofd';
import { imageKind } from '../extract/ocr/images';
import { scanPages } from '../extract/ocr/scan-pages';
import { readZipDirectory } from '../extract/docx/zip';
import { annotateDocx } from './annotate-docx';
import { annotateOfd } from './annotate-ofd';
import { annotatePdf } from './annotate-pdf';
import { annotateTxt } from './annotate-txt';
import { scanPdf } from '../extract/ocr/scan-pdf';
import type { AnnotateOptions } from './annotations';
import type { ExportResult, ReportEntry } from './types';

export interface AnnotatedFile {
  bytes: Uint8Array;
  /** The extension of the output: the original's for Word, PDF and OFD, docx for a text file. */
  extension: 'docx' | 'pdf' | 'ofd';
  /** How many notes were made, and how many could not be placed on their text. */
  notes: number;
  unplaced: number;
}

const isOfdZip = (bytes: Uint8Array): boolean => {
  try {
    return isOfdPackage(readZipDirectory(bytes).map((e) => e.name));
  } catch {
    return false;
  }
};

/** What the bytes are, by content (not by the file name). */
export const sniffFormat = (bytes: Uint8Array): 'docx' | 'pdf' | 'ofd' | 'other' => {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return isOfdZip(bytes) ? 'ofd' : 'docx';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? 'pdf' : 'other';
};

const FORMAT_NAMES: Record<string, string> = { pdf: 'PDF', docx: 'Word', ofd: 'OFD' };

/**
 * Annotates the original file of an entry. `original` is the submitted file's bytes (null for
 * a text report, whose layout is made from its text). Never throws.
 */
export const annotateReport = async (
  original: Uint8Array | null,
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<ExportResult<AnnotatedFile>> => {
  try {
    // A scan's boxes are in the points of its PDF made of the page pictures.
    const image = original && imageKind(original) ? await scanPdf(scanPages(original)) : null;
    const kind = image ? 'pdf' : original ? sniffFormat(original) : 'other';
    if (original && kind === 'pdf') {
      const r = await annotatePdf(image ?? original, entry, options);
      if (!r.ok) return r;
      const { notes, unplaced } = r.value.stats;
      return { ok: true, value: { bytes: r.value.bytes, extension: 'pdf', notes, unplaced } };
    }
    if (original && kind === 'ofd') {
      const r = await annotateOfd(original, entry, options);
      if (!r.ok) return r;
      const { notes, unplaced } = r.value.stats;
      return { ok: true, value: { bytes: r.value.bytes, extension: 'ofd', notes, unplaced } };
    }
    if (original && (kind === 'docx' || entry.format === 'docx')) {
      const r = await annotateDocx(original, entry, options);
      if (!r.ok) return r;
      const { notes, unplaced } = r.value.stats;
      return { ok: true, value: { bytes: r.value.bytes, extension: 'docx', notes, unplaced } };
    }
    if (entry.format === 'pdf' || entry.format === 'docx' || entry.format === 'ofd') {
      return {
        ok: false,
        error: {
          code: 'UNSUPPORTED_FORMAT',
          message: `「${entry.fileName}」的内容不是 ${FORMAT_NAMES[entry.format]} 文件，无法在原文件上标注。`,
        },
      };
    }
    const r = await annotateTxt(entry, options);
    if (!r.ok) return r;
    const { notes, unplaced } = r.value.stats;
    return { ok: true, value: { bytes: r.value.bytes, extension: 'docx', notes, unplaced } };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'WRITE_FAILED',
        message: `生成「${entry.fileName}」的批注版时出错：${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
};
