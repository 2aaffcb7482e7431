// A photo's EXIF orientation: a phone stores the sensor's pixels as they came and says in the
// JPEG's APP1 (EXIF) block how to turn them upright. The OCR must read the page upright, and the
// views and the annotated PDF must show it so, or the boxes and the picture disagree.
import { makeRaster, type Raster } from './raster';

/** EXIF orientation 1…8 (1: stored upright; 5…8 swap width and height). */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

const ORIENTATION_TAG = 0x0112;

/** The orientation IFD0 of the JPEG's EXIF block names, or 1 (none, or unreadable). */
export const jpegOrientation = (b: Uint8Array): Orientation => {
  if (b[0] !== 0xff || b[1] !== 0xd8) return 1;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 2;
  // Markers up to the scan: APP1 comes first in practice, but any order is walked.
  while (at + 4 <= b.length && b[at] === 0xff) {
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break;
    const length = v.getUint16(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > b.length) break;
    if (marker === 0xe1) {
      const found = exifOrientation(v, at + 4, end);
      if (found) return found;
    }
    at = end;
  }
  return 1;
};

/** The orientation tag of an APP1 payload from `start` to `end`, if it is EXIF and has one. */
const exifOrientation = (v: DataView, start: number, end: number): Orientation | null => {
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"
  if (end - start < 14 || exif.some((c, i) => v.getUint8(start + i) !== c)) return null;
  const tiff = start + 6;
  const order = v.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  if (v.getUint16(tiff + 2, little) !== 42) return null;
  const ifd = tiff + v.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return null;
  const count = v.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return null;
    if (v.getUint16(entry, little) !== ORIENTATION_TAG) continue;
    const value = v.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? (value as Orientation) : null;
  }
  return null;
};

/** Orientations 5…8 turn the picture a quarter: its upright width is the stored height. */
export const swapsSides = (o: Orientation): boolean => o >= 5;

/**
 * Where stored pixel (u, v) of a w×h picture lands in the upright picture (y down), as the
 * EXIF specification defines each orientation (2 mirror, 3 half turn, 6 quarter clockwise…).
 */
export const uprightPoint = (
  o: Orientation,
  w: number,
  h: number,
  u: number,
  v: number,
): [number, number] => {
  switch (o) {
    case 1:
      return [u, v];
    case 2:
      return [w - u, v];
    case 3:
      return [w - u, h - v];
    case 4:
      return [u, h - v];
    case 5:
      return [v, u];
    case 6:
      return [h - v, u];
    case 7:
      return [h - v, w - u];
    case 8:
      return [v, w - u];
  }
};

/** The raster turned upright: what the OCR reads, so that its boxes are in the upright page. */
export const uprightRaster = (r: Raster, o: Orientation): Raster => {
  if (o === 1) return r;
  const { width: w, height: h } = r;
  const out = makeRaster(swapsSides(o) ? h : w, swapsSides(o) ? w : h);
  const red = r.red ? new Uint8Array(w * h) : undefined;
  // Pixel centres: stored (u + ½, v + ½) lands on upright (x + ½, y + ½).
  for (let v = 0; v < h; v++) {
    for (let u = 0; u < w; u++) {
      const [px, py] = uprightPoint(o, w, h, u + 0.5, v + 0.5);
      const to = Math.floor(py) * out.width + Math.floor(px);
      const from = v * w + u;
      out.data[to] = r.data[from]!;
      if (red) red[to] = r.red![from]!;
    }
  }
  if (red) out.red = red;
  return out;
};

const sign = (v: number): number => (Math.abs(v) < 1e-9 ? 0 : Math.sign(v));

/**
 * The orientation that turns a stored picture the way a drawing does, from where the picture's
 * rows run (`across`: along a row, left to right) and go (`down`: from the first row to the
 * next), both on the upright page with y down. A drawing that is no quarter turn or mirror is 1.
 */
export const orientationOf = (across: [number, number], down: [number, number]): Orientation => {
  for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as const) {
    const [x0, y0] = uprightPoint(o, 1, 1, 0, 0);
    const [ux, uy] = uprightPoint(o, 1, 1, 1, 0);
    const [vx, vy] = uprightPoint(o, 1, 1, 0, 1);
    if (
      sign(ux - x0) === sign(across[0]) &&
      sign(uy - y0) === sign(across[1]) &&
      sign(vx - x0) === sign(down[0]) &&
      sign(vy - y0) === sign(down[1])
    )
      return o;
  }
  return 1;
};
