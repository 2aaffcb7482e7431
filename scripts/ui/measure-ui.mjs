#!/usr/bin/env node
// Measures, in Debian's Chromium against the built renderer (bridged to the real review service
// as in the UI tests), on the real PDFs of test/fixtures/real (else test/fixtures/pdf): the time
// from opening an imported report to its first PDF page painted, and from pressing `j` to the
// next finding shown, with the phases of the open (the original asked and answered, the PDF
// opened, its first page drawn). Not a test: it prints the figures and writes bench/ui.json.
// The bridge is not Electron's IPC: the PDF's bytes travel as base64 over the browser's debugging
// protocol, so `sourceAnswered - sourceAsked` is far longer here than in the app.
// Usage: node scripts/ui/measure-ui.mjs [--no-build]   (targets of issue 17: ≤ 500 ms, ≤ 50 ms)
// Env: UI_ROUNDS (3), UI_PRESSES (10), UI_FILES=001,015 (only these files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env.UI_ROUNDS ?? 3);
const PRESSES = Number(process.env.UI_PRESSES ?? 10);

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(2);
}
register();
const { chromium } = await import('playwright-core');
const { installBridge } = await import('../../test/ui/support/bridge.ts');
const { serveRenderer } = await import('../../test/ui/support/server.ts');

const pdfsIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(dir, f))
    : [];
const real = pdfsIn(join(root, 'test', 'fixtures', 'real'));
// UI_FILES=001,015 measures only the files whose names contain one of these.
const only = process.env.UI_FILES?.split(',').filter(Boolean);
const files = (real.length > 0 ? real : pdfsIn(join(root, 'test', 'fixtures', 'pdf'))).filter(
  (f) => !only || only.some((o) => f.slice(f.lastIndexOf('/') + 1).includes(o)),
);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null;

/**
 * In the page, before its scripts (after the bridge's): marks when report:source is asked and
 * answered, beside the marks the PDF view sets (nianbao:pdf-opened, -draw N, -drawn N).
 */
const MARK_SOURCE = `(() => {
  const invoke = window.api.invoke;
  window.api.invoke = (channel, payload) => {
    if (channel !== 'report:source') return invoke(channel, payload);
    performance.mark('nianbao:source-asked');
    return invoke(channel, payload).finally(() => performance.mark('nianbao:source-answered'));
  };
})();`;

/* global document, window, KeyboardEvent, requestAnimationFrame -- run in the page */
/** In the page: the phases of the last open, in ms from the click (null where not reached). */
const phases = () => {
  const at = (name) => {
    const marks = performance.getEntriesByName(name);
    return marks.length > 0 ? marks[marks.length - 1].startTime : null;
  };
  const click = at('nianbao:click');
  const since = (name) => (at(name) === null ? null : Math.round(at(name) - click));
  return {
    sourceAsked: since('nianbao:source-asked'),
    sourceAnswered: since('nianbao:source-answered'),
    pdfOpened: since('nianbao:pdf-opened'),
    firstDrawStart: since('nianbao:pdf-draw 1'),
    firstDrawn: since('nianbao:pdf-drawn 1'),
  };
};

/** In the page: presses j, resolves with the ms until a new finding is active and painted. */
const pressJ = () =>
  new Promise((resolve) => {
    const before = document.querySelector('li.finding.active')?.getAttribute('data-finding');
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    const poll = () => {
      const now = document.querySelector('li.finding.active')?.getAttribute('data-finding');
      if (now !== undefined && now !== before)
        requestAnimationFrame(() => resolve(performance.now() - t0));
      else if (performance.now() - t0 > 5000) resolve(null);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

const server = await serveRenderer(join(root, 'out', 'renderer'));
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const perFile = {};
try {
  for (const file of files) {
    const open = [];
    const next = [];
    const steps = [];
    let findings = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(90_000);
      const bridge = await installBridge(page);
      await page.addInitScript(MARK_SOURCE);
      await page.goto(server.url);
      await page.locator('.drop-target').waitFor();
      bridge.chooseNext([file]);
      await page.locator('.drop-target button.primary').click();
      await page.locator('.batch-table tbody tr').first().waitFor();
      const [summary] = await bridge.service.listReports();
      if (!summary || summary.error) throw new Error(`${file}: ${summary?.error?.message}`);
      // From the click on the report's row to its first PDF page drawn on the 原文 tab.
      await page.evaluate(() => performance.mark('nianbao:click'));
      const t0 = Date.now();
      await page.locator(`tr[data-report-id="${summary.id}"]`).click();
      await page.locator('.review-body').waitFor();
      const tab = page.getByRole('tab', { name: '原文', exact: true });
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      await page.locator('.pdf-canvas[data-rendered]').first().waitFor();
      open.push(Date.now() - t0);
      steps.push(await page.evaluate(phases));
      findings = await page.locator('li.finding').count();
      for (let i = 0; i < Math.min(PRESSES, findings); i++) {
        const ms = await page.evaluate(pressJ);
        if (ms !== null) next.push(ms);
      }
      await context.close();
    }
    perFile[file.slice(root.length + 1)] = {
      findings,
      openToFirstPageMs: median(open),
      nextFindingMs: median(next),
      openRuns: open,
      // Where an open's time went (ms from the click), the run with the median total.
      phases: steps[open.indexOf(median(open))],
    };
  }
} finally {
  await browser.close();
  await server.close();
}
const all = Object.values(perFile);
const result = {
  date: new Date().toISOString(),
  cores: availableParallelism(),
  loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
  files: perFile,
  openToFirstPageMsMedian: median(all.map((f) => f.openToFirstPageMs)),
  nextFindingMsMedian: median(all.map((f) => f.nextFindingMs)),
  targets: { openToFirstPageMs: 500, nextFindingMs: 50 },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'ui.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
