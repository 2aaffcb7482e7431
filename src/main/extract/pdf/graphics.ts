// Ruling lines and pictures of a page, from its operator list: the current transformation is
// followed through save/restore and form XObjects; strokes and thin filled boxes are rules.
import { apply, compose, IDENTITY, type Matrix } from './geometry';
import { addPathRules, emptyGraphics, type Graphics, type PathShape } from './rules';

export type { Graphics } from './rules';

/** The pdf.js operator numbers this module reads (OPS of pdfjs-dist). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

interface State {
  ctm: Matrix;
  stroke: string;
  fill: string;
}

/** Path data of pdf.js: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4. */
const subpaths = (data: ArrayLike<number>): PathShape[] => {
  const out: PathShape[] = [];
  let cur: (typeof out)[number] | null = null;
  for (let k = 0; k < data.length;) {
    const op = data[k++];
    if (op === 0) {
      cur = { points: [[data[k]!, data[k + 1]!]], closed: false, curved: false };
      out.push(cur);
      k += 2;
    } else if (op === 1) {
      cur?.points.push([data[k]!, data[k + 1]!]);
      k += 2;
    } else if (op === 2 || op === 3) {
      const n = op === 2 ? 6 : 4;
      if (cur) {
        cur.curved = true;
        cur.points.push([data[k + n - 2]!, data[k + n - 1]!]);
      }
      k += n;
    } else if (op === 4) {
      if (cur) cur.closed = true;
    } else break;
  }
  return out;
};

/** Reads the rules and pictures of one page; `view` maps user space to the viewport. */
export const readGraphics = (
  fnArray: ArrayLike<number>,
  argsArray: ReadonlyArray<unknown>,
  ops: Ops,
  view: Matrix,
): Graphics => {
  const result: Graphics = emptyGraphics();
  let state: State = { ctm: IDENTITY, stroke: '#000000', fill: '#000000' };
  const stack: State[] = [];
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(state);
    else if (fn === ops.restore) state = stack.pop() ?? state;
    else if (fn === ops.transform && args)
      state = { ...state, ctm: compose(state.ctm, args as number[]) };
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(state);
      const m = args?.[0] as number[] | null | undefined;
      if (m && m.length === 6) state = { ...state, ctm: compose(state.ctm, m) };
    } else if (fn === ops.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === ops.setStrokeRGBColor && args) state = { ...state, stroke: String(args[0]) };
    else if (fn === ops.setFillRGBColor && args) state = { ...state, fill: String(args[0]) };
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as Array<ArrayLike<number> | null> | undefined)?.[0];
      if (!data) continue;
      const m = compose(view, state.ctm);
      const shapes = subpaths(data).map((p) => ({
        ...p,
        points: p.points.map(([x, y]) => apply(m, x, y)),
      }));
      const stroked = strokes.has(paint) && state.stroke !== '#ffffff';
      addPathRules(result, shapes, stroked, fills.has(paint) && state.fill !== '#ffffff');
    } else if (
      fn === ops.paintImageXObject ||
      fn === ops.paintInlineImageXObject ||
      fn === ops.paintImageMaskXObject
    ) {
      const m = compose(view, state.ctm);
      const corners = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
      result.images.push({
        x0: Math.min(...corners.map((c) => c[0])),
        x1: Math.max(...corners.map((c) => c[0])),
        top: Math.min(...corners.map((c) => c[1])),
        bottom: Math.max(...corners.map((c) => c[1])),
      });
    }
  }
  return result;
};
