// The parser's whole result kept beside the report, so opening, exporting and re-checking a report
// (and comparing it with last year's or its peers) read the stored parse instead of parsing again.
import type { Report } from '../../shared/model/schema';
import type { ParsedDocument } from '../../shared/parser';

/** A ParsedDocument as stored: `report` has its own column, the origin map is a BLOB. */
export interface EncodedParse {
  /** JSON of everything but `report` and the origin map. */
  analysis: string;
  /** `norm.origin` as little-endian bytes. */
  origin: Uint8Array;
}

/** A whole parse, not just its report (the workspace API accepts both). */
export const isParsedDocument = (v: unknown): v is ParsedDocument =>
  typeof v === 'object' && v !== null && 'report' in v && 'norm' in v;

export const encodeParse = (doc: ParsedDocument): EncodedParse => {
  const { report: _report, norm, ...rest } = doc;
  const { byteOffset, byteLength, buffer } = norm.origin;
  return {
    analysis: JSON.stringify({ ...rest, normNotes: norm.notes }),
    origin: new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength)),
  };
};

/** The stored parse of `report`, or null when it is missing or does not fit the report's text. */
export const decodeParse = (
  report: Report,
  analysis: string | null,
  origin: Uint8Array | null,
): ParsedDocument | null => {
  if (analysis === null || origin === null || origin.byteLength % 4 !== 0) return null;
  const { normNotes, ...rest } = JSON.parse(analysis) as Omit<ParsedDocument, 'report' | 'norm'> & {
    normNotes: ParsedDocument['norm']['notes'];
  };
  // A copy: the row's bytes may not sit at an offset an Int32Array can start from.
  const map = new Int32Array(new Uint8Array(origin).buffer);
  if (map.length !== report.text.length + 1) return null;
  return { ...rest, report, norm: { text: report.text, origin: map, notes: normNotes } };
};
