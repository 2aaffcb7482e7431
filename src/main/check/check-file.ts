// One file through extract → parse → check, as a FileResult of the contract. This is what a
// worker thread runs; the checks that need other reports run when the result is stored.
import { formatFromName } from '../../shared/formats';
import type { FileResult } from '../../shared/model/schema';
import type { SourceGrid, SourceSegment } from '../../shared/model/source';
import type { ParsedDocument } from '../../shared/parser';
import type { RuleProfile } from '../../shared/rules/config';
import { extractFile } from '../extract';
import { checkParsed, localRules, parseExtracted } from './pipeline';

/** A checked file with what the outputs and the workspace need beyond the JSON contract. */
export interface CheckedFile {
  result: FileResult;
  doc: ParsedDocument | null;
  segments: SourceSegment[];
  /** The extracted text the segments index into. */
  extracted: string;
  /** The tables the extractor knew as grids (kept, so a re-parse gets them too). */
  grids?: SourceGrid[];
}

export interface CheckFileOptions {
  profile?: RuleProfile;
  /** Told before each page recognized from its picture (OCR): page 3 of 5. */
  onOcrPage?: (page: number, pages: number) => void;
}

/**
 * Checks one file with the rules that read it alone (a file on its own has no workspace; see
 * `recordChecked` for the rest). Never throws: an unreadable file becomes a result with `error`.
 */
export const checkFile = async (
  file: string,
  options: CheckFileOptions = {},
): Promise<CheckedFile> => {
  const extracted = await extractFile(
    file,
    options.onOcrPage ? { onOcrPage: options.onOcrPage } : {},
  );
  if (!extracted.ok) {
    return {
      result: {
        file,
        format: formatFromName(file),
        error: extracted.error,
        report: null,
        findings: [],
      },
      doc: null,
      segments: [],
      extracted: '',
    };
  }
  const doc = parseExtracted(extracted.doc);
  const findings = checkParsed(doc, { profile: options.profile }, localRules);
  return {
    result: {
      file,
      format: extracted.doc.format,
      error: null,
      report: doc.report,
      findings,
      ...(extracted.doc.notes.length > 0 ? { notes: extracted.doc.notes } : {}),
    },
    doc,
    segments: extracted.doc.segments,
    extracted: extracted.doc.text,
    ...(extracted.doc.grids ? { grids: extracted.doc.grids } : {}),
  };
};
