// Checks files in a pool of worker threads (one per core), one file or many: each file is read
// in a worker with a time and a memory limit, so that no file can hang or exhaust the checker;
// results are streamed as they finish and returned in input order.
import { availableParallelism, freemem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { RuleProfile } from '../../shared/rules/config';
import type { CheckedFile } from '../check/check-file';
import { resolveWorkerEntry } from './entry';
import { jsonResult, type JsonResult } from './json-result';
import { runPool } from './pool';
import { checkValid } from './safe-check';

export interface BatchOptions {
  profile?: RuleProfile;
  /** Most worker threads (default: one per core, as far as free memory allows; see below). */
  concurrency?: number;
  /** Cancels the batch: files not started are left out, running workers are terminated. */
  signal?: AbortSignal;
  /**
   * Longest time for one file in a worker, in milliseconds (default 60 s); past it the worker
   * is terminated and the file gets a `TIMEOUT` entry. Not enforced in the calling thread.
   */
  timeLimitMs?: number;
  /**
   * Heap limit of each worker in MB (default 384): a file past it gets an `OUT_OF_MEMORY`
   * entry. Node enforces it best-effort (one huge array can abort the whole process,
   * nodejs/node#47224), so the readers keep their own byte budgets well below it (see
   * src/main/extract/options.ts); this limit is the net under them.
   */
  workerHeapMb?: number;
  /**
   * Batches smaller than this run in the calling thread (default 1: every file goes to a
   * worker, where the limits hold). Only tests of the in-thread path set it.
   */
  poolFrom?: number;
  /** The worker script, when the host bundles it itself (see `resolveWorkerEntry`). */
  workerEntry?: string | URL;
  /**
   * Keep each result in the outcome's `results` (default true). With false, every entry there
   * stays null and a result reaches the caller through `onResult` only: a caller that writes
   * each result as it comes holds none of them to the end.
   */
  keepResults?: boolean;
  /** Each file's result as soon as it is done (completion order; callbacks must not throw). */
  onResult?: (index: number, checked: CheckedFile) => void;
  /**
   * Each file's contract result as JSON text instead, printed by the worker that checked it
   * (see json-result.ts), as soon as it is done: for a caller that writes the JSON contract and
   * nothing else. With it, `onResult` is not called and every entry of `results` stays null.
   */
  onResultJson?: (index: number, json: JsonResult) => void;
  /** A file's page is about to be recognized from its picture (OCR): page of pages. */
  onOcrPage?: (index: number, page: number, pages: number) => void;
  /** After each finished file: how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface BatchOutcome {
  /**
   * One entry per input file, in input order, each fitting the JSON contract (`validChecked`);
   * null for a file left out by cancelling (and for every file with `keepResults: false`).
   */
  results: Array<CheckedFile | null>;
  cancelled: boolean;
  /** Worker threads started, replacements included; 0 when the batch ran in the calling thread. */
  workersStarted: number;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;

/**
 * The worker's old-generation heap limit. Checking the largest real reports in
 * ../shared/samples/real (PDFs of 400 KB) peaked at 150–170 MB of heap; 384 MB leaves more than
 * twice that, and bounds what garbage a worker can pile up: with 640 MB, two workers and the CLI
 * reached 941 MB on a fuzz batch. Workers are the only place where a heap limit can be set.
 */
export const DEFAULT_WORKER_HEAP_MB = 384;

/** Memory to allow per worker: a worker reading PDFs settles near 280 MB RSS (see below). */
const WORKER_MEMORY = 384 * 1024 * 1024;

/**
 * V8 let a worker's young generation grow to 192 MB on the 24 GB bench machine; pdf.js fills it,
 * so each PDF worker sat near 390 MB RSS. Capped at 32 MB, a worker reading 166 PDFs stayed near
 * 280 MB at the same speed. A full young generation is only collected sooner; the old
 * generation, whose limit Node enforces best-effort, is left alone.
 */
const YOUNG_GENERATION_MB = 32;

/**
 * How far V8 lets the old generation grow after a full collection before the next one: 150 % (a
 * factor of 2.5), whatever the heap limit. V8 derives the factor from the limit: 1.35 for a
 * 384 MB limit, 4 only from 2 GB up. With 1.35 a worker reading PDFs (about 30 MB live) ran a
 * full collection every ~15 MB promoted: 57 mark-compacts for 166 PDFs (7 with a factor of 4),
 * and 110 ms of CPU per PDF against 75 in one thread. Measured on 250 mixed files in one worker:
 * 150 % saves as much CPU as 300 % (about a fifth) with 50 MB less RSS. The limit itself (the
 * OUT_OF_MEMORY net) is unchanged: V8 still caps each step halfway to it. The flag is the
 * process's (V8 options cannot be given to one worker), so the calling thread grows alike.
 */
const HEAP_GROWING_PERCENT = 150;

/**
 * No TurboFan: V8's top-tier compiler, which compiles hot functions again on background threads.
 * A worker lives for one batch and each compiles pdf.js and the checker for itself; that
 * compiling cost more CPU than the faster code saved. Measured on 250 mixed files in one
 * worker, two processes side by side (paired; load 8–11, 8 pairs): the process's CPU fell by 3
 * to 17 % (median ~9 %) while the worker's own thread took ~10 % more; on two cores saturated by
 * two workers, the background threads' CPU is what the batch waits for. Maglev (the mid tier)
 * still optimizes. Process-wide, like the flag above, and set before the workers start.
 */
const BATCH_V8_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--no-turbofan'];
let batchFlagsSet = false;
const setBatchFlags = (): void => {
  if (batchFlagsSet) return;
  batchFlagsSet = true;
  for (const flag of BATCH_V8_FLAGS) setFlagsFromString(flag);
};

/** One worker per core, but no more than free memory holds: 8 cores and 2 GB free make 5. */
export const defaultConcurrency = (): number =>
  Math.max(1, Math.min(availableParallelism(), Math.floor(freemem() / WORKER_MEMORY)));

/**
 * Checks `files` (paths) with `checkFile`. Never rejects: every file that was checked has a
 * result, an unreadable, crashing or hanging file an error entry with a Chinese message.
 */
export const runBatch = async (
  files: readonly string[],
  options: BatchOptions = {},
): Promise<BatchOutcome> => {
  const results: Array<CheckedFile | null> = files.map(() => null);
  let done = 0;
  const onJson = options.onResultJson;
  const keep = (options.keepResults ?? true) && !onJson;
  const finish = (index: number, checked: CheckedFile | JsonResult): void => {
    done++;
    // The pool's own entries (a time limit, a lost worker) and the calling thread's come as
    // files: printed here, as a worker prints its results.
    if (onJson) onJson(index, 'text' in checked ? checked : jsonResult(checked));
    else if ('result' in checked) {
      if (keep) results[index] = checked;
      options.onResult?.(index, checked);
    }
    options.onProgress?.(done, files.length);
  };
  const size = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
  const entry =
    files.length >= (options.poolFrom ?? 1) ? resolveWorkerEntry(options.workerEntry) : null;
  if (entry) {
    setBatchFlags();
    const run = await runPool(
      files,
      {
        entry,
        size,
        timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        profile: options.profile,
        signal: options.signal,
        resultJson: onJson !== undefined,
        resourceLimits: {
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
          maxOldGenerationSizeMb: options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
        },
        ...(options.onOcrPage ? { onOcrPage: options.onOcrPage } : {}),
      },
      finish,
    );
    return { results, ...run };
  }
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) return { results, cancelled: true, workersStarted: 0 };
    const onOcrPage = options.onOcrPage;
    const checked = await checkValid(file, {
      profile: options.profile,
      ...(onOcrPage ? { onOcrPage: (p: number, n: number) => onOcrPage(index, p, n) } : {}),
    });
    finish(index, checked);
  }
  return { results, cancelled: false, workersStarted: 0 };
};
