// The one error type services throw on purpose: a code for programs, a Chinese message for people.
import type { IpcErrorCode } from '../../shared/ipc/contract';

/** A refusal or failure the reviewer should read; dispatch turns it into `{ ok: false, error }`. */
export class ServiceError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
