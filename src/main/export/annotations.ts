// What an annotated report marks: each shown finding and each reviewer remark, with its places.
import { severityLabel, type Severity, type Span } from '../../shared/model/schema';
import { commentText, quoteSpan } from './describe';
import { categoryName, defaultScope, selectFindings } from './select';
import type { FindingScope, ReportEntry } from './types';

/** One note to place in the report: its text and the spans of report.text it concerns. */
export interface PlannedNote {
  author: string;
  /** Lines of the note (the first is the heading line a viewer shows in its list). */
  lines: string[];
  /** Places in report.text, the main one first; empty when the note concerns the whole report. */
  spans: Span[];
  source: 'finding' | 'comment';
  /** The finding's severity (null for a reviewer's remark), for the highlight colour. */
  severity: Severity | null;
}

export interface AnnotateOptions {
  /** Author of the notes made from findings (reviewer comments keep their own reviewer). */
  reviewer: string;
  /** Date written on the notes (default: now). */
  date?: Date;
  /** Default: 'confirmed' when the reviewer decided anything, else every finding not dismissed. */
  scope?: FindingScope;
}

/** Most places a single finding is marked at (a column sum can name a whole table). */
export const MAX_PLACES = 4;

/** The notes for an entry, findings in reading order, then the reviewer's remarks. */
export const planNotes = (entry: ReportEntry, options: AnnotateOptions): PlannedNote[] => {
  const scope = options.scope ?? defaultScope(entry);
  const notes: PlannedNote[] = selectFindings(entry, scope).map(({ finding }) => {
    const cellSpans = finding.cells.flatMap((path) => {
      const span = entry.report.cells[path]?.span;
      return span ? [span] : [];
    });
    const spans = finding.spans.length > 0 ? finding.spans : cellSpans;
    const label = `【${severityLabel[finding.severity]}·${categoryName(finding.ruleId)}】`;
    const [message = '', ...rest] = commentText(finding);
    return {
      author: options.reviewer,
      lines: [label + message, ...rest],
      spans: spans.slice(0, MAX_PLACES),
      source: 'finding',
      severity: finding.severity,
    };
  });
  for (const comment of entry.comments) {
    notes.push({
      author: comment.reviewer ?? options.reviewer,
      lines: [`【审核意见】${comment.text}`],
      spans: [comment.span],
      source: 'comment',
      severity: null,
    });
  }
  return notes;
};

/** The line added to a note that could not be placed on its text. */
export const unplacedLine = (entry: ReportEntry, note: PlannedNote): string => {
  const first = note.spans[0];
  if (!first) return '（涉及全文）';
  return `（未能在原文中定位，原文：「${quoteSpan(entry.report.text, first, 60)}」）`;
};

/** The note placed at a further place of the same finding. */
export const relatedLines = (note: PlannedNote): string[] => [`【关联位置】${note.lines[0] ?? ''}`];
