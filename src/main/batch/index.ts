// Batch checking with worker threads: the API the CLI and the app's import use.
export {
  runBatch,
  defaultConcurrency,
  DEFAULT_TIME_LIMIT_MS,
  DEFAULT_WORKER_HEAP_MB,
  type BatchOptions,
  type BatchOutcome,
} from './run-batch';
export { resolveWorkerEntry, BUNDLED_WORKER_NAMES, type WorkerEntry } from './entry';
export { batchMessages, validChecked } from './safe-check';
export { serveChecks, type FileChecker } from './serve';
export { resultFailed, type JsonResult } from './json-result';
