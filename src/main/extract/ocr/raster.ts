// A page image as one grey channel (0 black … 255 white) and the few operations OCR needs on it.

export interface Raster {
  width: number;
  height: number;
  /** Row-major, one byte per pixel. */
  data: Uint8Array;
  /**
   * Where the page is red (a seal): the pixel's brightness there (1…255), 0 elsewhere. Absent
   * for grey images. Ruling lines run on under a seal; text is told from it by brightness.
   */
  red?: Uint8Array;
}

export const makeRaster = (width: number, height: number, fill = 255): Raster => ({
  width,
  height,
  data: new Uint8Array(width * height).fill(fill),
});

/**
 * Grey from interleaved pixels. The red channel is taken, not luminance: a red seal stamped
 * across a table then fades almost to white while black ink stays black.
 */
export const fromPixels = (
  width: number,
  height: number,
  pixels: ArrayLike<number>,
  channels: number,
): Raster => {
  const out = makeRaster(width, height);
  const n = width * height;
  if (channels === 2 || channels === 4) {
    // Transparent pixels are paper.
    const alpha = channels - 1;
    for (let i = 0; i < n; i++) {
      const a = pixels[i * channels + alpha]! / 255;
      out.data[i] = Math.round(pixels[i * channels]! * a + 255 * (1 - a));
    }
  } else {
    for (let i = 0; i < n; i++) out.data[i] = pixels[i * channels]!;
  }
  if (channels >= 3) {
    // A pixel much redder than green or blue is seal, unless it is as dark as black ink (ink
    // under the seal; compression smears the seal's colour onto it).
    const red = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const r = pixels[i * channels]!;
      const g = pixels[i * channels + 1]!;
      const b = pixels[i * channels + 2]!;
      if (r - Math.min(g, b) <= 50) continue;
      const luma = Math.max(1, Math.round(0.299 * r + 0.587 * g + 0.114 * b));
      red[i] = luma;
      out.data[i] = luma < 60 ? luma : 255;
    }
    if (red.some((v) => v > 0)) out.red = red;
  }
  return out;
};

/** The part of the raster inside [x0, x1) × [y0, y1), clipped to the image. */
export const crop = (r: Raster, x0: number, y0: number, x1: number, y1: number): Raster => {
  const a = Math.max(0, Math.floor(x0));
  const b = Math.max(0, Math.floor(y0));
  const w = Math.max(1, Math.min(r.width, Math.ceil(x1)) - a);
  const h = Math.max(1, Math.min(r.height, Math.ceil(y1)) - b);
  const out = makeRaster(w, h);
  for (let y = 0; y < h && b + y < r.height; y++) {
    const from = (b + y) * r.width + a;
    out.data.set(r.data.subarray(from, from + Math.min(w, r.width - a)), y * w);
  }
  return out;
};

/** Bilinear resampling to w × h. */
export const resize = (r: Raster, w: number, h: number): Raster => {
  const out = makeRaster(w, h);
  const sx = r.width / w;
  const sy = r.height / h;
  for (let y = 0; y < h; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5);
    const y0 = Math.min(r.height - 1, Math.floor(fy));
    const y1 = Math.min(r.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < w; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5);
      const x0 = Math.min(r.width - 1, Math.floor(fx));
      const x1 = Math.min(r.width - 1, x0 + 1);
      const wx = fx - x0;
      const top = r.data[y0 * r.width + x0]! * (1 - wx) + r.data[y0 * r.width + x1]! * wx;
      const bottom = r.data[y1 * r.width + x0]! * (1 - wx) + r.data[y1 * r.width + x1]! * wx;
      out.data[y * w + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return out;
};

/** The raster turned by `degrees` (counter-clockwise positive) about its centre, paper filled in. */
export const rotate = (r: Raster, degrees: number): Raster => {
  const out = turn(r, degrees, r.data, 255);
  if (r.red) out.red = turn(r, degrees, r.red, 0).data;
  return out;
};

const turn = (r: Raster, degrees: number, data: Uint8Array, fill: number): Raster => {
  const out = makeRaster(r.width, r.height, fill);
  const t = (degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const cx = r.width / 2;
  const cy = r.height / 2;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      // The source pixel of (x, y): the inverse turn.
      const dx = x - cx;
      const dy = y - cy;
      const fx = cos * dx - sin * dy + cx;
      const fy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= r.width || y0 + 1 >= r.height) continue;
      const wx = fx - x0;
      const wy = fy - y0;
      const i = y0 * r.width + x0;
      const top = data[i]! * (1 - wx) + data[i + 1]! * wx;
      const bottom = data[i + r.width]! * (1 - wx) + data[i + r.width + 1]! * wx;
      out.data[y * r.width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return out;
};

/** Otsu's threshold: the grey level that best separates ink from paper. */
export const otsu = (r: Raster): number => {
  const hist = new Float64Array(256);
  for (let i = 0; i < r.data.length; i++) hist[r.data[i]!]!++;
  const total = r.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
};

/** 1 where the pixel is ink (darker than the threshold). */
export const binarize = (r: Raster, threshold: number): Uint8Array => {
  const out = new Uint8Array(r.data.length);
  for (let i = 0; i < r.data.length; i++) out[i] = r.data[i]! < threshold ? 1 : 0;
  return out;
};

/** Clears ink pixels with no ink around them (noise, what is left of a seal's edge). */
export const despeckle = (ink: Uint8Array, width: number, height: number): void => {
  const lone: number[] = [];
  for (let y = 1; y + 1 < height; y++) {
    for (let x = 1; x + 1 < width; x++) {
      const i = y * width + x;
      if (!ink[i]) continue;
      const around =
        ink[i - width - 1]! +
        ink[i - width]! +
        ink[i - width + 1]! +
        ink[i - 1]! +
        ink[i + 1]! +
        ink[i + width - 1]! +
        ink[i + width]! +
        ink[i + width + 1]!;
      if (around <= 1) lone.push(i);
    }
  }
  for (const i of lone) ink[i] = 0;
};
