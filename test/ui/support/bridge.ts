// Supplies `window.api` in the browser: invoke goes through page.exposeFunction to the same
// dispatch and handlers main registers, over the real ReviewService; events come back through
// page.evaluate, over a real workspace file in a temp folder. The dialogs are the only fakes: the test says which files the open dialog
// "chooses"; the save dialog answers a path in a temp folder.
import type { Page } from 'playwright-core';
import { createHandlers } from '../../../src/main/services/handlers';
import { dispatch, type HandlerContext } from '../../../src/main/services/dispatch';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../../src/main/storage';
import { ReviewService } from '../../../src/main/services/review-service';
import { SourceService } from '../../../src/main/services/source';
import { ExportService } from '../../../src/main/services/export-service';
import { LetterSettingsStore } from '../../../src/main/settings/letter-settings';

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
  window.__nianbaoEmit = (event, payload) => {
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };
  window.api = {
    invoke: (channel, payload) => window.__nianbaoInvoke(channel, payload),
    subscribe: (event, cb) => {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      return () => set.delete(cb);
    },
  };
})();`;

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
  await page.exposeFunction('__nianbaoInvoke', (channel: unknown, payload: unknown) => {
    calls.push(String(channel));
    return dispatch(handlers, channel, payload, context);
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
