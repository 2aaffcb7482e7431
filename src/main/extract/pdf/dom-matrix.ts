// A 2D `DOMMatrix` for pdf.js where the platform has none (Node, Electron's main process), so
// that extraction reads a PDF the same whether or not the optional @napi-rs/canvas package is
// installed (the packaged app ships without it: electron-builder.yml).
//
// Why: pdf.js's worker compiles each image-mask glyph of a Type3 font into a path with
// `new DOMMatrix().scaleSelf(…).translateSelf(…)` (compileType3Glyph). Node has no DOMMatrix;
// pdf.js borrows @napi-rs/canvas's when it can load it. Without it the compile throws, the glyph
// is dropped ("Type3 font resource … is not available"), the font gets no glyph box, and the
// text items of such a font come out with other heights: other boxes, possibly other lines.
// Installed before pdf.js loads, this one is used with and without the package alike (pdf.js
// polyfills only a missing DOMMatrix). Nothing in extraction draws, so only the affine
// operations are here; a browser's own DOMMatrix is never replaced.

/** The 2D part of the DOMMatrix interface: [a b c d e f] maps (x, y) to (ax + cy + e, bx + dy + f). */
export class AffineDomMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;

  constructor(init?: ArrayLike<number>) {
    if (init === undefined) return;
    if (init.length !== 6) throw new TypeError('AffineDomMatrix takes six numbers');
    this.#set(init[0]!, init[1]!, init[2]!, init[3]!, init[4]!, init[5]!);
  }

  #set(a: number, b: number, c: number, d: number, e: number, f: number): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }

  /** this = this × m (m applied first, as DOMMatrix.multiplySelf). */
  multiplySelf(m: AffineDomMatrix): this {
    const { a, b, c, d, e, f } = this;
    return this.#set(
      a * m.a + c * m.b,
      b * m.a + d * m.b,
      a * m.c + c * m.d,
      b * m.c + d * m.d,
      a * m.e + c * m.f + e,
      b * m.e + d * m.f + f,
    );
  }

  /** this = m × this. */
  preMultiplySelf(m: AffineDomMatrix): this {
    const p = new AffineDomMatrix([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    return this.#set(p.a, p.b, p.c, p.d, p.e, p.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineDomMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineDomMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) return this.#set(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.#set(
      d / det,
      -b / det,
      -c / det,
      a / det,
      (c * f - d * e) / det,
      (b * e - a * f) / det,
    );
  }
}

/** Gives this thread a DOMMatrix when it has none; call it before pdf.js is loaded. */
export const useAffineDomMatrix = (): void => {
  const scope = globalThis as { DOMMatrix?: unknown };
  scope.DOMMatrix ??= AffineDomMatrix;
};
