// pdf.js, its worker and its drawing code are warmed once the window is first idle after the app
// starts (most reports reviewed are PDFs): the reviewer's first look at a PDF original then waits
// only for its own pages, drawn by code already run once (pdfjs.ts, warmPdfJs).
import { useEffect } from 'react';
import { warmPdfJs } from './pdfjs';

export const usePdfWarmup = (): void => {
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return warmPdfJs();
    const handle = requestIdleCallback(warmPdfJs, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);
};
