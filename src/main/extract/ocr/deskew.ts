// The small tilt of a scanned page: the angle at which the rows of ink line up best (the
// horizontal projection of the ink is sharpest), searched within ±3°.
import { binarize, otsu, resize, type Raster } from './raster';

const RANGE = 3;

const sharpness = (xs: Int32Array, ys: Int32Array, degrees: number, height: number): number => {
  const t = (degrees * Math.PI) / 180;
  const sin = Math.sin(t);
  const cos = Math.cos(t);
  const pad = height;
  const bins = new Float64Array(height * 3);
  for (let i = 0; i < xs.length; i++) {
    const y = Math.round(-sin * xs[i]! + cos * ys[i]!) + pad;
    if (y >= 0 && y < bins.length) bins[y]!++;
  }
  let score = 0;
  for (let i = 0; i < bins.length; i++) score += bins[i]! * bins[i]!;
  return score;
};

/** The angle (degrees, for `rotate`) that levels the page's lines; 0 for a level page. */
export const skewAngle = (page: Raster): number => {
  // A page about 800 px wide keeps lines apart and the search quick.
  const f = Math.min(1, 800 / page.width);
  const small =
    f < 1 ? resize(page, Math.round(page.width * f), Math.round(page.height * f)) : page;
  const ink = binarize(small, Math.min(otsu(small), 200));
  const xsList: number[] = [];
  const ysList: number[] = [];
  const cx = small.width / 2;
  const cy = small.height / 2;
  for (let y = 0; y < small.height; y++) {
    for (let x = 0; x < small.width; x++) {
      if (ink[y * small.width + x]) {
        xsList.push(x - cx);
        ysList.push(y - cy);
      }
    }
  }
  if (xsList.length < 100) return 0;
  const xs = Int32Array.from(xsList);
  const ys = Int32Array.from(ysList);
  const best = (from: number, to: number, step: number): number => {
    let angle = 0;
    let top = -1;
    for (let a = from; a <= to + 1e-9; a += step) {
      const s = sharpness(xs, ys, a, small.height);
      if (s > top) {
        top = s;
        angle = a;
      }
    }
    return angle;
  };
  const coarse = best(-RANGE, RANGE, 0.25);
  const fine = best(coarse - 0.25, coarse + 0.25, 0.025);
  return Math.abs(fine) < 0.03 ? 0 : fine;
};
