#!/usr/bin/env node
// Measures, in Debian's Chromium against the built renderer (bridged to the real review service
// as in the UI tests), reports with 100+ findings (test/fixtures/many): the time from clicking
// the report's row to its text and findings shown; with every rule group expanded, `j` through
// every finding and `k` back (ms until the next finding is active in the list and marked in the
// document, then painted: median, p95, max) on the 文本 and the 表格 tab; a long scroll of the 文本
// view and of the finding list; switching tabs. Long tasks (> 50 ms) come from a
// PerformanceObserver('longtask'). Not a test: it prints the figures and writes them to
// bench/ui.json under "many" (the rest of that file is measure-ui.mjs's, kept as it is).
// Usage: node scripts/ui/measure-many.mjs [--no-build]   Env: UI_ROUNDS (3), UI_RENDERER (a
// built renderer folder, default out/renderer), UI_OUT (where to write, default bench/ui.json).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { importOne, prepare, root } from './import-one.mjs';

const ROUNDS = Number(process.env.UI_ROUNDS ?? 3);

const { launch, installBridge, serveRenderer } = await prepare();

const manyDir = join(root, 'test', 'fixtures', 'many');
const files = readdirSync(manyDir)
  .filter((f) => /\.(txt|docx|pdf)$/.test(f))
  .map((f) => join(manyDir, f));

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) =>
  xs.length === 0 ? null : round(sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))]);
const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const median = (xs) => quantile(xs, 0.5);
const stats = (all) => {
  const xs = all.filter((x) => x !== null);
  return { median: median(xs), p95: quantile(xs, 0.95), max: quantile(xs, 1) };
};

/** In the page, before its scripts: every long task (> 50 ms) into window.__longTasks. */
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/* global document, window, KeyboardEvent, requestAnimationFrame -- run in the page */

/** In the page: long tasks since the last call (their count, total and longest ms). */
const takeLongTasks = () => {
  const xs = window.__longTasks.splice(0);
  return {
    count: xs.length,
    totalMs: Math.round(xs.reduce((a, b) => a + b, 0)),
    maxMs: Math.round(Math.max(0, ...xs)),
  };
};

