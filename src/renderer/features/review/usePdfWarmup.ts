// pdf.js, its worker and its rendering worker are loaded when the window is first idle, before
// any report is open: the reviewer's first look at a PDF original then waits only for its own
// pages. Not only once the workspace holds a PDF report: a reviewer who imports PDFs and opens
// one at once (the usual first minute) would otherwise find the workers still starting, which
// cost up to a few hundred ms after the click on a busy machine. Reports are mostly PDFs; a
// window that never shows one keeps two idle workers.
import { warmPdfJs } from './pdfjs';
import { useWhenIdle } from './useWhenIdle';

export const usePdfWarmup = (): void => useWhenIdle(true, warmPdfJs);
