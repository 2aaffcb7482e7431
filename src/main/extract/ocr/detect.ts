// Text detection (PP-OCRv4 DB): a probability map of "text here", thresholded into boxes.
// After deskewing, text lines are level, so axis-aligned boxes are enough.
import type { OcrModels } from './models';
import { resize, type Raster } from './raster';

const LONG_SIDE = 1280;
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP = 1.5;
/** Smaller regions (in map pixels) are specks. */
const MIN_SIDE = 3;

export interface TextBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  score: number;
}

/** Boxes of text in `page` pixels. */
export const detect = async (models: OcrModels, page: Raster): Promise<TextBox[]> => {
  const scale = Math.min(1, LONG_SIDE / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * scale) / 32) * 32);
  const small = resize(page, w, h);
  const plane = w * h;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    const v = small.data[i]! / 255;
    for (let c = 0; c < 3; c++) input[c * plane + i] = (v - MEAN[c]!) / STD[c]!;
  }
  const tensor = new models.Tensor('float32', input, [1, 3, h, w]);
  const out = await models.det.run({ [models.det.inputNames[0]!]: tensor });
  const prob = out[models.det.outputNames[0]!]!.data as Float32Array;
  const boxes = regions(prob, w, h);
  const sx = page.width / w;
  const sy = page.height / h;
  return boxes.map((b) => ({
    x0: Math.max(0, b.x0 * sx),
    y0: Math.max(0, b.y0 * sy),
    x1: Math.min(page.width, b.x1 * sx),
    y1: Math.min(page.height, b.y1 * sy),
    score: b.score,
  }));
};

/** Connected regions above the pixel threshold, scored by their mean probability, unclipped. */
const regions = (prob: Float32Array, w: number, h: number): TextBox[] => {
  const label = new Int32Array(w * h).fill(-1);
  const out: TextBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (prob[start]! <= PIXEL_THRESHOLD || label[start] !== -1) continue;
    let x0 = w;
    let y0 = h;
    let x1 = 0;
    let y1 = 0;
    let sum = 0;
    let count = 0;
    label[start] = out.length;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      sum += prob[i]!;
      count++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      const next = [
        x > 0 ? i - 1 : -1,
        x + 1 < w ? i + 1 : -1,
        y > 0 ? i - w : -1,
        y + 1 < h ? i + w : -1,
      ];
      for (const j of next) {
        if (j >= 0 && label[j] === -1 && prob[j]! > PIXEL_THRESHOLD) {
          label[j] = out.length;
          stack.push(j);
        }
      }
    }
    const bw = x1 - x0 + 1;
    const bh = y1 - y0 + 1;
    if (Math.min(bw, bh) < MIN_SIDE) continue;
    const score = sum / count;
    if (score < BOX_THRESHOLD) continue;
    // DB shrinks text regions when training; grow them back by area × ratio / perimeter.
    const d = (bw * bh * UNCLIP) / (2 * (bw + bh));
    out.push({ x0: x0 - d, y0: y0 - d, x1: x1 + 1 + d, y1: y1 + 1 + d, score });
  }
  return out;
};