/** In the page: clicks the report's row, resolves with the ms until text and findings show. */
const openReport = (id) =>
  new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector(`tr[data-report-id="${id}"]`).click();
    const poll = () => {
      const text = document.querySelector('.source .line mark, .tables td.value');
      const list = document.querySelector('.panel li.finding, .panel li.rule-group');
      if (text && list) requestAnimationFrame(() => resolve(performance.now() - t0));
      else if (performance.now() - t0 > 20000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

/**
 * In the page: presses `key`, resolves with the ms until another finding is active in the list
 * and, where it has a mark in the shown document (text marks or table cells), that mark is active
 * too, then painted; null when nothing moved within 5 s (the ends of the list).
 */
const press = ({ key, doc }) =>
  new Promise((resolve) => {
    const activeNow = () =>
      document.querySelector('.panel li.finding.active')?.getAttribute('data-finding');
    const before = activeNow();
    let script = null;
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    // React renders and runs the effects of a key press before the next task: its script time.
    setTimeout(() => (script = performance.now() - t0), 0);
    const shown = () => {
      const now = activeNow();
      if (now === undefined || now === before) return false;
      const marks =
        doc === 'tables'
          ? document.querySelectorAll(`.tables td[data-f~="f${now}"]`)
          : document.querySelectorAll(`.source mark[data-k~="f${now}"]`);
      return marks.length === 0 || [...marks].some((m) => /\bactive/.test(m.className));
    };
    const poll = () => {
      if (shown()) requestAnimationFrame(() => resolve({ ms: performance.now() - t0, script }));
      else if (performance.now() - t0 > 5000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

/** In the page: scrolls `selector` top to bottom and back, 120 px a frame; ms and frames. */
const scrollThrough = (selector) =>
  new Promise((resolve) => {
    const el = [...document.querySelectorAll(selector)].find((x) => x.offsetParent !== null);
    if (!el) return resolve(null);
    el.scrollTop = 0;
    const t0 = performance.now();
    let frames = 0;
    let down = true;
    const step = () => {
      frames++;
      const max = el.scrollHeight - el.clientHeight;
      if (down && el.scrollTop >= max - 1) down = false;
      if (!down && el.scrollTop <= 0)
        return resolve({
          ms: Math.round(performance.now() - t0),
          frames,
          scrollHeight: el.scrollHeight,
        });
      el.scrollTop += down ? 120 : -120;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });

/** In the page: clicks the tab, resolves with the ms until its view shows, then painted. */
const switchTab = ({ name, shows }) =>
  new Promise((resolve) => {
    const tab = [...document.querySelectorAll('.doc-pane [role="tab"]')].find(
      (t) => t.textContent.trim() === name,
    );
    const t0 = performance.now();
    tab.click();
    const poll = () => {
      const el = document.querySelector(shows);
      if (el && el.offsetParent !== null)
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else if (performance.now() - t0 > 10000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

/** Presses `key` `limit` times; the ms of each move (to shown, and of script). */
const walk = async (page, key, doc, limit) => {
  const out = [];
  for (let i = 0; i < limit; i++) {
    const step = await page.evaluate(press, { key, doc });
    if (step === null) break;
    out.push(step);
  }
  return out;
};

// UI_RENDERER=dir measures another build of the renderer (an A/B of a change, same machine load).
const server = await serveRenderer(process.env.UI_RENDERER ?? join(root, 'out', 'renderer'));
const browser = await launch();
const perFile = {};
try {
  for (const file of files) {
    const runs = [];
    let findings = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { context, page, bridge, summary } = await importOne({
        browser,
        serverUrl: server.url,
        installBridge,
        initScript: OBSERVE_LONG_TASKS,
        file,
      });
      findings = (await bridge.service.getReport(summary.id)).findings.length;
      await page.evaluate(takeLongTasks);
      const run = { openMs: await page.evaluate(openReport, summary.id) };
      run.openLongTasks = await page.evaluate(takeLongTasks);

      // Every group open, so that j/k stop at every finding.
      const closed = page.locator('.rule-group-toggle[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      await page
        .locator('.panel li.finding')
        .nth(findings - 1)
        .waitFor();
      await page.evaluate(takeLongTasks);
      run.j = await walk(page, 'j', 'source', findings);
      run.k = await walk(page, 'k', 'source', findings - 1);
      run.jkLongTasks = await page.evaluate(takeLongTasks);

      run.scrollText = await page.evaluate(scrollThrough, '.doc-scroll');
      run.scrollTextLongTasks = await page.evaluate(takeLongTasks);
      run.scrollList = await page.evaluate(scrollThrough, '.panel-body');
      run.scrollListLongTasks = await page.evaluate(takeLongTasks);

      run.toTablesMs = await page.evaluate(switchTab, { name: '表格', shows: '.tables td.value' });
      run.tablesJ = await walk(page, 'j', 'tables', Math.min(60, findings));
      run.tablesLongTasks = await page.evaluate(takeLongTasks);
      run.toTextMs = await page.evaluate(switchTab, { name: '文本', shows: '.source .line' });
      run.tabsLongTasks = await page.evaluate(takeLongTasks);
      runs.push(run);
      await context.close();
    }
    const all = (k) => runs.flatMap((r) => r[k]);
    const worst = (k) => ({
      count: Math.max(...runs.map((r) => r[k].count)),
      maxMs: Math.max(...runs.map((r) => r[k].maxMs)),
    });
    perFile[file.slice(root.length + 1)] = {
      findings,
      openToShownMs: median(runs.map((r) => r.openMs)),
      openRuns: runs.map((r) => round(r.openMs)),
      openLongTasks: worst('openLongTasks'),
      stepsPerRound: runs[0].j.length + runs[0].k.length,
      jMs: stats(all('j').map((x) => x.ms)),
      kMs: stats(all('k').map((x) => x.ms)),
      // From the key press to React's work done (render, commit, effects), before paint.
      jkScriptMs: stats([...all('j'), ...all('k')].map((x) => x.script)),
      jkLongTasks: worst('jkLongTasks'),
      scrollText: { ...runs[0].scrollText, longTasks: worst('scrollTextLongTasks') },
      scrollList: { ...runs[0].scrollList, longTasks: worst('scrollListLongTasks') },
      toTablesMs: median(runs.map((r) => r.toTablesMs)),
      tablesJMs: stats(all('tablesJ').map((x) => x.ms)),
      tablesJScriptMs: stats(all('tablesJ').map((x) => x.script)),
      tablesLongTasks: worst('tablesLongTasks'),
      toTextMs: median(runs.map((r) => r.toTextMs)),
      backToTextLongTasks: worst('tabsLongTasks'),
    };
  }
} finally {
  await browser.close();
  await server.close();
}
const many = {
  date: new Date().toISOString(),
  cores: availableParallelism(),
  loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
  rounds: ROUNDS,
  files: perFile,
};
mkdirSync(join(root, 'bench'), { recursive: true });
const out = process.env.UI_OUT ?? join(root, 'bench', 'ui.json');
const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
writeFileSync(out, JSON.stringify({ ...previous, many }, null, 2) + '\n');
console.log(JSON.stringify(many, null, 2));
