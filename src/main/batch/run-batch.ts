// Checks many files at once: a pool of worker threads (one per core) for a batch, the calling
// thread for one or two files; results streamed as they finish and returned in input order.
import { availableParallelism, freemem } from 'node:os';
import type { RuleProfile } from '../../shared/rules/config';
import type { CheckedFile } from '../check/check-file';
import { resolveWorkerEntry } from './entry';
import { runPool } from './pool';
import { checkSafely } from './safe-check';

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
   * Heap limit of each worker in MB (default: V8's own). A file past it usually gets a
   * `CORRUPT_FILE` entry, but Node enforces it best-effort: some allocations (one huge array)
   * abort the whole process instead (nodejs/node#47224), so no limit is set by default.
   */
  workerHeapMb?: number;
  /** Batches smaller than this run in the calling thread (default 3: no pool start-up cost). */
  poolFrom?: number;
  /** The worker script, when the host bundles it itself (see `resolveWorkerEntry`). */
  workerEntry?: string | URL;
  /** Each file's result as soon as it is done (completion order; callbacks must not throw). */
  onResult?: (index: number, checked: CheckedFile) => void;
  /** After each finished file: how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface BatchOutcome {
  /** One entry per input file, in input order; null for a file left out by cancelling. */
  results: Array<CheckedFile | null>;
  cancelled: boolean;
  /** Worker threads started, replacements included; 0 when the batch ran in the calling thread. */
  workersStarted: number;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;

/** Memory to allow per worker: a worker reading PDFs settles near 280 MB RSS (see below). */
const WORKER_MEMORY = 384 * 1024 * 1024;

/**
 * V8 let a worker's young generation grow to 192 MB on the 24 GB bench machine; pdf.js fills it,
 * so each PDF worker sat near 390 MB RSS. Capped at 32 MB, a worker reading 166 PDFs stayed near
 * 280 MB at the same speed. A full young generation is only collected sooner; the old
 * generation, whose limit Node enforces best-effort, is left alone.
 */
const YOUNG_GENERATION_MB = 32;

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
  const finish = (index: number, checked: CheckedFile): void => {
    results[index] = checked;
    done++;
    options.onResult?.(index, checked);
    options.onProgress?.(done, files.length);
  };
  const size = Math.max(1, Math.floor(options.concurrency ?? defaultConcurrency()));
  const entry =
    files.length >= (options.poolFrom ?? 3) ? resolveWorkerEntry(options.workerEntry) : null;
  if (entry) {
    const run = await runPool(
      files,
      {
        entry,
        size,
        timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        profile: options.profile,
        signal: options.signal,
        resourceLimits: {
          maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
          ...(options.workerHeapMb === undefined
            ? {}
            : { maxOldGenerationSizeMb: options.workerHeapMb }),
        },
      },
      finish,
    );
    return { results, ...run };
  }
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) return { results, cancelled: true, workersStarted: 0 };
    finish(index, await checkSafely(file, { profile: options.profile }));
  }
  return { results, cancelled: false, workersStarted: 0 };
};
