// A long PDF original scrolled from its first page to its last: the pages drawn far behind are
// let go past the document's pixel budget (their canvases dropped), those near the view are
// drawn, and page 1 is drawn again when the reviewer scrolls back to it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_WAIT_MS, eventually, expectCount, fail } from './support/expect';
import { test } from './support/harness';

const realPdf = join(import.meta.dirname, '..', 'fixtures', 'real', '001.pdf');

test('原文（PDF，长文档）：滚过的远处页面超出像素预算后释放画布，滚回时重新绘制', async ({
  page,
  bridge,
}) => {
  // 42 pages: the report seven times over (poppler's pdfunite), well past the budget's ~30 pages.
  const long = join(mkdtempSync(join(tmpdir(), 'nianbao-long-pdf-')), 'long.pdf');
  const united = spawnSync('pdfunite', [...Array<string>(7).fill(realPdf), long]);
  if (united.status !== 0) fail(`pdfunite 失败：${united.stderr}`);
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([long]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`样本未能导入：${summary?.error?.message}`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  const pages = page.locator('.pdf-page');
  await expectCount(pages, 42, 30_000);
  const drawn = (n: number) =>
    page.locator(`.pdf-page[data-page="${n}"] canvas.pdf-canvas[data-rendered]`);
  await drawn(1).waitFor();

  // Page by page to the end, each drawn as it comes into view.
  for (let n = 2; n <= 42; n++) {
    await pages.nth(n - 1).scrollIntoViewIfNeeded();
    await drawn(n).waitFor({ timeout: 30_000 });
  }
  const kept = await page.locator('canvas.pdf-canvas[data-rendered]').count();
  if (kept >= 42) fail(`滚到末页后仍保留全部 ${kept} 页的画布`);
  if (kept < 3) fail(`末页附近的页面应保留画布，实为 ${kept} 个`);
  if ((await drawn(1).count()) !== 0) fail('第 1 页早已滚远，其画布应已释放');

  await pages.nth(0).scrollIntoViewIfNeeded();
  await eventually(async () => {
    if ((await drawn(1).count()) !== 1) fail('滚回第 1 页后应重新绘制');
  }, 30_000);
});
