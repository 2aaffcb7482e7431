// pdf.js loads each font of a document twice when its pages are drawn in the rendering worker:
// there, where it draws, and on the page's thread, where it would draw were that worker gone.
// Creating a FontFace decodes and checks the whole font program on the calling thread (10–50 ms
// for one of a report's CJK subsets), and the page's thread is also the one that passes every
// message between pdf.js's worker and the rendering worker: while page 1 was drawn, the page's
// copies of its fonts held up the messages carrying page 1's content (and took a core of two).
// Made later at idle, each copy was a long task in the moments the reviewer starts pressing j
// (the next finding took 50–115 ms instead of ~30). So the page's copies are made only when a
// drawing is about to happen on this thread (the rendering worker gone); until then pdf.js keeps
// each font's program (a few hundred KB), let go with the document.
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** pdf.js's font on the page's thread (FontFaceObject), as far as this module touches it. */
interface PageFont {
  attached?: boolean;
  fontExtraProperties?: boolean;
  clearData(): void;
}

/** pdf.js's loader of the page's fonts (FontLoader). */
interface FontLoader {
  bind(font: PageFont): Promise<void>;
}

/** The parts of pdf.js's document transport used here (pdf.js 6; absent, nothing is changed). */
interface Transport {
  fontLoader?: FontLoader;
  rendererWorker?: { destroyed?: boolean } | null;
  destroyed?: boolean;
}

/** A font whose page copy waits, and how to make it now. */
interface Deferred {
  make(): Promise<void>;
}

/** The fonts of each open document whose page copies wait. */
const waiting = new WeakMap<PDFDocumentProxy, Set<Deferred>>();

const transportOf = (doc: PDFDocumentProxy): Transport | undefined =>
  (doc as unknown as { _transport?: Transport })._transport;

/** Whether the document's pages are drawn in pdf.js's rendering worker. */
const drawsInWorker = (transport: Transport): boolean =>
  !!transport.rendererWorker && !transport.rendererWorker.destroyed;

/**
 * From now on, the page's copies of the document's fonts wait for a drawing on the page's thread
 * (`pageFontsReady`) as long as its pages are drawn in the rendering worker (else they are made
 * at once, as pdf.js does).
 */
export const deferPageFonts = (doc: PDFDocumentProxy): void => {
  const transport = transportOf(doc);
  const loader = transport?.fontLoader;
  if (!transport || !loader || typeof loader.bind !== 'function') return;
  const bind = loader.bind.bind(loader);
  const set = new Set<Deferred>();
  waiting.set(doc, set);
  loader.bind = (font) => {
    if (!drawsInWorker(transport) || font.attached) return bind(font);
    // pdf.js drops the font's program once bound (clearData) unless asked to keep it: kept here
    // until the copy is made.
    const clearData = font.clearData.bind(font);
    font.clearData = () => {};
    const entry: Deferred = {
      make: async () => {
        if (!set.delete(entry)) return;
        try {
          // A closed document's fonts were let go (a copy made now would stay with the window).
          if (!transport.destroyed) await bind(font);
        } finally {
          delete (font as Partial<PageFont>).clearData;
          if (!font.fontExtraProperties) clearData();
        }
      },
    };
    set.add(entry);
    return Promise.resolve();
  };
};

/**
 * Before a drawing on the page's thread: the page's copies of the fonts still waiting are made
 * now (a failed one falls back as pdf.js's own loading does).
 */
export const pageFontsReady = async (doc: PDFDocumentProxy): Promise<void> => {
  const set = waiting.get(doc);
  const transport = transportOf(doc);
  if (!set || set.size === 0 || (transport && drawsInWorker(transport))) return;
  await Promise.allSettled([...set].map((d) => d.make()));
};
