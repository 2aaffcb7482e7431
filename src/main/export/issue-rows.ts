// The rows of the issue list (one per finding, plus the reviewer's own remarks), for xlsx and csv.
import { reportStatusLabel } from '../../shared/ipc/review';
import { severityLabel, type Severity } from '../../shared/model/schema';
import { describePlace, quoteFinding, quoteSpan, sectionName } from './describe';
import { sourcePlacesOf } from './locate';
import { categoryName, decisionLabel, selectFindings } from './select';
import type { FindingScope, ReportEntry } from './types';

/** Column keys with their Chinese headers and widths (in characters; a Han character is 2). */
export const issueColumns = [
  { key: 'agency', header: '单位', width: 24 },
  { key: 'year', header: '年度', width: 8 },
  { key: 'file', header: '文件', width: 28 },
  { key: 'place', header: '位置', width: 36 },
  { key: 'quote', header: '原文摘录', width: 48 },
  { key: 'category', header: '问题类别', width: 12 },
  { key: 'severity', header: '严重程度', width: 10 },
  { key: 'message', header: '问题说明', width: 60 },
  { key: 'expected', header: '应为', width: 12 },
  { key: 'actual', header: '实为', width: 12 },
  { key: 'suggestion', header: '修改建议', width: 48 },
  { key: 'decision', header: '审核结论', width: 10 },
  { key: 'note', header: '审核意见', width: 36 },
] as const;

export type IssueKey = (typeof issueColumns)[number]['key'];
export type IssueRow = Record<IssueKey, string | number> & {
  /** Not a column: for the summary and the styling. */
  severityKey: Severity | null;
  categoryName: string;
};

export interface IssueListOptions {
  /** 'confirmed' = only confirmed findings; 'all' (default) = every finding with its decision. */
  scope?: FindingScope;
  /** Adds the reviewer's own remarks as rows (default true). */
  includeComments?: boolean;
}

const value = (v: string | number | null): string | number => (v === null ? '' : v);

/** The rows of one report. */
export const issueRows = (entry: ReportEntry, options: IssueListOptions = {}): IssueRow[] => {
  const scope = options.scope ?? 'all';
  const base = { agency: entry.agency ?? '', year: entry.year ?? '', file: entry.fileName };
  const rows: IssueRow[] = selectFindings(entry, scope, true).map(({ finding, decision }) => ({
    ...base,
    place: describePlace(entry, finding),
    quote: quoteFinding(entry.report, finding),
    category: categoryName(finding.ruleId),
    categoryName: categoryName(finding.ruleId),
    severity: severityLabel[finding.severity],
    severityKey: finding.severity,
    message: finding.message,
    expected: value(finding.expected),
    actual: value(finding.actual),
    suggestion: finding.suggestion ?? '',
    decision: decisionLabel[decision.decision],
    note: [decision.reason, decision.reviewer ? `（${decision.reviewer}）` : null]
      .filter((s) => s)
      .join(''),
  }));
  const note = entry.statusNote?.trim() ?? '';
  if (note !== '' && entry.status !== null) {
    // The reviewer's note on the report's status (e.g. why it is returned) heads its rows.
    rows.unshift({
      ...base,
      place: '',
      quote: '',
      category: '审核说明',
      categoryName: '审核说明',
      severity: '',
      severityKey: null,
      message: note,
      expected: '',
      actual: '',
      suggestion: '',
      decision: reportStatusLabel[entry.status],
      note: '',
    });
  }
  if (options.includeComments ?? true) {
    for (const comment of entry.comments) {
      const place = sourcePlacesOf(entry, comment.span);
      const page = place.pages.length > 0 ? `，第${place.pages.join('、')}页` : '';
      rows.push({
        ...base,
        place: sectionName(entry.report, comment.span[0]) + page,
        quote: `「${quoteSpan(entry.report.text, comment.span)}」`,
        category: '审核批注',
        categoryName: '审核批注',
        severity: '',
        severityKey: null,
        message: comment.text,
        expected: '',
        actual: '',
        suggestion: '',
        decision: decisionLabel.confirmed,
        note: comment.reviewer ?? '',
      });
    }
  }
  return rows;
};

/** The row that stands for a file that could not be read: it has nothing else to list. */
export const unreadableRow = (
  file: string,
  error: { code: string; message: string },
): IssueRow => ({
  agency: '',
  year: '',
  file,
  place: '',
  quote: '',
  category: '无法读取',
  categoryName: '无法读取',
  severity: '',
  severityKey: null,
  message: `${error.message}（${error.code}）`,
  expected: '',
  actual: '',
  suggestion: '',
  decision: '',
  note: '',
});

/** The rows of a batch, report after report. */
export const batchIssueRows = (
  entries: readonly ReportEntry[],
  options: IssueListOptions = {},
): IssueRow[] => entries.flatMap((e) => issueRows(e, options));
