// The export services used by the UI (through IPC) and the CLI: issue list, letter, annotated report.
export * from './types';
export { entryFromChecked, type ReviewWork } from './from-checked';
export {
  selectFindings,
  decideAll,
  defaultScope,
  decisionLabel,
  type DecidedFinding,
} from './select';
export {
  issueRows,
  batchIssueRows,
  issueColumns,
  unreadableRow,
  type IssueListOptions,
  type IssueRow,
} from './issue-rows';
export { issueRowsXlsx, writeIssueXlsx } from './issue-xlsx';
export { formatIssueCsv, issueRowsCsv, writeIssueCsv } from './issue-csv';
export { writeReviewLetter, renderLetterDocx, letterParagraphs } from './review-letter';
export {
  buildLetter,
  letterConclusion,
  conclusionLabel,
  chineseDate,
  type Conclusion,
  type LetterOptions,
} from './letter-model';
export type { AnnotateOptions } from './annotations';
export { annotateDocx, type AnnotateStats } from './annotate-docx';
export { annotatePdf, type PdfAnnotateStats } from './annotate-pdf';
export { annotateTxt } from './annotate-txt';
export { annotateReport, sniffFormat, type AnnotatedFile } from './annotate';
