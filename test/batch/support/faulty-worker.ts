// A worker for the pool's tests: the real one, except for files named to misbehave —
// *.crash.txt throws outside any handler, *.exit.txt ends the thread, *.hang.txt never returns,
// *.oom.txt fills the heap with small objects until the worker's heap limit stops it,
// *.inf.txt gives a result the JSON contract refuses (a cell of value Infinity).
import { parentPort } from 'node:worker_threads';
import { checkSafely } from '../../../src/main/batch/safe-check';
import { serveChecks } from '../../../src/main/batch/serve';

serveChecks(parentPort!, async (file, options) => {
  if (file.endsWith('.crash.txt'))
    await new Promise(() =>
      setImmediate(() => {
        throw new Error('模拟的崩溃');
      }),
    );
  if (file.endsWith('.exit.txt')) process.exit(3);
  if (file.endsWith('.oom.txt')) {
    const kept: unknown[] = [];
    for (;;) kept.push({ cells: Array.from({ length: 64 }, (_, i) => ({ i })) });
  }
  // Blocks the thread for good, like a parser stuck in a loop (terminate() still ends it).
  if (file.endsWith('.hang.txt')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  const checked = await checkSafely(file, options);
  if (file.endsWith('.inf.txt'))
    Object.values(checked.result.report!.cells)[0]!.value = Number.POSITIVE_INFINITY;
  return checked;
});
