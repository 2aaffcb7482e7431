// Once the workspace holds a PDF report, pdf.js and its worker are loaded while the window is
// idle: the reviewer's first look at a PDF original then waits only for its own pages.
import type { ReportSummary } from '../../../shared/ipc/review';
import { warmPdfJs } from './pdfjs';
import { useWhenIdle } from './useWhenIdle';

export const usePdfWarmup = (reports: readonly ReportSummary[]): void => {
  const hasPdf = reports.some((r) => r.format === 'pdf' && !r.error);
  useWhenIdle(hasPdf, warmPdfJs);
};
