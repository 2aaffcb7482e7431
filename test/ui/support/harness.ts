// A small test runner for the Playwright specs (playwright-core has no test runner): specs
// register tests with `test`; `runSpecs` gives each a fresh page bridged to a fresh service.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { installBridge, type Bridge } from './bridge';
import { serveRenderer } from './server';

export interface TestContext {
  page: Page;
  bridge: Bridge;
  /** Saves a PNG of the page to test-results/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

interface Registered {
  file: string;
  name: string;
  fn: (t: TestContext) => Promise<void>;
}

const registry: Registered[] = [];
let loading = '';

/** Registers a test of the spec file being loaded. */
export const test = (name: string, fn: (t: TestContext) => Promise<void>): void => {
  registry.push({ file: loading, name, fn });
};

export interface RunOptions {
  specs: string[];
  rendererDir: string;
  resultsDir: string;
  chromiumPath: string;
  /** Only tests whose name contains this. */
  grep?: string;
}

/** Chromium flags that work on these machines (toolchain.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const runOne = async (
  browser: Browser,
  url: string,
  t: Registered,
  resultsDir: string,
): Promise<string[]> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  const problems: string[] = [];
  const origin = new URL(url).origin;
  // The app is offline: any request that leaves the local server is a failure.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin)) return route.continue();
    problems.push(`请求了外部地址：${target}`);
    return route.abort();
  });
  page.on('pageerror', (e) => problems.push(`页面错误：${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`控制台错误：${m.text()}`);
  });
  const bridge = await installBridge(page);
  const screenshot = async (name: string) => {
    const file = join(resultsDir, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };
  try {
    await page.goto(url);
    await t.fn({ page, bridge, screenshot });
  } catch (error) {
    problems.unshift(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await screenshot(`FAILED-${t.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`).catch(() => {});
  } finally {
    await context.close();
  }
  return problems;
};

/** Runs every registered test; resolves to the number of failures. */
export const runSpecs = async (options: RunOptions): Promise<number> => {
  for (const spec of options.specs) {
    loading = spec;
    await import(pathToFileURL(spec).href);
  }
  mkdirSync(options.resultsDir, { recursive: true });
  for (const f of readdirSync(options.resultsDir))
    if (f.startsWith('FAILED-')) rmSync(join(options.resultsDir, f));
  const server = await serveRenderer(options.rendererDir);
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  let failed = 0;
  try {
    for (const t of registry) {
      if (options.grep && !t.name.includes(options.grep)) continue;
      const started = Date.now();
      const problems = await runOne(browser, server.url, t, options.resultsDir);
      const ms = Date.now() - started;
      if (problems.length === 0) console.log(`  ✓ ${t.name} (${ms} ms)`);
      else {
        failed++;
        console.log(`  ✗ ${t.name} (${ms} ms)\n${problems.map((p) => `      ${p}`).join('\n')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return failed;
};
