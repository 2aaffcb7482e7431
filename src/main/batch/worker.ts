// Worker thread of the batch pool: checks the files the pool sends, one at a time.
// Bundled as dist/check-worker.mjs by scripts/build-cli.mjs; see entry.ts for the other hosts.
import { parentPort } from 'node:worker_threads';
import { useCompileCache } from './compile-cache';

if (!parentPort) throw new Error('worker.ts runs only as a worker thread of the batch pool');
const port = parentPort;
// The compile cache must be on before the checker's modules are compiled: they are imported
// after it, not with this file (compile-cache.ts). Node writes what the thread compiled when the
// thread ends, terminated by the pool or not.
useCompileCache();
// pdf.js is loaded on the first PDF, not here: a batch of text files does not pay for it.
void Promise.all([import('./safe-check'), import('./serve')]).then(
  ([{ checkSafely }, { serveChecks }]) => serveChecks(port, checkSafely),
);
