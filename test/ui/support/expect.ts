// Assertions for the UI specs: retried until they hold (the page updates asynchronously).
import { AssertionError } from 'node:assert';
import type { Locator, Page } from 'playwright-core';

/** Retries `check` until it stops throwing, or rethrows its last error after `timeout` ms. */
export const eventually = async (
  check: () => Promise<void> | void,
  timeout = 5000,
): Promise<void> => {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
};

export const fail = (message: string): never => {
  throw new AssertionError({ message });
};

/**
 * Waits for an opened report's view with its text parsed: the view shows at once (the original
 * drawn meanwhile) and the parse, done in a worker, brings the text, findings and tables.
 */
export const reportReady = async (page: Page): Promise<void> => {
  await page.locator('.review-body').waitFor();
  await page.locator('.review-parsing').first().waitFor({ state: 'detached' });
};

/** Waits until the locator matches exactly `n` elements. */
export const expectCount = (locator: Locator, n: number, timeout?: number) =>
  eventually(async () => {
    const count = await locator.count();
    if (count !== n) fail(`期望 ${n} 个元素，实际 ${count} 个：${locator}`);
  }, timeout);

/** Waits until the locator's text contains `text`. */
export const expectText = (locator: Locator, text: string, timeout?: number) =>
  eventually(async () => {
    const actual = await locator.first().innerText();
    if (!actual.includes(text)) fail(`期望包含「${text}」，实际为「${actual.slice(0, 200)}」`);
  }, timeout);

/** Waits until the element is visible inside its scrolling ancestor and the window. */
export const expectInView = (locator: Locator, timeout?: number) =>
  eventually(async () => {
    const inside = await locator.first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      let p = el.parentElement;
      while (p) {
        const s = getComputedStyle(p);
        if (/(auto|scroll)/.test(s.overflowY)) {
          const b = p.getBoundingClientRect();
          if (r.bottom <= b.top || r.top >= b.bottom) return false;
        }
        p = p.parentElement;
      }
      return r.top < window.innerHeight && r.bottom > 0;
    });
    if (!inside) fail(`元素不在可见区域内：${locator}`);
  }, timeout);

/** Waits until the element has a CSS class. */
export const expectClass = (locator: Locator, cls: string, timeout?: number) =>
  eventually(async () => {
    const classes = (await locator.first().getAttribute('class')) ?? '';
    if (!classes.split(/\s+/).includes(cls))
      fail(`期望 class 含 ${cls}，实际为「${classes}」：${locator}`);
  }, timeout);

/**
 * How long an import may take before its rows must show: every import reads through the worker
 * pool, whose threads load the sources through tsx here — seconds on a busy machine.
 */
export const IMPORT_WAIT_MS = 90_000;
