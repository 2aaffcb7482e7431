// The original of the report open on the desk, kept for as long as it is open: its source read
// from main once, and — for a PDF — one pdf.js document, reused by every view that draws it (the
// 原文 tab switched away from and back, the view remounted). A PDF's original is asked for as soon
// as the report opens (reading it costs main a file read), so the 原文 tab finds it ready; other
// formats (Word converted to HTML, OFD read into pages) are read when the tab is first opened.
import { useEffect } from 'react';
import type { ReportSource } from '../../../shared/ipc/source';
import { invoke } from '../../api';
import { openPdf, type PdfHandle } from './pdfjs';

interface Kept {
  id: string;
  source: Promise<ReportSource>;
  pdf: Promise<PdfHandle> | null;
}

let kept: Kept | null = null;

/** Closes the previous report's document when another report's original is asked for. */
const keep = (id: string): Kept => {
  if (kept?.id === id) return kept;
  const previous = kept;
  void previous?.pdf?.then(
    (h) => h.destroy(),
    () => {},
  );
  const source = invoke('report:source', { id });
  kept = { id, source, pdf: null };
  // A failed read is not kept: asking again tries again (the file may be back).
  source.catch(() => {
    if (kept?.source === source) kept = null;
  });
  return kept;
};

/** The report's original, read once while it is open. */
export const originalSource = (id: string): Promise<ReportSource> => keep(id).source;

/** The report's PDF opened once in pdf.js, from the bytes its source carried. */
export const originalPdf = (id: string, bytes: Uint8Array): Promise<PdfHandle> => {
  const k = keep(id);
  if (!k.pdf) {
    const pdf = openPdf(bytes);
    k.pdf = pdf;
    pdf.catch(() => {
      if (k.pdf === pdf) k.pdf = null;
    });
  }
  return k.pdf;
};

/** Closes the report's document and forgets its original (the report was closed). */
const release = (id: string): void => {
  if (kept?.id !== id) return;
  void kept.pdf?.then(
    (h) => h.destroy(),
    () => {},
  );
  kept = null;
};

/**
 * For the report view: reads a PDF report's original as soon as its format is known, and lets
 * the original go when the report is closed.
 */
export const useOriginal = (id: string, format: string | undefined): void => {
  useEffect(() => {
    if (format === 'pdf') void keep(id).source.catch(() => {});
  }, [id, format]);
  useEffect(() => () => release(id), [id]);
};
