// The original of the report open on the desk, kept for as long as it is open: its source read
// from main once, and — for a PDF — one pdf.js document, reused by every view that draws it (the
// 原文 tab switched away from and back, the view remounted). A report that opens on its original
// (PDF, OFD, scan) has it asked for at the click on its row, beside report:get, and a PDF opened
// in pdf.js as soon as its bytes arrive and its page 1 drawn, while the view mounts; other
// formats (Word converted to HTML, saved pages) are read when the 原文 tab is first opened.
import { useEffect, useState } from 'react';
import type { ReportSource } from '../../../shared/ipc/source';
import { invoke } from '../../api';
import { drawFirstPage } from './pageCanvas';
import { openPdf, type PdfHandle } from './pdfjs';

interface Kept {
  id: string;
  source: Promise<ReportSource>;
  pdf: Promise<PdfHandle> | null;
  /** Whether its page 1 was asked for (prefetchOriginal). */
  prefetched: boolean;
  /** Settles once the original's page 1 is drawn (or cannot be), or at once if it has none. */
  firstPage: Promise<void>;
}

let kept: Kept | null = null;

/**
 * Formats shown as pages (PDF, OFD, scanned pictures: the formats main's SourceService draws as
 * pages): such a report opens on its original, beside the findings.
 */
const PAGE_FORMATS: ReadonlySet<string> = new Set(['pdf', 'ofd', 'jpg', 'png', 'tif']);

/** Whether a report of this format opens on its 原文 tab. */
export const opensOnOriginal = (format: string | undefined): boolean =>
  format !== undefined && PAGE_FORMATS.has(format);

/** Closes the previous report's document when another report's original is asked for. */
const keep = (id: string): Kept => {
  if (kept?.id === id) return kept;
  const previous = kept;
  void previous?.pdf?.then(
    (h) => h.destroy(),
    () => {},
  );
  const source = invoke('report:source', { id });
  kept = { id, source, pdf: null, prefetched: false, firstPage: Promise.resolve() };
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

/**
 * Starts reading a report's original as soon as the reviewer asks for the report (the register
 * knows its format), when it opens on its original; a PDF is then opened in pdf.js at once.
 * Failures are left for the view to show.
 */
export const prefetchOriginal = (id: string, format: string | undefined): void => {
  if (!opensOnOriginal(format)) return;
  const k = keep(id);
  if (k.prefetched) return;
  k.prefetched = true;
  k.firstPage = k.source.then(
    async (source) => {
      // Not for a report the reviewer has left meanwhile (its original was let go).
      if (source.kind === 'pdf' && kept === k)
        await originalPdf(id, source.bytes)
          // Page 1 is drawn while the view mounts (its fonts, converted in pdf.js's worker and
          // loaded as FontFaces, are most of the time); the view then shows that canvas.
          .then(({ doc }) => drawFirstPage(doc))
          .catch(() => {});
    },
    () => {},
  );
};

/** How long work put off for the original's page 1 waits for it at most. */
const FIRST_PAGE_WAIT_MS = 1500;

/**
 * Settles once the frame showing the original's page 1 has been produced (at once for a report
 * whose original has no pages to draw, after FIRST_PAGE_WAIT_MS at the latest), for work the
 * reviewer does not see yet, which would otherwise share the page's thread with that page.
 */
export const afterFirstPage = (id: string): Promise<void> => {
  const drawn = kept?.id === id ? kept.firstPage : Promise.resolve();
  const late = new Promise<void>((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS));
  return Promise.race([drawn, late]).then(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
};

/**
 * For work a report that opens on its original (a PDF's pages) puts off until page 1 is shown:
 * true once `afterFirstPage` settles, at once for a report that opens on its text. False while
 * the format is not known.
 */
export const useAfterFirstPage = (id: string, format: string | undefined): boolean => {
  const waits = opensOnOriginal(format);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (!waits) return;
    let live = true;
    void afterFirstPage(id).then(() => live && setDone(id));
    return () => {
      live = false;
    };
  }, [id, waits]);
  return format !== undefined && (!waits || done === id);
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
 * For the report view: reads the original of a report that opens on it as soon as its format is
 * known (when the register did not already), and lets it go when the report is closed.
 */
export const useOriginal = (id: string, format: string | undefined): void => {
  useEffect(() => prefetchOriginal(id, format), [id, format]);
  useEffect(() => () => release(id), [id]);
};
