// A pool of worker threads that checks a list of files: one file per worker at a time, a hard
// time limit per file, a lost worker replaced, and the calling thread as the last resort.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RuleProfile } from '../../shared/rules/config';
import type { CheckedFile } from '../check/check-file';
import type { WorkerEntry } from './entry';
import type { JsonResult } from './json-result';
import type { CheckRequest, FromWorker } from './protocol';
import { checkValid, crashedFile, timedOutFile } from './safe-check';

export interface PoolOptions {
  entry: WorkerEntry;
  /** Most worker threads at once. */
  size: number;
  timeLimitMs: number;
  profile: RuleProfile | undefined;
  signal: AbortSignal | undefined;
  resourceLimits: ResourceLimits | undefined;
  /** Each file's contract result as JSON text (see `BatchOptions.onResultJson`). */
  resultJson: boolean;
  /** A file's page is about to be recognized (OCR): page of pages. */
  onOcrPage?: (index: number, page: number, pages: number) => void;
}

export interface PoolRun {
  cancelled: boolean;
  workersStarted: number;
}

/** Workers lost one after another before loading: the entry is broken, stop starting more. */
const MAX_FAILED_STARTS = 3;

/** Loading a worker takes well under a second; a slow disk or a loaded machine gets leeway. */
const START_LIMIT_MS = 30_000;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Index of the file being checked. */
  task: number | null;
  timer: NodeJS.Timeout | undefined;
  retired: boolean;
}

/**
 * Checks `files`, calling `finish` once per file as it completes (any order), with a result that
 * fits the JSON contract (a worker holds its own to it; the pool's entries are made so). Resolves
 * when every file is finished, or at once when `signal` aborts: files not yet started are left
 * out, running workers are terminated. Every worker is terminated before it resolves.
 */
export const runPool = (
  files: readonly string[],
  o: PoolOptions,
  finish: (index: number, checked: CheckedFile | JsonResult) => void,
): Promise<PoolRun> =>
  new Promise((resolve) => {
    const slots = new Set<Slot>();
    let next = 0;
    let remaining = files.length;
    let workersStarted = 0;
    let failedStarts = 0;
    let draining = false;
    let settled = false;
    const startLimitMs = Math.max(o.timeLimitMs, START_LIMIT_MS);

    const retire = (slot: Slot): Promise<unknown> => {
      slot.retired = true;
      clearTimeout(slot.timer);
      slots.delete(slot);
      return slot.worker.terminate().catch(() => undefined);
    };

    const end = (cancelled: boolean): void => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      void Promise.all([...slots].map(retire)).then(() => resolve({ cancelled, workersStarted }));
    };
    const onAbort = (): void => end(true);

    const complete = (index: number, checked: CheckedFile | JsonResult): void => {
      if (settled) return;
      remaining--;
      finish(index, checked);
      if (remaining === 0) end(false);
    };

    /** The file's time limit, from now: at its start, and again for each page read with OCR. */
    const arm = (slot: Slot, index: number): void => {
      clearTimeout(slot.timer);
      slot.timer = setTimeout(() => {
        if (slot.task !== index || slot.retired) return;
        void retire(slot);
        complete(index, timedOutFile(files[index]!, o.timeLimitMs));
        refill();
      }, o.timeLimitMs);
    };

    const dispatch = (slot: Slot): void => {
      if (settled) return;
      if (next >= files.length) {
        void retire(slot);
        return;
      }
      const index = next++;
      slot.task = index;
      arm(slot, index);
      const request: CheckRequest = {
        type: 'check',
        index,
        file: files[index]!,
        profile: o.profile,
        resultJson: o.resultJson,
      };
      slot.worker.postMessage(request);
    };

    /** A worker died (crash, out of memory, exit) or could not start. */
    const lose = (slot: Slot, error: unknown): void => {
      if (slot.retired) return;
      const task = slot.task;
      void retire(slot);
      if (task !== null)
        complete(task, crashedFile(files[task]!, error, o.resourceLimits?.maxOldGenerationSizeMb));
      else if (!slot.ready) failedStarts++;
      refill();
    };

    const spawn = (): void => {
      let worker: Worker;
      try {
        worker = new Worker(o.entry.url, {
          execArgv: o.entry.execArgv,
          resourceLimits: o.resourceLimits,
        });
      } catch {
        failedStarts++;
        return;
      }
      workersStarted++;
      const slot: Slot = { worker, ready: false, task: null, timer: undefined, retired: false };
      slots.add(slot);
      // A worker that never finishes loading counts as one that failed to start.
      slot.timer = setTimeout(() => lose(slot, new Error('启动超时')), startLimitMs);
      worker.on('message', (m: FromWorker) => {
        if (slot.retired) return;
        if (m.type === 'ready') {
          clearTimeout(slot.timer);
          slot.ready = true;
          failedStarts = 0;
          dispatch(slot);
        } else if (m.type === 'page') {
          if (m.index !== slot.task) return;
          arm(slot, m.index);
          o.onOcrPage?.(m.index, m.page, m.pages);
        } else if (m.index === slot.task) {
          clearTimeout(slot.timer);
          slot.task = null;
          complete(m.index, m.type === 'json' ? m.json : m.checked);
          dispatch(slot);
        }
      });
      worker.on('error', (error) => lose(slot, error));
      worker.on('exit', (code) => lose(slot, new Error(`退出码 ${code}`)));
    };

    /** The calling thread takes the files no worker can: slow, but the batch still finishes. */
    const drainInProcess = async (): Promise<void> => {
      draining = true;
      while (!settled && next < files.length) {
        const index = next++;
        const checked = await checkValid(files[index]!, { profile: o.profile });
        complete(index, checked);
      }
    };

    /** Starts the workers still needed: one per file not yet given out, up to the pool size. */
    const refill = (): void => {
      if (settled || draining) return;
      let starting = [...slots].filter((s) => !s.ready).length;
      let wanted = Math.min(o.size - slots.size, files.length - next - starting);
      // Once workers fail to start, attempts in flight count too: a broken entry costs a few
      // attempts, not one per file.
      const mayStart = () => failedStarts === 0 || failedStarts + starting < MAX_FAILED_STARTS;
      while (wanted-- > 0 && mayStart()) {
        spawn();
        starting++;
      }
      if (failedStarts >= MAX_FAILED_STARTS && slots.size === 0) void drainInProcess();
    };

    if (files.length === 0) return end(false);
    if (o.signal?.aborted) return end(true);
    o.signal?.addEventListener('abort', onAbort, { once: true });
    refill();
  });
