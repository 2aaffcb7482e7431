// The picture of a scanned PDF page, decoded by pdf.js itself (no canvas): the operator list
// names the image, page.objs holds its pixels once the list is built.
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rect } from '../pdf/geometry';
import type { Placement } from './page';
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

/** The largest picture painted on the page, with where it sits (in the reader's page frame). */
export const pageImage = async (
  page: PDFPageProxy,
  paintImage: number,
  rect: Rect,
): Promise<{ raster: Raster; place: Placement } | null> => {
  const list = await page.getOperatorList();
  let best: Raster | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    if (list.fnArray[i] !== paintImage) continue;
    const id = (list.argsArray[i] as unknown[])[0];
    if (typeof id !== 'string') continue;
    const img = await objOf(page, id);
    const raster = img ? toRaster(img) : null;
    if (raster && (!best || raster.width * raster.height > best.width * best.height)) best = raster;
  }
  if (!best) return null;
  return {
    raster: best,
    place: { scale: best.width / Math.max(1, rect.x1 - rect.x0), dx: rect.x0, dy: rect.top },
  };
};
