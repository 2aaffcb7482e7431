// Reads one PDF page into text pieces and graphics, in viewport coordinates (top-left origin),
// turned so that the text reads left to right even on a page printed sideways.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import {
  apply,
  compose,
  directionOf,
  invert,
  uprightTurn,
  type Matrix,
  type Piece,
} from './geometry';
import { readGraphics, type Graphics, type Ops } from './graphics';
import { emptyGraphics } from './rules';

export interface PageContent {
  height: number;
  /** Width × height of the page. */
  area: number;
  /** From the reading frame (text upright) back to the page as displayed. */
  toDisplay: Matrix;
  pieces: Piece[];
  graphics: Graphics;
  /** Characters read on the page, and how many of them are not plausible text. */
  chars: number;
  oddChars: number;
}

/** Private use, replacement and control characters: what a font without a ToUnicode map gives. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const ODD = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/gu;

const unit = (x: number, y: number): [number, number] => {
  const n = Math.hypot(x, y) || 1;
  return [x / n, y / n];
};

/** The turn that makes most text run left to right in the viewport (w × h). */
const turnFor = (items: TextItem[], view: Matrix, w: number, h: number): [Matrix, number] => {
  const votes = { right: 0, down: 0, left: 0, up: 0 };
  for (const it of items) {
    const [dx, dy] = unit(it.transform[0]!, it.transform[1]!);
    votes[directionOf(view[0] * dx + view[2] * dy, view[1] * dx + view[3] * dy)] += [
      ...it.str,
    ].length;
  }
  return uprightTurn(votes, w, h);
};

/** Whether a page's graphics are worth reading, from its pieces and character count. */
export type GraphicsWanted = (pieces: readonly Piece[], chars: number) => boolean;

export const readPage = async (
  page: PDFPageProxy,
  ops: Ops & { annotationDisabled: number },
  wanted: GraphicsWanted = () => true,
): Promise<PageContent> => {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((it): it is TextItem => 'str' in it && it.str.trim() !== '');
  const [turn, height] = turnFor(
    items,
    viewport.transform as Matrix,
    viewport.width,
    viewport.height,
  );
  const view = compose(turn, viewport.transform);
  const pieces: Piece[] = [];
  let chars = 0;
  let oddChars = 0;
  for (const item of items) {
    const t = item.transform as number[];
    const size = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!) || item.height || 1;
    // The glyph box along the text's own direction, from a little below the baseline
    // (descenders) to most of the size above it.
    const [dx, dy] = unit(t[0]!, t[1]!);
    const [ux, uy] = [t[2]! / size, t[3]! / size];
    const [xa, ya] = apply(view, t[4]! - 0.15 * size * ux, t[5]! - 0.15 * size * uy);
    const [xb, yb] = apply(
      view,
      t[4]! + item.width * dx + 0.85 * size * ux,
      t[5]! + item.width * dy + 0.85 * size * uy,
    );
    const text = item.str.replace(/\s+/g, ' ').trim();
    chars += text.length;
    oddChars += text.match(ODD)?.length ?? 0;
    pieces.push({
      text,
      x0: Math.min(xa, xb),
      x1: Math.max(xa, xb),
      top: Math.min(ya, yb),
      bottom: Math.max(ya, yb),
      size,
      page: page.pageNumber,
    });
  }
  let graphics = emptyGraphics();
  if (wanted(pieces, chars)) {
    const list = await page.getOperatorList({ annotationMode: ops.annotationDisabled });
    graphics = readGraphics(list.fnArray, list.argsArray, ops, view);
  }
  const area = viewport.width * viewport.height;
  return { height, area, toDisplay: invert(turn), pieces, graphics, chars, oddChars };
};
