// Renders assets/icon.svg to the PNGs and the multi-size ICO the installers use. Run by hand
// when the SVG changes (`node scripts/assets/render-icons.mjs`) and commit the output: tests and
// builds only read the committed files, never this script's tools.
// Needs Debian's Chromium (/usr/bin/chromium, with fonts-noto-cjk for 审) and playwright-core.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { encodeIco } from './ico.mjs';

const root = join(import.meta.dirname, '..', '..');
const assets = join(root, 'assets');
const svg = readFileSync(join(assets, 'icon.svg'), 'utf8');

/** Linux icon theme sizes (electron-builder reads assets/icons/<n>x<n>.png) and the ICO's. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const pngs = new Map();
  for (const size of PNG_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const body = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${body}</body></html>`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    pngs.set(size, png);
  }
  mkdirSync(join(assets, 'icons'), { recursive: true });
  for (const [size, png] of pngs) writeFileSync(join(assets, 'icons', `${size}x${size}.png`), png);
  writeFileSync(join(assets, 'icon.png'), pngs.get(1024));
  writeFileSync(join(assets, 'icon.ico'), encodeIco(ICO_SIZES.map((s) => [s, pngs.get(s)])));
  console.log(`icons: ${PNG_SIZES.length} PNGs, icon.png, icon.ico (${ICO_SIZES.join(', ')})`);
} finally {
  await browser.close();
}
