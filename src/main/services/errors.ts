// The one error type services throw on purpose: a code for programs, a Chinese message for people.
import type { IpcErrorCode } from '../../shared/ipc/contract';
import { WorkspaceError, type WorkspaceErrorCode } from '../storage/errors';

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

const workspaceCodes: Partial<Record<WorkspaceErrorCode, IpcErrorCode>> = {
  NOT_WORKSPACE: 'CONFLICT',
  TOO_NEW: 'CONFLICT',
  IO_ERROR: 'INTERNAL',
};

/**
 * Runs a call on the workspace, turning its errors into the service's (same Chinese message):
 * the services call the workspace directly, and the page only knows IPC error codes.
 */
export const fromWorkspace = async <T>(fn: () => T | Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    const code = workspaceCodes[error.code] ?? (error.code as IpcErrorCode);
    throw new ServiceError(code, error.message);
  }
};
