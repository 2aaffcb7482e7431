// parseReport: normalized text → the structured report, plus what the parser noticed.
import type { Section, SectionId, Span } from '../model/schema';
import { normalizeText } from '../text/normalize';
import { detectFormat } from './format';
import { findHeader, findPeriod, yearFromText } from './header';
import { findHeadings } from './sections';
import { readTables } from './tables';
import { gridRanges, toNormalized } from './tables/grid';
import type { ExtractedDocument, SourceGrid } from '../model/source';
import type { HeadingInfo, ParsedDocument } from './types';

export type {
  ParsedDocument,
  ParseDiagnostic,
  HeadingInfo,
  HeadingPlacement,
  Period,
  TableRegion,
} from './types';
export { officialHeadings } from './sections';

/** Sections run from their heading to the next heading; a table stands in for a lost heading. */
const buildSections = (text: string, headings: HeadingInfo[]): Section[] =>
  headings.map((h, i) => ({
    id: h.id as SectionId,
    heading: h.text,
    span: [h.span[0], i + 1 < headings.length ? headings[i + 1]!.span[0] : text.length],
  }));

export interface ParseOptions {
  /** Tables whose columns the source knew, in raw-text offsets (ExtractedDocument.grids). */
  grids?: readonly SourceGrid[];
  /** Scanned cells the OCR could not read with certainty (ExtractedDocument.uncertain). */
  uncertain?: ExtractedDocument['uncertain'];
}

/** A first sub-heading that speaks of problems and improvements: "（一）主要问题". */
const PROBLEMS_SUBHEADING = /^[（(][一1][）)][^。；;，,]{0,24}(?:问题|改进|整改)[^。；;，,]{0,12}$/;

/**
 * Section 五 whose heading was lost (a conversion dropped it) but whose first sub-heading stands
 * after section 四 and before 六: the section is there, its heading missing (placement
 * 'sub-heading', found false), so no rule calls the whole section missing.
 */
const problemsWithoutHeading = (text: string, headings: HeadingInfo[]): HeadingInfo | null => {
  if (headings.some((h) => h.id === '5')) return null;
  const four = headings.find((h) => h.id === '4');
  if (!four) return null;
  const six = headings.find((h) => h.id === '6');
  const end = six ? six.span[0] : text.length;
  let at = four.span[1];
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = text.slice(at, lineEnd).trim();
    if (PROBLEMS_SUBHEADING.test(line)) {
      const start = at + text.slice(at, lineEnd).indexOf(line);
      return {
        id: '5',
        text: line,
        span: [start, start],
        numbering: '',
        found: false,
        placement: 'sub-heading',
      };
    }
    at = lineEnd + 1;
  }
  return null;
};

/**
 * Parses a report's extracted text. Never throws on odd input: what it cannot read becomes a
 * diagnostic, and every cell of the form is present (null when unread).
 */
export const parseReport = (raw: string, options: ParseOptions = {}): ParsedDocument => {
  const norm = normalizeText(raw);
  const text = norm.text;
  const headings = findHeadings(text);
  const tables = readTables(text, headings, gridRanges(norm, options.grids ?? []));
  // A section whose heading is lost but whose table was found is present through its table.
  const byTable = { active: '2', requests: '3', review: '4' } as const;
  for (const region of tables.regions) {
    const id = byTable[region.table];
    if (!headings.some((h) => h.id === id)) {
      const lineEnd = text.indexOf('\n', region.span[0]);
      headings.push({
        id,
        text: text
          .slice(region.span[0], lineEnd < 0 ? region.span[1] : Math.min(lineEnd, region.span[1]))
          .trim(),
        span: [region.span[0], region.span[0]],
        numbering: '',
        found: false,
        placement: 'table',
      });
    }
  }
  headings.sort((a, b) => a.span[0] - b.span[0]);
  const problems = problemsWithoutHeading(text, headings);
  if (problems) headings.push(problems);
  headings.sort((a, b) => a.span[0] - b.span[0]);
  const firstHeading = headings[0]?.span[0] ?? -1;
  const header = findHeader(text, firstHeading);
  const period = findPeriod(text);
  const format = detectFormat(text, headings, tables.cells['requests/3.6/natural'] !== undefined);
  return {
    report: {
      title: header.title,
      agency: header.agency,
      year: header.year ?? period?.endYear ?? yearFromText(text, firstHeading),
      formatVersion: format.formatVersion,
      text,
      sections: buildSections(text, headings),
      cells: tables.cells,
    },
    norm,
    headings,
    titleSpan: header.titleSpan,
    period,
    tables: tables.regions,
    diagnostics: [
      ...tables.diagnostics,
      ...(options.uncertain ?? []).map((u) => ({
        kind: 'ocr-uncertain' as const,
        span: [
          toNormalized(norm.origin, text.length, u.start),
          toNormalized(norm.origin, text.length, u.end),
        ] as Span,
        message: u.message,
      })),
    ],
    rowSpans: tables.rowSpans,
    legacyFormat: format.legacyFormat,
    formatMarkers: format.markers,
  };
};
