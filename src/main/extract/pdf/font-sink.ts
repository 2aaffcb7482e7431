// A stand-in for the document pdf.js loads fonts into, so that extraction can leave
// `disableFontFace` off in Node without a DOM.
//
// Why: with `disableFontFace: true` (pdf.js's Node default) the evaluator builds the outline of
// every glyph shown in `getOperatorList` (PartialEvaluator.buildFontPaths) and posts each one to
// the display side, which structured-clones it: about a tenth of a batch worker's CPU, for
// outlines only a canvas draws. We read nothing but ruling lines and picture positions from the
// operator list. With font faces on, pdf.js instead hands each embedded font once to its
// FontLoader, which adds a FontFace to `ownerDocument.fonts`; here that set keeps nothing. In
// the worker `disableFontFace` decides nothing else: text content, glyph mapping and the
// operators are the same (test/extract/pdf-equivalence.test.ts).
//
// Why the FontFace API and not a CSS sheet (pdf.js's other branch, taken when the document has
// no `fonts`): that branch base64-encodes every font into an @font-face rule, and pdf.js's
// legacy build polyfills `Uint8Array.prototype.toBase64` in JavaScript where Node 24 lacks it:
// slower than the outlines it saves. pdf.js 6.5's FontLoader calls the global `FontFace`
// constructor, then `document.fonts.add/delete` and awaits `face.loaded`; nothing else.

/** What pdf.js's FontLoader uses of a FontFace: the family (for a warning) and `loaded`. */
class UnusedFontFace {
  readonly loaded: Promise<this> = Promise.resolve(this);
  constructor(readonly family: string) {}
}

/**
 * A fresh font sink for one `getDocument`. Installs the FontFace stand-in in this thread's
 * globals when there is no real one (Node, Electron's main process or a worker of it); where a
 * real one exists (a browser) it is left alone.
 */
export const fontSinkDocument = (): object => {
  const scope = globalThis as { FontFace?: unknown };
  scope.FontFace ??= UnusedFontFace;
  return { fonts: { add() {}, delete() {} } };
};
