// The worker side of the pool's protocol: answers each check request with the file's result.
import type { MessagePort } from 'node:worker_threads';
import type { CheckedFile, CheckFileOptions } from '../check/check-file';
import { jsonResult } from './json-result';
import type { CheckRequest, FromWorker } from './protocol';
import { validChecked } from './safe-check';

/** Checks one file and never throws (the real one is `checkSafely`; tests pass faulty ones). */
export type FileChecker = (file: string, options: CheckFileOptions) => Promise<CheckedFile>;

/**
 * Serves check requests on `port` (the worker's `parentPort`) one at a time, then tells the pool
 * it is ready: call it once the worker's modules are loaded, so that loading does not count
 * against a file's time limit.
 */
export const serveChecks = (port: MessagePort, check: FileChecker): void => {
  port.on('message', (request: CheckRequest) => {
    const onOcrPage = (page: number, pages: number): void =>
      port.postMessage({ type: 'page', index: request.index, page, pages } satisfies FromWorker);
    void check(request.file, { profile: request.profile, onOcrPage }).then((found) => {
      // Held to the contract here, in parallel, rather than one by one in the pool's thread.
      const valid = validChecked(found);
      if (request.resultJson) {
        const json = jsonResult(valid);
        port.postMessage({ type: 'json', index: request.index, json } satisfies FromWorker);
        return;
      }
      const message: FromWorker = { type: 'result', index: request.index, checked: valid };
      // The origin map is the largest part of a result: hand its buffer over instead of copying.
      const origin = valid.doc?.norm.origin.buffer;
      port.postMessage(message, origin instanceof ArrayBuffer ? [origin] : []);
    });
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
};
