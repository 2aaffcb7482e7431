// How a finding reads in an export: where it is, the quoted passage, the requested correction.
import { activeFormOf, describeCell } from '../../shared/model/form';
import type { Finding, Report, Span } from '../../shared/model/schema';
import { describeCells, placeInReport } from '../../shared/text/places';
import { sourcePlacesOf } from './locate';
import type { ReportEntry } from './types';

const QUOTE_LIMIT = 120;

/** The text of a span with whitespace runs (tabs of table rows too) shown as one space. */
export const quoteSpan = (text: string, [start, end]: Span, limit = QUOTE_LIMIT): string => {
  const quoted = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return quoted.length > limit ? `${quoted.slice(0, limit - 1)}…` : quoted;
};

/** The section holding an offset, or the title area before the first (see shared/text/places). */
export const sectionName = (report: Report, offset: number): string =>
  placeInReport(report, offset);

/**
 * 位置: section, table cells, and the page (PDF) or line (text file) when the source map knows.
 * Lines help the reviewer only: a letter leaves them out (the agency's original is not the text).
 */
export const describePlace = (entry: ReportEntry, finding: Finding, withLines = true): string => {
  const parts: string[] = [];
  const first = finding.spans[0];
  if (first) parts.push(sectionName(entry.report, first[0]));
  if (finding.cells.length > 0)
    parts.push(describeCells(finding.cells, undefined, activeFormOf(entry.report.cells)));
  if (first) {
    const place = sourcePlacesOf(entry, first);
    if (place.pages.length > 0) parts.push(`第${place.pages.join('、')}页`);
    else if (withLines && place.lines.length > 0 && finding.cells.length === 0) {
      parts.push(`第${place.lines[0]}行`);
    }
  }
  return parts.filter((p) => p !== '').join('，');
};

/**
 * 原文摘录: the quoted text of the finding's spans. A span that only covers a table cell's
 * number is shown with the cell's name, since "0" alone says nothing.
 */
export const quoteFinding = (report: Report, finding: Finding): string => {
  const form = activeFormOf(report.cells);
  const cellBySpan = new Map<string, string>();
  for (const path of finding.cells) {
    const span = report.cells[path]?.span;
    if (span) cellBySpan.set(`${span[0]}:${span[1]}`, path);
  }
  const quotes = finding.spans.slice(0, 3).map((span) => {
    const path = cellBySpan.get(`${span[0]}:${span[1]}`);
    const quoted = quoteSpan(report.text, span);
    return path ? `${describeCell(path, form)}：${quoted || '（空白）'}` : `「${quoted}」`;
  });
  if (finding.spans.length === 0) {
    for (const path of finding.cells.slice(0, 3)) {
      const cell = report.cells[path];
      quotes.push(`${describeCell(path, form)}：${cell?.raw.trim() || '（空白）'}`);
    }
  }
  return quotes.join('；');
};

const show = (v: string | number | null): string => (v === null ? '' : String(v));

/** The correction asked for: the suggestion, or "应为 X（实为 Y）" when only values are known. */
export const requestedCorrection = (finding: Finding): string => {
  if (finding.suggestion) return finding.suggestion;
  if (finding.expected !== null) {
    const actual = finding.actual !== null ? `（现为 ${show(finding.actual)}）` : '';
    return `应为 ${show(finding.expected)}${actual}，请核实后修改。`;
  }
  return '请核实后修改。';
};

/** The text of a Word comment or PDF note: the message, the values, the suggestion. */
export const commentText = (finding: Finding): string[] => {
  const lines = [finding.message];
  if (finding.expected !== null || finding.actual !== null) {
    const values = [
      finding.expected !== null ? `应为：${show(finding.expected)}` : '',
      finding.actual !== null ? `实为：${show(finding.actual)}` : '',
    ];
    lines.push(values.filter((v) => v !== '').join('；'));
  }
  if (finding.suggestion) lines.push(`修改建议：${finding.suggestion}`);
  return lines;
};
