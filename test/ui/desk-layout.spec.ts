// The report view at a laptop's 1280×720 and at 1440×900: the fixed bars above the document
// stay small, and with the 版本 明细 open the document keeps most of the height.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { IMPORT_WAIT_MS, eventually, expectCount, fail } from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const first = join(samplesDir, '001_f5110ba79a44df9c.txt');

/** Sample 001 again with one more request: a 第2版 with a 版本 banner and its 明细. */
const resubmission = (): string => {
  const raw = readFileSync(first, 'utf8');
  const line = /^(一、本年新收政府信息公开申请数量)\t0\t0\t0\t0\t0\t0\t0$/m;
  if (!line.test(raw)) fail('样本 001 的「本年新收」行与预期不同');
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ui-desk-')), '001-重新报送.txt');
  writeFileSync(file, raw.replace(line, '$1\t1\t0\t0\t0\t0\t0\t1'));
  return file;
};

/** Pixels from the window's top to the document's first visible pixel, and the document's height. */
const docBox = async (page: Page) => {
  const box = await page.locator('.doc-scroll:not([hidden])').first().boundingBox();
  if (!box) return fail('文档区域不可见');
  return { top: Math.round(box.y), height: Math.round(box.height) };
};

test('审核台布局：1280×720 下固定栏约 120 像素以内，展开版本明细时文档仍占多半高度', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  for (const [file, stored] of [
    [first, 1],
    [resubmission(), 2],
  ] as const) {
    bridge.chooseNext([file]);
    await page.getByRole('button', { name: '打开文件' }).first().click();
    await eventually(async () => {
      const n = (await bridge.service.listReports()).length;
      if (n !== stored) fail(`工作区应有 ${stored} 个文件，实际 ${n} 个`);
    }, IMPORT_WAIT_MS);
    // The register keeps one line for the agency and year: the resubmission is its 第2版.
    await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  }
  const [, v2] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${v2!.id}"]`).click();
  await page.getByRole('region', { name: '版本' }).waitFor();

  const measured: string[] = [];
  // 1280×720: about 120 px at most; 1440×900 had 261 px before the compact header: no worse.
  for (const [width, height, bars] of [
    [1280, 720, 125],
    [1440, 900, 230],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page
      .getByRole('button', { name: '收起' })
      .click()
      .catch(() => {});
    const closed = await docBox(page);
    await screenshot(`small-layout-${width}x${height}`);
    await page.getByRole('button', { name: '查看明细' }).click();
    const open = await docBox(page);
    await screenshot(`small-layout-${width}x${height}-details`);
    measured.push(
      `${width}×${height}: 文档上沿 ${closed.top}px，展开明细后文档高 ${open.height}px`,
    );
    if (closed.top > bars)
      fail(
        `${width}×${height} 下文档上方的固定栏共 ${closed.top}px，应不超过 ${bars}px（${measured.join('；')}）`,
      );
    if (open.height < height * 0.55)
      fail(`${width}×${height} 下展开明细后文档只有 ${open.height}px 高（${measured.join('；')}）`);
  }
  console.log(`      ${measured.join('；')}`);

  // In the small window the export toolbar opens over the page, and the page stays where it was.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: '收起' }).click();
  const before = await docBox(page);
  if ((await page.getByRole('toolbar', { name: '导出' }).count()) !== 0)
    fail('1280×720 下导出工具栏应收在“导出”按钮里');
  await page.getByRole('button', { name: '导出 ▾' }).click();
  await page
    .getByRole('toolbar', { name: '导出' })
    .getByRole('button', { name: '导出问题清单' })
    .waitFor();
  if ((await docBox(page)).top !== before.top) fail('展开导出工具栏时文档不应下移');
  await screenshot('small-layout-1280x720-export');
  await page
    .locator('.doc-scroll:not([hidden])')
    .first()
    .click({ position: { x: 10, y: 200 } });
  await expectCount(page.getByRole('toolbar', { name: '导出' }), 0);
});

// A laptop's window hides the app's header in the report view: the report's own header offers
// 打开文件, and what it chooses is imported while the reviewer stays on the report.
test('小窗口：1280×720 与 1366×768 下在报告页也能打开文件', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([first]);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [report] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${report!.id}"]`).click();
  await page.locator('.report-head').waitFor();

  const more = ['002_73996fd1531b3677.txt', '003_bd471127bf420aa0.txt'];
  for (const [i, [width, height]] of (
    [
      [1280, 720],
      [1366, 768],
    ] as const
  ).entries()) {
    await page.setViewportSize({ width, height });
    await expectCount(page.locator('.app-head'), 1);
    if (await page.locator('.app-head').isVisible())
      fail(`${width}×${height} 下应由报告页的标题栏代替应用标题栏`);
    const open = page.locator('.report-head').getByRole('button', { name: '打开文件' });
    const box = await open.boundingBox();
    if (!box || box.y < 0 || box.y + box.height > height || box.x + box.width > width)
      fail(`${width}×${height} 下报告页的「打开文件」不在窗口内（${JSON.stringify(box)}）`);
    await screenshot(`small-open-files-${width}x${height}`);
    bridge.chooseNext([join(samplesDir, more[i]!)]);
    // By keyboard: the button takes the focus and Enter presses it.
    await open.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const n = (await bridge.service.listReports()).length;
      if (n !== i + 2) fail(`${width}×${height}：工作区应有 ${i + 2} 个文件，实际 ${n} 个`);
    }, IMPORT_WAIT_MS);
    // The reviewer is still on the report they had open.
    await page.locator('.report-head').waitFor();
  }
  // A tall window shows the app's header again, with the one 打开文件.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectCount(page.getByRole('button', { name: '打开文件' }), 1);
});
