// The messages between the pool and its worker threads (structured clone: plain data, typed arrays).
import type { RuleProfile } from '../../shared/rules/config';
import type { CheckedFile } from '../check/check-file';
import type { JsonResult } from './json-result';

/** Pool → worker: check one file. A worker gets its next file only after it answered. */
export interface CheckRequest {
  type: 'check';
  index: number;
  file: string;
  profile: RuleProfile | undefined;
  /** Send back the contract result as JSON text instead (see `BatchOptions.onResultJson`). */
  resultJson?: boolean;
}

/** Worker → pool: the worker has loaded its modules and can take files. */
export interface ReadyMessage {
  type: 'ready';
}

/**
 * Worker → pool: a file's result, already held to the JSON contract (`validChecked`) by the
 * worker. `CheckedFile` is plain data except `doc.norm.origin`, an Int32Array that structured
 * clone carries as such (its buffer is transferred, not copied).
 */
export interface CheckResponse {
  type: 'result';
  index: number;
  checked: CheckedFile;
}

/**
 * Worker → pool: a page of the file is about to be recognized from its picture (OCR), e.g. page
 * 3 of 5; the pool shows it and gives the file its time limit again for that page.
 */
export interface PageMessage {
  type: 'page';
  index: number;
  page: number;
  pages: number;
}

/** Worker → pool: a file's contract result as JSON text, when the request asked for it. */
export interface JsonResponse {
  type: 'json';
  index: number;
  json: JsonResult;
}

export type FromWorker = ReadyMessage | CheckResponse | JsonResponse | PageMessage;
