// What the parser knows beyond the report model: where things were found and what went wrong.
import type { Report, SectionId, Span } from '../model/schema';
import type { TableId } from '../model/form';
import type { NormalizedText } from '../text/normalize';

/**
 * How a heading stands in the text: on its own line; at a line's start, run into the first
 * sentence ("一、总体情况 2023年，…"); inside a line (a text without line breaks); or absent,
 * with the section's table ('table') or its first sub-heading ('sub-heading', "（一）主要问题"
 * after table 四) standing in for it.
 */
export type HeadingPlacement = 'line' | 'run-in' | 'inline' | 'table' | 'sub-heading';

/**
 * A section heading as written, before any judgement of its wording. The parser's one section
 * model: `ParsedDocument.headings` (sorted by position) and `report.sections` derive from it.
 */
export interface HeadingInfo {
  id: SectionId;
  /** The heading line as written, e.g. "2、 主动公开政府信息情况". */
  text: string;
  span: Span;
  /** The numbering as written: "一、", "2、", "第二部分", "" … */
  numbering: string;
  /** False when no heading was found and the section's table stands in for it. */
  found: boolean;
  placement: HeadingPlacement;
}

export type ParseDiagnostic =
  /** A row of the form whose label was not found in the table. */
  | { kind: 'row-missing'; table: TableId; row: string }
  /**
   * A row whose label names no row of the form, read as the one row missing in its place
   * (between its named siblings): a typo in the label ("2.其他法律行政止公开").
   */
  | {
      kind: 'row-label-typo';
      table: TableId;
      row: string;
      /** The label as written; '' when the row has none (its label cell left empty). */
      label: string;
      span: Span;
    }
  /**
   * A table whose digits ran together ("申请数量801000081"), as a crawler leaves a web table:
   * `decoded` when the form decided every row's split (as many digits as cells, or exactly one
   * split satisfying the row sums) and the cells were read so; otherwise its cells stay unread.
   */
  | { kind: 'digits-fused'; table: TableId; span: Span; sample: string; decoded: boolean }
  /** A scanned cell the OCR could not read with certainty (left blank by the extractor). */
  | { kind: 'ocr-uncertain'; span: Span; message: string }
  /** A row found, but its numbers could not be placed in columns with certainty. */
  | {
      kind: 'row-unaligned';
      table: TableId;
      row: string;
      span: Span;
      count: number;
      expected: number;
      /** The source's grid row itself has fewer cells than the form's columns (a lost column). */
      narrowGrid?: true;
    }
  /** A row with more numbers than the form has columns. */
  | {
      kind: 'extra-cells';
      table: TableId;
      row: string;
      span: Span;
      count: number;
      expected: number;
    }
  /** A whole table not found (or found empty, e.g. pasted as a picture). */
  | { kind: 'table-missing'; table: TableId; span: Span | null; image: boolean }
  /** Numbers placed by the form's fixed order because the labels could not be matched. */
  | { kind: 'placed-by-order'; table: TableId; span: Span };

export interface TableRegion {
  table: TableId;
  span: Span;
}

export interface Period {
  startYear: number;
  endYear: number;
  span: Span;
}

export interface ParsedDocument {
  report: Report;
  norm: NormalizedText;
  headings: HeadingInfo[];
  titleSpan: Span | null;
  period: Period | null;
  /** Text regions of the three tables (absent when a table was not found). */
  tables: TableRegion[];
  diagnostics: ParseDiagnostic[];
  /** Where each row of the labelled tables was read ("requests/3.1" → its label and numbers). */
  rowSpans: Record<string, Span>;
  /** 'pre-2019' when the report uses the format before the 2019 trial format. */
  legacyFormat: 'pre-2019' | null;
  /** Markers of outdated formats found in the text, with where. */
  formatMarkers: Array<{ marker: string; format: '2019' | 'pre-2019'; span: Span }>;
}
