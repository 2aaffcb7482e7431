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

export const scoreLine = async (models: OcrModels, line: Raster): Promise<LineScores> => {
  const width = Math.max(8, Math.round((line.width * HEIGHT) / Math.max(1, line.height)));
  const scaled = resize(line, width, HEIGHT);
  const padded = Math.max(MIN_WIDTH, Math.ceil(width / 8) * 8);
  const plane = HEIGHT * padded;
  // Padding is 0 after normalisation, as the model was trained.
  const input = new Float32Array(3 * plane);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < width; x++) {
      const v = (scaled.data[y * width + x]! / 255 - 0.5) / 0.5;
      const i = y * padded + x;
      input[i] = v;
      input[plane + i] = v;
      input[2 * plane + i] = v;
    }
  }
  const tensor = new models.Tensor('float32', input, [1, 3, HEIGHT, padded]);
  const out = await models.rec.run({ [models.rec.inputNames[0]!]: tensor });
  const result = out[models.rec.outputNames[0]!]!;
  const [, steps, classes] = result.dims as number[];
  return {
    steps: steps!,
    classes: classes!,
    probs: result.data as Float32Array,
    used: width / padded,
  };
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
      at.push(Math.min(1, ((t + 0.5) / s.steps) / s.used));
    } else if (best === previous && best !== 0 && probs.length > 0) {
      // A character spread over several steps is as sure as its surest step.
      probs[probs.length - 1] = Math.max(probs[probs.length - 1]!, bestP);
    }
    previous = best;
  }
  return { text: chars.join(''), probs, at };
};

const digitClasses = new WeakMap<OcrModels, Set<number>>();

/** The classes a number is written with: digits, the decimal point, a minus sign. */
export const numberClasses = (models: OcrModels): ReadonlySet<number> => {
  let set = digitClasses.get(models);
  if (!set) {
    set = new Set<number>();
    models.classes.forEach((c, i) => {
      if (/^[0-9.]$/.test(c)) set!.add(i);
    });
    digitClasses.set(models, set);
  }
  return set;
};

/** Recognizes one line image. */
export const recognize = async (models: OcrModels, line: Raster): Promise<Reading> =>
  decode(models, await scoreLine(models, line));
