// Image files decoded to page rasters with pure-JS decoders: PNG, JPEG, TIFF (every page of a
// multi-page TIFF).
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif';
import { fromPixels, type Raster } from './raster';

export type ImageKind = 'png' | 'jpg' | 'tif';

/** The image format of the bytes, or null for one this reader does not decode. */
export const imageKind = (b: Uint8Array): ImageKind | null => {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (
    (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) ||
    (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a)
  )
    return 'tif';
  return null;
};

/** A4 portrait is 595 pt wide: an image's short side is taken as that (px per pt). */
export const A4_SHORT_SIDE = 595.3;

/** Pixels above this count (about an A4 page at 600 dpi) are not decoded: memory would run out. */
export const MAX_PIXELS = 40_000_000;

const tooLarge = (w: number, h: number): Error => new Error(`图片过大（${w}×${h} 像素）`);

/** The pages of an image file, decoded one by one when asked (a TIFF may hold many). */
export const imagePages = (
  bytes: Uint8Array,
  kind: ImageKind,
): { count: number; page: (i: number) => Raster } => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png') {
    return {
      count: 1,
      page: () => {
        const png = PNG.sync.read(buffer);
        if (png.width * png.height > MAX_PIXELS) throw tooLarge(png.width, png.height);
        return fromPixels(png.width, png.height, png.data, 4);
      },
    };
  }
  if (kind === 'jpg') {
    return {
      count: 1,
      page: () => {
        const img = jpeg.decode(buffer, {
          useTArray: true,
          formatAsRGBA: true,
          maxResolutionInMP: MAX_PIXELS / 1e6,
          maxMemoryUsageInMB: 1024,
        });
        return fromPixels(img.width, img.height, img.data, 4);
      },
    };
  }
  const array = bytes.slice().buffer;
  // Pages are the IFDs that carry an image (thumbnails and EXIF blocks have no width).
  const ifds = UTIF.decode(array).filter((f) => typeof f['t256'] !== 'undefined');
  return {
    count: ifds.length,
    page: (i) => {
      const ifd = ifds[i]!;
      UTIF.decodeImage(array, ifd, ifds);
      if (ifd.width * ifd.height > MAX_PIXELS) throw tooLarge(ifd.width, ifd.height);
      return fromPixels(ifd.width, ifd.height, UTIF.toRGBA8(ifd), 4);
    },
  };
};
