// pdf.js's Node build loads the optional @napi-rs/canvas package as soon as it is imported, to
// borrow its DOMMatrix and Path2D and to draw. Extraction draws nothing and brings its own
// DOMMatrix (dom-matrix.ts), so the package only costs time: ~0.2 s of CPU for each thread that
// loads pdf.js, i.e. each batch worker before its first PDF. The packaged app ships without it
// (electron-builder.yml), where pdf.js prints a warning for each missing piece.
//
// So pdf.js's own request for the package gets a stand-in module: no native module is loaded,
// no warning printed, and every host reads PDFs as the packaged app does. Only that one request
// is answered so (the specifier, from a file of pdfjs-dist); everything else resolves as usual.
// Where the module hooks API is missing (Node before 22.15), pdf.js loads the package as before,
// and reads the same: pdf.js keeps the DOMMatrix it finds (test/extract/pdf-dom-matrix.test.ts).
import * as nodeModule from 'node:module';

const CANVAS = '@napi-rs/canvas';
const STAND_IN = 'nianbao:pdfjs-no-canvas';

/**
 * What pdf.js gets instead of the package: a Path2D that refuses to be used (pdf.js only checks
 * that one exists; it builds paths only to draw on a canvas, which extraction never does).
 */
const STAND_IN_SOURCE = `module.exports = {
  Path2D: class Path2D {
    constructor() { throw new Error('PDF 文字提取不绘制页面（未加载 @napi-rs/canvas）'); }
  },
};`;

let installed = false;

/** Answers pdf.js's request for @napi-rs/canvas with the stand-in; call before pdf.js loads. */
export const skipCanvasPackage = (): void => {
  if (installed) return;
  installed = true;
  const register = (nodeModule as { registerHooks?: typeof nodeModule.registerHooks })
    .registerHooks;
  if (typeof register !== 'function') return;
  register({
    resolve(specifier, context, next) {
      if (specifier === CANVAS && context.parentURL?.includes('/pdfjs-dist/'))
        return { url: STAND_IN, format: 'commonjs', shortCircuit: true };
      return next(specifier, context);
    },
    load(url, context, next) {
      if (url === STAND_IN)
        return { format: 'commonjs', source: STAND_IN_SOURCE, shortCircuit: true };
      return next(url, context);
    },
  });
};
