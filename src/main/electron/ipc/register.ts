// Registers one ipcMain handler per channel of the contract: check the sender frame is the app's
// own top-level page, then hand the call to the pure dispatch.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { GRANT_DROPPED_CHANNEL, invokeChannels } from '../../../shared/ipc/channels';
import { ipcEvents, type IpcResult } from '../../../shared/ipc/contract';
import { dispatch, type HandlerContext, type Handlers } from '../../services/dispatch';
import { isTrustedSenderFrame } from '../policy';

export interface RegisterOptions {
  handlers: Handlers;
  /** Grants dropped paths (the review service's allow-list). */
  grantPaths(paths: readonly string[]): string[];
  devServerUrl: string | null;
}

const refused: IpcResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: '请求来自本程序以外的页面，已拒绝。' },
};

const droppedSchema = z.object({ paths: z.array(z.string().min(1).max(4096)).max(1000) }).strict();

/** Events go back only to the page that asked, validated like responses. */
const contextFor = (event: IpcMainInvokeEvent): HandlerContext => ({
  emit: (name, payload) => {
    const checked = ipcEvents[name].parse(payload);
    if (!event.sender.isDestroyed()) event.sender.send(name, checked);
  },
});

/** Registers every handler; returns a function that removes them again. */
export const registerIpc = (options: RegisterOptions): (() => void) => {
  const trusted = (event: IpcMainInvokeEvent): boolean =>
    isTrustedSenderFrame(event.senderFrame, options.devServerUrl);
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      trusted(event)
        ? dispatch(options.handlers, channel, payload, contextFor(event))
        : Promise.resolve(refused),
    );
  }
  // Only the preload uses this channel, with paths it resolved from trusted drop events.
  ipcMain.handle(
    GRANT_DROPPED_CHANNEL,
    (event, payload: unknown): IpcResult<{ paths: string[] }> => {
      if (!trusted(event)) return refused;
      const parsed = droppedSchema.safeParse(payload);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'INVALID_REQUEST', message: '拖放的文件列表无法识别。' },
        };
      }
      return { ok: true, value: { paths: options.grantPaths(parsed.data.paths) } };
    },
  );
  return () => {
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
    ipcMain.removeHandler(GRANT_DROPPED_CHANNEL);
  };
};
