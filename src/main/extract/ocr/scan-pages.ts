// The pages of a scanned report as pictures a viewer and a PDF writer take: JPEG and PNG as they
// are (no re-encoding, no loss), TIFF pages re-encoded as PNG. Each page gets its size in the
// points the OCR placed its boxes in (the short side is A4's 595.3 pt), so boxes and pictures
// line up by construction.
import { PNG } from 'pngjs';
import UTIF from 'utif';
import { A4_SHORT_SIDE, imageKind, MAX_PIXELS } from './images';
import { jpegOrientation, swapsSides } from './orientation';

export interface ScanPage {
  mime: 'image/jpeg' | 'image/png';
  bytes: Uint8Array<ArrayBuffer>;
  /** The upright page in points, as the OCR's boxes are (see `imagePlacement`). */
  width: number;
  height: number;
}

const inPoints = (w: number, h: number): { width: number; height: number } => {
  const scale = Math.min(w, h) / A4_SHORT_SIDE;
  return { width: w / scale, height: h / scale };
};

/** A PNG's pixel size from its IHDR chunk. */
const pngSize = (b: Uint8Array): [number, number] => {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return [v.getUint32(16), v.getUint32(20)];
};

/** A JPEG's pixel size from its first start-of-frame marker (SOF0…SOF15 but DHT, JPG, DAC). */
const jpegSize = (b: Uint8Array): [number, number] => {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) {
      at++;
      continue;
    }
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (b[at + 2]! << 8) | b[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return [(b[at + 7]! << 8) | b[at + 8]!, (b[at + 5]! << 8) | b[at + 6]!];
    at += 2 + length;
  }
  throw new Error('JPEG 文件中没有图像尺寸');
};

const checked = ([w, h]: [number, number]): [number, number] => {
  if (w <= 0 || h <= 0) throw new Error('图片尺寸为零');
  if (w * h > MAX_PIXELS) throw new Error(`图片过大（${w}×${h} 像素）`);
  return [w, h];
};

/** One image file's pages (a TIFF may hold several). Throws on bytes that are no such image. */
export const scanPages = (bytes: Uint8Array): ScanPage[] => {
  const kind = imageKind(bytes);
  if (kind === 'jpg') {
    // The page as the OCR read it: upright by the photo's EXIF orientation (the bytes stay).
    const [w, h] = checked(jpegSize(bytes));
    const [uw, uh] = swapsSides(jpegOrientation(bytes)) ? [h, w] : [w, h];
    return [{ mime: 'image/jpeg', bytes: new Uint8Array(bytes), ...inPoints(uw, uh) }];
  }
  if (kind === 'png') {
    const [w, h] = checked(pngSize(bytes));
    return [{ mime: 'image/png', bytes: new Uint8Array(bytes), ...inPoints(w, h) }];
  }
  if (kind !== 'tif') throw new Error('不是 PNG、JPEG 或 TIFF 图片');
  const array = bytes.slice().buffer;
  const ifds = UTIF.decode(array).filter((f) => typeof f['t256'] !== 'undefined');
  return ifds.map((ifd) => {
    UTIF.decodeImage(array, ifd, ifds);
    const [w, h] = checked([ifd.width, ifd.height]);
    const png = new PNG({ width: w, height: h });
    png.data = Buffer.from(UTIF.toRGBA8(ifd));
    return {
      mime: 'image/png' as const,
      bytes: new Uint8Array(PNG.sync.write(png)),
      ...inPoints(w, h),
    };
  });
};
