// A PDF original's first page: drawn as soon as the document opens and taken as it is by the view
// (drawn once, at the page's size on screen: sharp), the pages after it drawn too.
import { join } from 'node:path';
import { IMPORT_WAIT_MS, expectCount, fail } from './support/expect';
import { test } from './support/harness';

const pdfFile = join(import.meta.dirname, '..', 'fixtures', 'samples', '001_f5110ba79a44df9c.pdf');

test('原文（PDF）：第 1 页随文档打开即绘制，视图直接采用，只绘一次且清晰', async ({
  page,
  bridge,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([pdfFile]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`样本未能导入：${summary?.error?.message}`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  const first = page.locator('.pdf-page[data-page="1"]');
  await first.locator('canvas.pdf-canvas[data-rendered]').waitFor();
  // The text layer is built after the page's drawing is done (a second drawing would come first).
  await first.locator('.pdf-text span').first().waitFor();

  const drawn = await first.evaluate((p: HTMLElement) => {
    const canvas = p.querySelector('canvas')!;
    return {
      draws: performance.getEntriesByName('nianbao:pdf-draw 1').length,
      canvasWidth: canvas.width,
      onScreen: p.clientWidth * window.devicePixelRatio,
      // The bitmap the rendering worker drew is the canvas's content (no copy into a 2d one).
      taken: canvas.getContext('2d') === null,
    };
  });
  if (!drawn.taken) fail('第 1 页的画布应直接持有绘好的位图（bitmaprenderer），而非复制到 2d 画布');
  if (drawn.draws !== 1) fail(`第 1 页应只绘制一次（随文档打开时），实为 ${drawn.draws} 次`);
  if (Math.abs(drawn.canvasWidth - drawn.onScreen) > 1)
    fail(`第 1 页应按显示尺寸绘制：画布宽 ${drawn.canvasWidth}，页面显示宽 ${drawn.onScreen}`);
  // The next page is drawn after it (page 2 is within the distance drawn ahead).
  await page.locator('.pdf-page[data-page="2"] canvas.pdf-canvas[data-rendered]').waitFor();
});

/** In the page: pdf.js's fonts (named g_d<document>_f<n>) in the document's font set. */
const pdfFonts = () =>
  [...document.fonts].filter((f) => /^"?g_d\d+_f\d+"?$/.test(f.family)).map((f) => f.status);

test('原文（PDF）：页面线程不建立 PDF 字体副本（由渲染线程绘制时），第 1 页绘好后空闲时也不建立', async ({
  page,
  bridge,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([pdfFile]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`样本未能导入：${summary?.error?.message}`);
  // The page's fonts at the moment page 1's canvas is shown.
  await page.evaluate(`(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.pdf-canvas[data-rendered]')) return;
      seen.disconnect();
      window.fontsWhenDrawn = (${pdfFonts.toString()})();
    });
    seen.observe(document, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await page.locator('.pdf-page[data-page="1"] canvas.pdf-canvas[data-rendered]').waitFor();
  const whenDrawn = await page.evaluate(
    () => (window as { fontsWhenDrawn?: string[] }).fontsWhenDrawn,
  );
  if (!whenDrawn || whenDrawn.length > 0)
    fail(`第 1 页绘好时，页面线程上不应已有该 PDF 的字体，实为 ${JSON.stringify(whenDrawn)}`);
  // The page's copies are for drawing here should pdf.js's rendering worker be gone: made only
  // then. Made at idle, each was a long task just when the reviewer starts pressing j. The old
  // idle build waited at most 3 s; none after page 2 is drawn and the window idles past that.
  await page.locator('.pdf-page[data-page="2"] canvas.pdf-canvas[data-rendered]').waitFor();
  await page.waitForTimeout(3500);
  const later = await page.evaluate(pdfFonts);
  if (later.length > 0)
    fail(`渲染线程在绘制时，页面线程上不应建立该 PDF 的字体，实为 ${JSON.stringify(later)}`);
});
