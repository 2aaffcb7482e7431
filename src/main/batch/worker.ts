// Worker thread of the batch pool: checks the files the pool sends, one at a time.
// Bundled as dist/check-worker.mjs by scripts/build-cli.mjs; see entry.ts for the other hosts.
import { parentPort } from 'node:worker_threads';
import { checkSafely } from './safe-check';
import { serveChecks } from './serve';

if (!parentPort) throw new Error('worker.ts runs only as a worker thread of the batch pool');
// pdf.js is loaded on the first PDF, not here: a batch of text files does not pay for it.
serveChecks(parentPort, checkSafely);
