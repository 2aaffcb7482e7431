// Supplies `window.api` in the browser: invoke goes through page.exposeFunction to the same
// dispatch and handlers main registers, over the real ReviewService; events come back through
// page.evaluate, over a real workspace file in a temp folder. The dialogs are the only fakes: the test says which files the open dialog
// "chooses"; the save dialog answers a path in a temp folder.
// Byte arrays in an answer (a PDF original, page pictures) travel as Electron's IPC sends them,
// in binary: held here and fetched by the page from the test server (server.ts), not passed as
// base64 over the debugging protocol, which would make the measured open far slower than the app's.
import type { Page } from 'playwright-core';
import { createHandlers } from '../../../src/main/services/handlers';
import { dispatch, type HandlerContext } from '../../../src/main/services/dispatch';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Workspace } from '../../../src/main/storage';
import { ReviewService } from '../../../src/main/services/review-service';
import { SourceService } from '../../../src/main/services/source';
import { ExportService } from '../../../src/main/services/export-service';
import { LetterSettingsStore } from '../../../src/main/settings/letter-settings';
import { BYTES_PATH, heldBytes } from './server';

export interface Bridge {
  service: ReviewService;
  /** The paths the next 打开文件 dialog returns. */
  chooseNext(paths: string[]): void;
  /** Every call the page made, in order (channel names). */
  calls: string[];
  /** Where the save dialog "puts" exports: this temp folder, under the suggested name. */
  saveDir: string;
  /** Names the save dialog was asked to suggest, in order. */
  saveRequests: string[];
  /** Makes the next save dialog answer as if cancelled. */
  cancelNextSave(): void;
  /** The letter settings file of this page's "app" (restart = a new store on it). */
  letterSettingsFile: string;
  /** Paths the page asked to show in the file manager (shell.showItemInFolder in the app). */
  shownInFolder: string[];
  /** Times the page asked main to print (webContents.print in the app). */
  prints: number;
  /** Runs while main "prints", with the page's print view in place (e.g. to read it). */
  onPrint(fn: (() => Promise<void>) | null): void;
  /** What the onPrint callback threw (the page only shows "未能打印"). */
  printFailures: unknown[];
}

/**
 * Runs in the page before its scripts. A string, not a function: tsx compiles functions with
 * name helpers (`__name`) that do not exist in the page.
 */
const INIT = `(() => {
  const listeners = new Map();
  const PATH = ${JSON.stringify(BYTES_PATH)};
  // Puts back the byte arrays the bridge held, fetched as binary from the test server, at the
  // places the bridge names: only those places are visited, as Electron's IPC would not walk
  // the rest of a large answer (a report's text and segments) a second time.
  const restore = async (value, held) => {
    const bytes = await Promise.all(
      held.map(async ({ token }) => {
        const res = await fetch(PATH + token);
        if (!res.ok) throw new Error('测试桥未能取回字节：' + res.status);
        return new Uint8Array(await res.arrayBuffer());
      }),
    );
    let root = value;
    held.forEach(({ path }, i) => {
      if (path.length === 0) {
        root = bytes[i];
        return;
      }
      let at = root;
      for (const key of path.slice(0, -1)) at = at[key];
      at[path[path.length - 1]] = bytes[i];
    });
    return root;
  };
  window.__nianbaoEmit = (event, payload) => {
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };
  window.api = {
    invoke: async (channel, payload) => {
      const answer = await window.__nianbaoInvoke(channel, payload);
      return answer.held.length > 0 ? restore(answer.value, answer.held) : answer.value;
    },
    subscribe: (event, cb) => {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      return () => set.delete(cb);
    },
  };
})();`;

/** A byte array of an answer, held here: where it was and the token the page fetches it by. */
interface HeldPlace {
  path: Array<string | number>;
  token: string;
}

/** Whether `value` is walked for byte arrays: arrays and plain objects, nothing else (a Date). */
const isContainer = (value: unknown): value is Record<string, unknown> =>
  Array.isArray(value) ||
  (value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype);

/**
 * The answer with every Uint8Array replaced by a placeholder (null) whose bytes the server
 * holds, and the places it took them from. Containers are copied only on the way to a byte
 * array; the rest of the answer is passed as it is.
 */
const holdBytes = (value: unknown, path: Array<string | number>, held: HeldPlace[]): unknown => {
  if (value instanceof Uint8Array) {
    const token = randomUUID();
    heldBytes.set(token, value);
    held.push({ path: [...path], token });
    return null;
  }
  if (!isContainer(value)) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    path.push(Array.isArray(value) ? Number(key) : key);
    const v = holdBytes(value[key], path, held);
    path.pop();
    if (v !== value[key]) {
      copy ??= { ...value };
      copy[key] = v;
    }
  }
  // An array copied as an object would lose its length: copy it back as an array.
  return copy === null ? value : Array.isArray(value) ? Object.assign([...value], copy) : copy;
};

export const installBridge = async (page: Page, reviewer = '测试审核人'): Promise<Bridge> => {
  let next: string[] = [];
  const now = () => new Date('2025-02-10T09:30:00+08:00');
  const saveDir = mkdtempSync(join(tmpdir(), 'nianbao-ui-save-'));
  const saveRequests: string[] = [];
  let cancelSave = false;
  const workspace = Workspace.open(
    join(mkdtempSync(join(tmpdir(), 'nianbao-ui-ws-')), 'workspace.nianbao'),
    { now },
  );
  const service = new ReviewService({ workspace, reviewer });
  const letterSettingsFile = join(
    mkdtempSync(join(tmpdir(), 'nianbao-ui-settings-')),
    'letter.json',
  );
  const shownInFolder: string[] = [];
  let printing: (() => Promise<void>) | null = null;
  const state = { prints: 0 };
  const printFailures: unknown[] = [];
  const exporter = new ExportService({ workspace, reviewer, now });
  const handlers = createHandlers(
    service,
    {
      chooseFiles: async () => {
        const chosen = next;
        next = [];
        return chosen;
      },
      // The save dialog is the other fake: it "chooses" the suggested name in a temp folder.
      chooseSavePath: async (name) => {
        saveRequests.push(name);
        if (cancelSave) {
          cancelSave = false;
          return null;
        }
        return join(saveDir, name);
      },
      showItemInFolder: (path) => shownInFolder.push(path),
      print: async () => {
        state.prints++;
        try {
          await printing?.();
        } catch (error) {
          printFailures.push(error);
          throw error;
        }
        return true;
      },
    },
    new SourceService({ workspace }),
    exporter,
    new LetterSettingsStore(letterSettingsFile, { now }),
  );
  const calls: string[] = [];
  const context: HandlerContext = {
    emit: (event, payload) => {
      void page
        .evaluate(
          ([e, p]) =>
            (window as unknown as { __nianbaoEmit(e: string, p: unknown): void }).__nianbaoEmit(
              e,
              p,
            ),
          [event, payload] as const,
        )
        .catch(() => {});
    },
  };
  await page.exposeFunction('__nianbaoInvoke', async (channel: unknown, payload: unknown) => {
    calls.push(String(channel));
    const answer = await dispatch(handlers, channel, payload, context);
    const held: HeldPlace[] = [];
    const value = holdBytes(answer, [], held);
    return { held, value };
  });
  await page.addInitScript(INIT);
  return {
    service,
    chooseNext: (paths) => (next = paths),
    calls,
    saveDir,
    saveRequests,
    cancelNextSave: () => (cancelSave = true),
    letterSettingsFile,
    shownInFolder,
    get prints() {
      return state.prints;
    },
    onPrint: (fn) => (printing = fn),
    printFailures,
  };
};
