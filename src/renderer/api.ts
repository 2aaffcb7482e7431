// The only module that touches the preload bridge `window.api`: typed calls over the IPC contract.
import type { EventChannel, InvokeChannel } from '../shared/ipc/channels';
import type { IpcEventPayload, IpcRequest, IpcResponse, IpcResult } from '../shared/ipc/contract';

/** What the preload (or the browser test harness) exposes as `window.api`. */
export interface BridgeApi {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(event: string, callback: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: BridgeApi;
  }
}

/** A refused or failed call; `message` is Chinese and meant for the reviewer. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const bridge = (): BridgeApi => {
  if (!window.api) throw new ApiError('NO_BRIDGE', '程序未正确启动：无法连接到主进程。');
  return window.api;
};

/** Calls main; resolves to the response, or rejects with an ApiError carrying main's message. */
export const invoke = async <C extends InvokeChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResponse<C>> => {
  const result = (await bridge().invoke(channel, request)) as IpcResult<IpcResponse<C>>;
  if (!result || typeof result !== 'object') throw new ApiError('INTERNAL', '主进程没有应答。');
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
};

/** Subscribes to an event of the contract; returns the unsubscribe function. */
export const subscribe = <E extends EventChannel>(
  event: E,
  callback: (payload: IpcEventPayload<E>) => void,
): (() => void) => bridge().subscribe(event, (p) => callback(p as IpcEventPayload<E>));

/** The Chinese message of anything thrown by a call. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
