// The preload: exposes to the page only `invoke` for the contract's channels and `subscribe` for
// its events; resolves the paths of files the reviewer really drops and has main grant them.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  GRANT_DROPPED_CHANNEL,
  isEventChannel,
  isInvokeChannel,
  type EventChannel,
} from '../shared/ipc/channels';

type Listener = (payload: unknown) => void;

/** Listeners of events the preload raises itself (dropped files), by event. */
const local = new Map<EventChannel, Set<Listener>>();

const refuse = (message: string) =>
  Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message } });

const api = {
  /** Calls main; resolves to `{ ok: true, value } | { ok: false, error }`, never rejects on refusal. */
  invoke(channel: unknown, payload: unknown): Promise<unknown> {
    if (!isInvokeChannel(channel)) {
      const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
      return refuse(`未知的请求「${name}」，已拒绝。`);
    }
    return ipcRenderer.invoke(channel, payload);
  },
  /** Subscribes to an event; returns the unsubscribe function. The IPC event object never leaks. */
  subscribe(event: unknown, callback: unknown): () => void {
    if (!isEventChannel(event) || typeof callback !== 'function') return () => {};
    const listener = callback as Listener;
    const fromMain = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, fromMain);
    const set = local.get(event) ?? new Set<Listener>();
    set.add(listener);
    local.set(event, set);
    return () => {
      ipcRenderer.removeListener(event, fromMain);
      set.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

/** The part of a DOM drop event used here (the preload is typed without the DOM library). */
interface DropLike {
  isTrusted: boolean;
  dataTransfer: { files: ArrayLike<File> } | null;
}

// A trusted drop carries real files; `getPathForFile` gives their paths (and '' for a File that
// page script made up). Main grants exactly these, then the page is told which were dropped.
(globalThis as unknown as EventTarget).addEventListener(
  'drop',
  (event) => {
    const drop = event as unknown as DropLike;
    if (!drop.isTrusted || !drop.dataTransfer) return;
    const paths = Array.from(drop.dataTransfer.files, (f) => webUtils.getPathForFile(f)).filter(
      (p) => p.length > 0,
    );
    if (paths.length === 0) return;
    void ipcRenderer.invoke(GRANT_DROPPED_CHANNEL, { paths }).then((result: unknown) => {
      const r = result as { ok: boolean; value?: { paths: string[] } };
      if (!r.ok || !r.value || r.value.paths.length === 0) return;
      for (const listener of local.get('files:chosen') ?? []) listener({ paths: r.value.paths });
    });
  },
  true,
);
