#!/usr/bin/env node
// Runs the Playwright UI specs (test/ui/*.spec.ts) in Debian's Chromium against the built
// renderer, with window.api bridged to the real review service in this Node process.
// Usage: node scripts/ui/run-ui-tests.mjs [--no-build] [--grep TEXT]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : undefined;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.error(
    `找不到 Chromium（${chromiumPath}）。请先安装：apt-get update && apt-get install -y chromium fonts-noto-cjk`,
  );
  process.exit(2);
}

if (!args.includes('--no-build')) {
  const bin = join(root, 'node_modules', '.bin', 'electron-vite');
  const built = spawnSync(bin, ['build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('electron-vite build 失败，无法运行界面测试。');
    process.exit(2);
  }
  // Electron cannot run here, but its main bundle must at least parse (a bundling clash such as
  // a second top-level `require` would stop the app before any window opens).
  for (const bundle of ['out/main/index.js', 'out/preload/index.cjs']) {
    const parsed = spawnSync(process.execPath, ['--check', join(root, bundle)], {
      encoding: 'utf8',
    });
    if (parsed.status !== 0) {
      console.error(`${bundle} 无法解析：\n${parsed.stderr}`);
      process.exit(1);
    }
  }
}

register();
const { runSpecs } = await import('../../test/ui/support/harness.ts');
const specDir = join(root, 'test', 'ui');
const specs = readdirSync(specDir)
  .filter((f) => f.endsWith('.spec.ts'))
  .sort()
  .map((f) => join(specDir, f));

console.log(`界面测试：${specs.length} 个文件`);
const failed = await runSpecs({
  specs,
  rendererDir: join(root, 'out', 'renderer'),
  resultsDir: join(root, 'test-results'),
  chromiumPath,
  grep,
});
console.log(failed === 0 ? '全部通过' : `${failed} 个测试失败`);
process.exit(failed === 0 ? 0 : 1);
