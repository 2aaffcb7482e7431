// Pure IPC dispatch: validate the request → run the handler → validate the response, and answer
// with a result object (Electron forwards only `error.message` of a throw, so nothing throws).
import { zhCN } from 'zod/locales';
import type { z } from 'zod';
import { isInvokeChannel, type EventChannel, type InvokeChannel } from '../../shared/ipc/channels';
import {
  ipcContract,
  type IpcError,
  type IpcErrorCode,
  type IpcEventPayload,
  type IpcParsedRequest,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc/contract';
import { ServiceError } from './errors';

/** What a handler may do besides answering: send events to the page that asked. */
export interface HandlerContext {
  emit<E extends EventChannel>(event: E, payload: IpcEventPayload<E>): void;
}

export type Handler<C extends InvokeChannel> = (
  request: IpcParsedRequest<C>,
  context: HandlerContext,
) => Promise<IpcResponse<C>>;

/** One handler per channel of the contract. */
export type Handlers = { [C in InvokeChannel]: Handler<C> };

const zodChinese = { error: zhCN().localeError };

const failure = (code: IpcErrorCode, message: string): { ok: false; error: IpcError } => ({
  ok: false,
  error: { code, message },
});

/** "字段 span.1：…；字段 text：…" — at most three issues, in Chinese. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `字段 ${i.path.join('.')}：${i.message}` : i.message))
    .join('；');

/** A printable name for whatever arrived as a channel (String() can throw on a hostile object). */
const channelName = (channel: unknown): string =>
  typeof channel === 'string' ? channel.slice(0, 80) : `非文本的 ${typeof channel}`;

/**
 * Handles one call from the page. Unknown channels, malformed payloads, refusals of the service
 * and unexpected failures all come back as `{ ok: false, error: { code, message } }`.
 */
export const dispatch = async (
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  context: HandlerContext,
): Promise<IpcResult<unknown>> => {
  if (!isInvokeChannel(channel)) {
    return failure('UNKNOWN_CHANNEL', `未知的请求「${channelName(channel)}」，已拒绝。`);
  }
  const spec = ipcContract[channel];
  const request = spec.request.safeParse(payload, zodChinese);
  if (!request.success) {
    return failure('INVALID_REQUEST', `请求参数不正确：${describeIssues(request.error)}`);
  }
  let value: unknown;
  try {
    const handler = handlers[channel] as Handler<InvokeChannel>;
    value = await handler(request.data as IpcParsedRequest<InvokeChannel>, context);
  } catch (error) {
    if (error instanceof ServiceError) return failure(error.code, error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return failure('INTERNAL', `操作未能完成，程序内部出错：${detail.slice(0, 200)}`);
  }
  const response = spec.response.safeParse(value, zodChinese);
  if (!response.success) {
    return failure(
      'INVALID_RESPONSE',
      `程序内部出错：返回的数据不符合约定（${describeIssues(response.error)}）。`,
    );
  }
  return { ok: true, value: response.data };
};
