// pdf.js loads each font of a document twice when its pages are drawn in the rendering worker:
// there, where it draws, and on the page's thread, where it would draw were that worker gone.
// Creating a FontFace decodes and checks the whole font program on the calling thread (10–50 ms
// for one of a report's CJK subsets), and the page's thread is also the one that passes every
// message between pdf.js's worker and the rendering worker: while page 1 was drawn, the page's
// copies of its fonts held up the messages carrying page 1's content (and took a core of two).
// Here the page's copies are made once a page of the document is drawn, when the window is idle,
// one font per idle moment (not merely idle: this thread idles while the workers draw page 1); a
// drawing on this thread (the rendering worker gone) has them all made first.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { whenIdle } from './useWhenIdle';

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

/** How long a font's page copy may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 3000;

interface Waiting {
  fonts: Set<Deferred>;
  /** A page of the document was drawn: the copies may be made. */
  open: boolean;
}

const waiting = new WeakMap<PDFDocumentProxy, Waiting>();

const transportOf = (doc: PDFDocumentProxy): Transport | undefined =>
  (doc as unknown as { _transport?: Transport })._transport;

/** Whether the document's pages are drawn in pdf.js's rendering worker. */
const drawsInWorker = (transport: Transport): boolean =>
  !!transport.rendererWorker && !transport.rendererWorker.destroyed;

/** Makes one waiting font's page copy when the window is next idle, then the next one. */
const makeWhenIdle = (set: Set<Deferred>): void => {
  whenIdle(() => {
    const [first] = set;
    if (!first) return;
    void first.make().finally(() => {
      if (set.size > 0) makeWhenIdle(set);
    });
  }, IDLE_TIMEOUT_MS);
};

/** A page of the document is drawn (or failed): the fonts' page copies are made from now on. */
export const pageDrawn = (doc: PDFDocumentProxy): void => {
  const w = waiting.get(doc);
  if (!w || w.open) return;
  w.open = true;
  if (w.fonts.size > 0) makeWhenIdle(w.fonts);
};

/**
 * From now on, the page's copies of the document's fonts are made when the window is idle, as
 * long as its pages are drawn in the rendering worker (else at once, as pdf.js does).
 */
export const deferPageFonts = (doc: PDFDocumentProxy): void => {
  const transport = transportOf(doc);
  const loader = transport?.fontLoader;
  if (!transport || !loader || typeof loader.bind !== 'function') return;
  const bind = loader.bind.bind(loader);
  const w: Waiting = { fonts: new Set(), open: false };
  const set = w.fonts;
  waiting.set(doc, w);
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
    if (w.open && set.size === 0) makeWhenIdle(set);
    set.add(entry);
    return Promise.resolve();
  };
};

/**
 * Before a drawing on the page's thread: the page's copies of the fonts still waiting are made
 * now (a failed one falls back as pdf.js's own loading does).
 */
export const pageFontsReady = async (doc: PDFDocumentProxy): Promise<void> => {
  const set = waiting.get(doc)?.fonts;
  const transport = transportOf(doc);
  if (!set || set.size === 0 || (transport && drawsInWorker(transport))) return;
  await Promise.allSettled([...set].map((d) => d.make()));
};
