// The page's copies of a PDF's fonts (pdf.js's FontLoader.bind on the page's thread) wait while
// pages are drawn in pdf.js's rendering worker, and are all made — each font's program then let
// go — right before a drawing on the page's thread, once that worker is gone.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { describe, expect, it } from 'vitest';
import { deferPageFonts, pageFontsReady } from '../../src/renderer/features/review/pageFonts';

/** A document as far as pageFonts reads it: pdf.js's transport with its font loader. */
const fakeDocument = () => {
  const bound: string[] = [];
  const transport = {
    destroyed: false,
    rendererWorker: { destroyed: false },
    fontLoader: {
      bind: async (font: { name: string }) => {
        bound.push(font.name);
      },
    },
  };
  const doc = { _transport: transport } as unknown as PDFDocumentProxy;
  return { doc, transport, bound };
};

const font = (name: string) => {
  const cleared: string[] = [];
  return {
    name,
    cleared,
    attached: false,
    fontExtraProperties: false,
    clearData() {
      cleared.push(name);
    },
  };
};

describe('the page copies of a PDF document fonts', () => {
  it('wait while the rendering worker draws, even when a page is drawn there', async () => {
    const { doc, transport, bound } = fakeDocument();
    deferPageFonts(doc);
    const f1 = font('g_d0_f1');
    await transport.fontLoader.bind(f1);
    // pdf.js lets a bound font's program go; a waiting one keeps it.
    (f1 as { clearData(): void }).clearData();
    await pageFontsReady(doc);
    expect(bound).toEqual([]);
    expect(f1.cleared).toEqual([]);
  });

  it('are all made, and their programs let go, before a drawing on the page thread', async () => {
    const { doc, transport, bound } = fakeDocument();
    deferPageFonts(doc);
    const [f1, f2] = [font('g_d0_f1'), font('g_d0_f2')];
    await transport.fontLoader.bind(f1);
    await transport.fontLoader.bind(f2);
    transport.rendererWorker.destroyed = true;
    await pageFontsReady(doc);
    expect(bound).toEqual(['g_d0_f1', 'g_d0_f2']);
    expect([...f1.cleared, ...f2.cleared]).toEqual(['g_d0_f1', 'g_d0_f2']);
    // A font met once the worker is gone is made at once, as pdf.js does.
    await transport.fontLoader.bind(font('g_d0_f3'));
    expect(bound).toEqual(['g_d0_f1', 'g_d0_f2', 'g_d0_f3']);
  });

  it('of a closed document are never made, but let go', async () => {
    const { doc, transport, bound } = fakeDocument();
    deferPageFonts(doc);
    const f1 = font('g_d0_f1');
    await transport.fontLoader.bind(f1);
    transport.rendererWorker.destroyed = true;
    transport.destroyed = true;
    await pageFontsReady(doc);
    expect(bound).toEqual([]);
    expect(f1.cleared).toEqual(['g_d0_f1']);
  });
});
