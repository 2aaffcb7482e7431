// Recognition of one line image: PP-OCRv4's recognizer at height 48 and a CTC decode that keeps
// each character's probability, so a doubtful character is known, never hidden.
import type { OcrModels } from './models';
import { resize, type Raster } from './raster';

const HEIGHT = 48;
const MIN_WIDTH = 160;

export interface Reading {
  text: string;
  /** Probability of each character of `text`. */
  probs: number[];
  /** Centre of each character along the line, as a fraction of the line's width. */
  at: number[];
}

/** The network's per-step class probabilities for a line image. */
export interface LineScores {
  steps: number;
  classes: number;
  probs: Float32Array;
  /** The share of the padded input the line itself takes (steps past it are padding). */
  used: number;
}

/** Lines padded to the same width run together: one network call for many small cells. */
const BATCH = 16;
/** Widths are rounded up to a multiple of this, so lines of similar length share a batch. */
const BUCKET = 80;

const scaledWidth = (line: Raster): number =>
  Math.max(8, Math.round((line.width * HEIGHT) / Math.max(1, line.height)));

/** The network's scores for each line image, in order. */
export const scoreLines = async (models: OcrModels, lines: Raster[]): Promise<LineScores[]> => {
  const out: LineScores[] = new Array<LineScores>(lines.length);
  const buckets = new Map<number, number[]>();
  lines.forEach((line, i) => {
    const padded = Math.max(MIN_WIDTH, Math.ceil(scaledWidth(line) / BUCKET) * BUCKET);
    buckets.set(padded, [...(buckets.get(padded) ?? []), i]);
  });
  for (const [padded, members] of buckets) {
    for (let from = 0; from < members.length; from += BATCH) {
      const batch = members.slice(from, from + BATCH);
      const plane = HEIGHT * padded;
      // Padding is 0 after normalisation, as the model was trained.
      const input = new Float32Array(batch.length * 3 * plane);
      const used: number[] = [];
      batch.forEach((index, b) => {
        const line = lines[index]!;
        const width = Math.min(padded, scaledWidth(line));
        used.push(width / padded);
        const scaled = resize(line, width, HEIGHT);
        const base = b * 3 * plane;
        for (let y = 0; y < HEIGHT; y++) {
          for (let x = 0; x < width; x++) {
            const v = (scaled.data[y * width + x]! / 255 - 0.5) / 0.5;
            const i = base + y * padded + x;
            input[i] = v;
            input[plane + i] = v;
            input[2 * plane + i] = v;
          }
        }
      });
      const tensor = new models.Tensor('float32', input, [batch.length, 3, HEIGHT, padded]);
      const result = (await models.rec.run({ [models.rec.inputNames[0]!]: tensor }))[
        models.rec.outputNames[0]!
      ]!;
      const [, steps, classes] = result.dims as number[];
      const data = result.data as Float32Array;
      batch.forEach((index, b) => {
        const size = steps! * classes!;
        out[index] = {
          steps: steps!,
          classes: classes!,
          probs: data.subarray(b * size, (b + 1) * size),
          used: used[b]!,
        };
      });
    }
  }
  return out;
};

/**
 * CTC decoding: the best class per step, repeats collapsed, blanks dropped. With `allowed`,
 * only those classes (and the blank) compete: a cell of figures is read as figures.
 */
export const decode = (
  models: OcrModels,
  s: LineScores,
  allowed?: ReadonlySet<number>,
): Reading => {
  const chars: string[] = [];
  const probs: number[] = [];
  const at: number[] = [];
  let previous = 0;
  for (let t = 0; t < s.steps; t++) {
    const row = t * s.classes;
    let best = 0;
    let bestP = s.probs[row]!;
    for (let c = 1; c < s.classes; c++) {
      if (allowed && !allowed.has(c)) continue;
      const p = s.probs[row + c]!;
      if (p > bestP) {
        best = c;
        bestP = p;
      }
    }
    if (best !== 0 && best !== previous) {
      chars.push(models.classes[best]!);
      // Restricted, the probability is the share among the allowed classes.
      let mass = s.probs[row]!;
      if (allowed) for (const c of allowed) mass += s.probs[row + c]!;
      probs.push(allowed ? bestP / Math.max(mass, 1e-6) : bestP);
      at.push(Math.min(1, (t + 0.5) / s.steps / s.used));
    } else if (best === previous && best !== 0 && probs.length > 0) {
      // A character spread over several steps is as sure as its surest step.
      probs[probs.length - 1] = Math.max(probs[probs.length - 1]!, bestP);
    }
    previous = best;
  }
  return { text: chars.join(''), probs, at };
};

const digitClasses = new WeakMap<OcrModels, Set<number>>();

/**
 * The classes a number is written with: digits and the decimal point, and the space, so that
 * two numbers side by side are never read as one.
 */
export const numberClasses = (models: OcrModels): ReadonlySet<number> => {
  let set = digitClasses.get(models);
  if (!set) {
    set = new Set<number>();
    models.classes.forEach((c, i) => {
      if (/^[0-9. ]$/.test(c)) set!.add(i);
    });
    digitClasses.set(models, set);
  }
  return set;
};

/** Recognizes line images. */
export const recognizeLines = async (models: OcrModels, lines: Raster[]): Promise<Reading[]> =>
  (await scoreLines(models, lines)).map((s) => decode(models, s));
