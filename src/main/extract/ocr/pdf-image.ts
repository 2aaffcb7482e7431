// The picture of a scanned PDF page, decoded by pdf.js itself (no canvas): the operator list
// names the image, page.objs holds its pixels once the list is built.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { compose, IDENTITY, invert, type Matrix, type Rect } from '../pdf/geometry';
import type { Placement } from './page';
import { orientationOf, uprightRaster } from './orientation';
import { fromPixels, type Raster } from './raster';

interface DecodedImage {
  width: number;
  height: number;
  data?: Uint8Array | Uint8ClampedArray;
  /** pdf.js ImageKind: 1 grey 1 bit per pixel, 2 RGB, 3 RGBA. */
  kind?: number;
}

/**
 * The decoded picture `id`. pdf.js may send a picture after the operator list that paints it
 * (a Flate-encoded one, as PNG pages in a PDF are): wait for it rather than ask too early.
 */
const objOf = (page: PDFPageProxy, id: string): Promise<DecodedImage | null> => {
  const store = id.startsWith('g_')
    ? (page as unknown as { commonObjs: PDFPageProxy['objs'] }).commonObjs
    : page.objs;
  const get = store.get.bind(store) as (
    id: string,
    done: (data: unknown) => void,
    failed: () => void,
  ) => void;
  return new Promise((resolve) => {
    try {
      get(
        id,
        (data) => resolve(data as DecodedImage),
        () => resolve(null),
      );
    } catch {
      resolve(null);
    }
  });
};

const toRaster = (img: DecodedImage): Raster | null => {
  const { width, height, data, kind } = img;
  if (!data || !width || !height) return null;
  if (kind === 1) {
    // One bit per pixel, rows padded to whole bytes; 1 is white.
    const rowBytes = (width + 7) >> 3;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        grey[y * width + x] = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { width, height, data: grey };
  }
  const channels = kind === 3 ? 4 : kind === 2 ? 3 : Math.round(data.length / (width * height));
  if (channels < 1) return null;
  return fromPixels(width, height, data, channels);
};

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** The operators `pageImage` follows: the picture's, and those that set where it is drawn. */
export interface ImageOps {
  paintImageXObject: number;
  save: number;
  restore: number;
  transform: number;
}

/**
 * The largest picture painted on the page, turned as the page is shown: as the page draws it (a
 * photo's pixels stored sideways and drawn upright by a quarter-turned matrix are read upright)
 * and as its /Rotate turns it (a scan saved sideways with /Rotate 90 is read as the viewer shows
 * it, so the boxes, the 原文 page and the annotated PDF agree), with where it sits (in the
 * reader's page frame).
 */
export const pageImage = async (
  page: PDFPageProxy,
  ops: ImageOps,
  rect: Rect,
  toDisplay: Matrix = IDENTITY,
): Promise<{ raster: Raster; place: Placement } | null> => {
  const list = await page.getOperatorList();
  let best: { raster: Raster; ctm: Matrix } | null = null;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as Matrix, ctm);
    if (fn !== ops.paintImageXObject) continue;
    const id = args[0];
    if (typeof id !== 'string') continue;
    const img = await objOf(page, id);
    const raster = img ? toRaster(img) : null;
    const area = (r: Raster) => r.width * r.height;
    if (raster && (!best || area(raster) > area(best.raster))) best = { raster, ctm };
  }
  if (!best) return null;
  // The picture's unit square onto the page as the reader sees it: the viewport (/Rotate
  // applied, y down), turned further as the reader turned the page (`toDisplay` undoes that;
  // `rect` is in that frame). Along a row is the matrix's first column; the first row is at the
  // square's top (t = 1), so down the rows is minus its second column.
  const view = compose(invert(toDisplay), page.getViewport({ scale: 1 }).transform);
  const [a, b, c, d] = compose(view, best.ctm);
  const raster = uprightRaster(best.raster, orientationOf([a, b], [-c, -d]));
  return {
    raster,
    place: { scale: raster.width / Math.max(1, rect.x1 - rect.x0), dx: rect.x0, dy: rect.top },
  };
};
