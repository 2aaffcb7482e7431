// pdf.js, its worker and its rendering worker are loaded when the window is first idle, before
// any report is open: the reviewer's first look at a PDF original then waits only for its own
// pages. Not only once the workspace holds a PDF report: a reviewer who imports PDFs and opens
// one at once (the usual first minute) would otherwise find the workers still starting, which
// cost up to a few hundred ms after the click on a busy machine. Once they are up, a one-page PDF
// is drawn through both (warmUpPdf.ts), so the first report's page 1 does not pay for pdf.js's
// first fonts and glyphs. Reports are mostly PDFs; a window that never shows one keeps two idle
// workers: measured in Chromium, the page's process at ~48 MiB PSS without them, ~67 with them
// started, ~78 after the warm-up page (a one-off ~30 MiB, kept rather than racing the first click).
import { warmPdfJs } from './pdfjs';
import { useWhenIdle } from './useWhenIdle';

export const usePdfWarmup = (): void => useWhenIdle(true, warmPdfJs);
