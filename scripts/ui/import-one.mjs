// For the UI measurements (measure-ui, measure-many, trace-first-page): the renderer built and
// the test bridge loaded; the in-page marks of an open; one file imported into a fresh page.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the renderer (unless --no-build) and loads what a measurement drives: Playwright's
 * Chromium, the preload bridge over the real services and the renderer's test server.
 */
export const prepare = async () => {
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
  /** Debian's Chromium (CHROMIUM_PATH), headless, as the UI tests launch it. */
  const launch = () =>
    chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  return { launch, installBridge, serveRenderer };
};

/**
 * In the page, before its scripts (after the bridge's): the in-page clock and the phases of an
 * open. The click on a report's row is timed from the click event itself (`event.timeStamp`, a
 * capture listener: before any of the app's handlers), the end is the animation frame after the
 * first PDF canvas is drawn (the frame that paints it). Marks: report:get and report:source asked
 * and answered, the review view shown, beside those the PDF view sets (nianbao:pdf-opened,
 * -draw N, -drawn N).
 */
export const OPEN_MARKS = `(() => {
  const invoke = window.api.invoke;
  const timed = { 'report:get': 'report', 'report:source': 'source' };
  window.api.invoke = (channel, payload) => {
    const name = timed[channel];
    if (!name) return invoke(channel, payload);
    performance.mark('nianbao:' + name + '-asked');
    return invoke(channel, payload).finally(() => performance.mark('nianbao:' + name + '-answered'));
  };
  let painted = true;
  let shown = true;
  document.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('tr[data-report-id]')) return;
      performance.mark('nianbao:click-event', { startTime: e.timeStamp });
      painted = false;
      shown = false;
    },
    true,
  );
  new MutationObserver(() => {
    if (!shown && document.querySelector('.review-body')) {
      shown = true;
      performance.mark('nianbao:view-shown');
    }
    if (!painted && document.querySelector('.pdf-canvas[data-rendered]')) {
      painted = true;
      requestAnimationFrame(() => performance.mark('nianbao:painted'));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered'] });
})();`;

/**
 * A fresh browser context with the preload bridge and `initScript` installed, the app loaded,
 * and `file` imported through its drop target. Returns the page, the bridge (the real review
 * service behind it) and the imported report's summary.
 */
export const importOne = async ({ browser, serverUrl, installBridge, initScript, file }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const bridge = await installBridge(page);
  await page.addInitScript(initScript);
  await page.goto(serverUrl);
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([file]);
  await page.locator('.drop-target button.primary').click();
  await page.locator('.batch-table tbody tr').first().waitFor();
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) throw new Error(`${file}: ${summary?.error?.message}`);
  return { context, page, bridge, summary };
};
