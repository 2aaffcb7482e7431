// The register (审核台账): the .docx and .pdf of one report are one line with two files; the
// default order puts what needs attention first; sort, search and filter survive opening a
// report and a restart; 上一份/下一份 by button and key follow that order; the agency name is edited; a line
// is removed and brought back with 撤销; a file already there is named, not "imported"; at
// 1280×720 many lines show under a header that stays in view.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { attentionRank } from '../../src/renderer/features/batch/batchModel';
import { buildReportText, consistentCells } from '../support/report-builder';
import type { Bridge } from './support/bridge';
import { IMPORT_WAIT_MS, eventually, expectCount, expectText, fail } from './support/expect';
import { samples } from './support/fixtures';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const docx = join(samplesDir, '000_a5e6e1e0a8da6139.docx');
const pdf = join(samplesDir, '000_a5e6e1e0a8da6139.pdf');
const other = join(samplesDir, '003_bd471127bf420aa0.docx');

const rows = (page: Page) =>
  page.locator('.batch-table tbody tr.row, .batch-table tbody tr.row-failed');

const importFiles = async (page: Page, bridge: Bridge, files: string[], lines: number) => {
  bridge.chooseNext(files);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(rows(page), lines, IMPORT_WAIT_MS);
};

/** Reports of `n` agencies, half with a 表三 total off (errors), half consistent. */
const manyAgencies = (n: number): string[] => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-register-'));
  return Array.from({ length: n }, (_, i) => {
    const cells = consistentCells(3 + i);
    if (i % 2 === 0) cells['requests/3.1/total'] = Number(cells['requests/3.1/total']) + 5;
    const file = join(dir, `单位${String(i + 1).padStart(2, '0')}.txt`);
    writeFileSync(file, buildReportText({ agency: `某县第${i + 1}局`, year: 2024, cells }));
    return file;
  });
};

const shownAgencies = (page: Page) =>
  page.locator('.batch-table tbody tr.row td.agency').allInnerTexts();

test('台账：同一报告的 .docx 与 .pdf 在台账中为一行：一份报送、两个文件；重复导入时说明', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, [docx, pdf, other], 2);
  await expectText(
    page.locator('.toast'),
    '000_a5e6e1e0a8da6139.pdf与已有报告内容相同，归入同一份报送',
  );
  const register = await bridge.service.register();
  const line = register.find((r) => r.versions[0]!.files.length === 2);
  if (!line) fail('.docx 与 .pdf 应为同一份报送的两个文件');
  if (line!.versions.length !== 1) fail(`应只有第1版，实际 ${line!.versions.length} 版`);
  const row = page.locator(`tr[data-report-id="${line!.summary.id}"]`);
  await expectText(row.locator('td.versions'), '第1版');
  const formats = await row.locator('.format').allInnerTexts();
  if (formats.join() !== 'DOCX,PDF') fail(`格式应为 DOCX、PDF，实际 ${formats}`);
  if ((await page.getByText('已整改').count()) > 0)
    fail('同一份报送的两个文件之间不应有已整改计数');
  await row.locator('.versions-toggle').click();
  const history = page.locator('.register-history');
  await expectCount(history.locator('.history-file'), 2);
  await expectText(history, '000_a5e6e1e0a8da6139.pdf');
  await expectText(page.locator('.stat').first(), '2');
  await screenshot('register-01-docx-pdf-one-line');

  // The same file again: said so, nothing added.
  bridge.chooseNext([docx]);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectText(page.locator('.toast'), '已在工作区中，未重复导入：000_a5e6e1e0a8da6139.docx');
  if ((await page.locator('.toast').innerText()).includes('已导入 1 个文件'))
    fail('重复的文件不应报告为已导入');
  await expectCount(rows(page), 2);
  await screenshot('small-01-duplicate-import');
});

test('台账：需关注优先；排序、搜索和筛选在打开报告后保留；上一份/下一份', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, samples, 5);
  // One report already approved (done): it goes to the end of the default order.
  const done = (await bridge.service.register())[0]!.summary;
  await bridge.service.setStatus({ reportId: done.id, status: 'approved', note: null });
  await page.reload();
  await expectCount(rows(page), 5);
  const register = await bridge.service.register();
  const rankOf = new Map(register.map((r) => [r.summary.id, attentionRank(r.summary)]));
  const order = await rows(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-report-id') ?? ''),
  );
  const ranks = order.map((id) => rankOf.get(id)!);
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) fail(`默认顺序应为需关注优先：${ranks}`);
  if (order[order.length - 1] !== done.id) fail('已通过的报告应排在最后');
  if (!(await page.locator('.attention-sort').getAttribute('aria-pressed'))?.includes('true'))
    fail('「需关注优先」应为默认排序');

  // Sort by agency, descending; search; then open a report and come back.
  await page.locator('th button.sort', { hasText: '单位' }).click();
  await page.locator('th button.sort', { hasText: '单位' }).click();
  await page.getByRole('searchbox', { name: '按单位搜索' }).fill('局');
  const before = await shownAgencies(page);
  if (before.length < 3) fail(`搜索「局」应有多份报告，实际 ${before.length}`);
  const collator = new Intl.Collator('zh-CN');
  const sorted = [...before].sort((a, b) => collator.compare(b, a));
  if (before.join() !== sorted.join()) fail(`应按单位降序：${before}`);

  await rows(page).first().click();
  const nav = page.getByRole('navigation', { name: '台账导航' });
  await expectText(nav, `1 / ${before.length}`);
  await expectText(page.locator('.report-head'), before[0]!);
  if (!(await nav.getByRole('button', { name: /上一份/ }).isDisabled()))
    fail('第一份报告的「上一份」应不可用');
  await page.keyboard.press(']');
  await expectText(nav, `2 / ${before.length}`);
  await expectText(page.locator('.report-head'), before[1]!);
  await nav.getByRole('button', { name: /下一份/ }).click();
  await expectText(page.locator('.report-head'), before[2]!);
  await page.keyboard.press('Alt+ArrowLeft');
  await expectText(nav, `2 / ${before.length}`);
  await expectText(page.locator('.report-head'), before[1]!);
  await screenshot('register-02-prev-next');

  await page.getByRole('button', { name: /返回批次/ }).click();
  await eventually(async () => {
    const value = await page.getByRole('searchbox', { name: '按单位搜索' }).inputValue();
    if (value !== '局') fail(`返回后搜索应保留，实际「${value}」`);
  });
  const sortState = await page.locator('th', { hasText: '单位' }).first().getAttribute('aria-sort');
  if (sortState !== 'descending') fail(`返回后排序应保留，实际 ${sortState}`);
  if ((await shownAgencies(page)).join() !== before.join()) fail('返回后列表顺序应不变');

  // A status filter survives too, and 上一份/下一份 stay inside it.
  await page.getByRole('searchbox', { name: '按单位搜索' }).fill('');
  const statuses = (await bridge.service.register()).map((r) => r.summary.status);
  const pending = statuses.filter((s) => s === 'pending').length;
  if (pending !== statuses.length - 1) fail(`应有一份已通过，其余待审核：${statuses}`);
  await page.getByRole('combobox', { name: '状态', exact: true }).selectOption('pending');
  await expectCount(rows(page), pending);
  await rows(page).first().click();
  await expectText(page.getByRole('navigation', { name: '台账导航' }), `1 / ${pending}`);
  await page.getByRole('button', { name: /返回批次/ }).click();
  if ((await page.getByRole('combobox', { name: '状态', exact: true }).inputValue()) !== 'pending')
    fail('返回后状态筛选应保留');

  // The app started again (the page reloaded): search, filter and order are as they were left.
  await page.getByRole('searchbox', { name: '按单位搜索' }).fill('局');
  const left = await shownAgencies(page);
  await page.reload();
  await eventually(async () => {
    const value = await page.getByRole('searchbox', { name: '按单位搜索' }).inputValue();
    if (value !== '局') fail(`重新启动后搜索应保留，实际「${value}」`);
  });
  if ((await page.getByRole('combobox', { name: '状态', exact: true }).inputValue()) !== 'pending')
    fail('重新启动后状态筛选应保留');
  const kept = await page.locator('th', { hasText: '单位' }).first().getAttribute('aria-sort');
  if (kept !== 'descending') fail(`重新启动后排序应保留，实际 ${kept}`);
  await eventually(async () => {
    const shown = await shownAgencies(page);
    if (shown.join() !== left.join()) fail(`重新启动后列表应不变：${shown} ≠ ${left}`);
  });
});

test('台账：修改单位名称；移除一行后用「撤销」恢复', async ({ page, bridge, screenshot }) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, samples.slice(0, 2), 2);
  const [first, second] = await bridge.service.register();
  const row = page.locator(`tr[data-report-id="${first!.summary.id}"]`);
  await row.locator('.edit-row').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name="agency"]').fill('某县人民政府办公室（更正）');
  await screenshot('register-03-edit-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expectText(row.locator('td.agency'), '某县人民政府办公室（更正）');
  const edited = (await bridge.service.register()).find((r) => r.summary.id === first!.summary.id);
  if (edited?.summary.agency !== '某县人民政府办公室（更正）') fail('修改应保存在工作区中');

  const other = page.locator(`tr[data-report-id="${second!.summary.id}"]`);
  await other.locator('.remove-row').click();
  await expectCount(rows(page), 1);
  const toast = page.locator('.toast', { hasText: '已移除' });
  await expectText(toast, second!.summary.agency ?? '');
  await screenshot('register-04-removed-undo');
  await toast.getByRole('button', { name: '撤销' }).click();
  await expectCount(rows(page), 2);
  await expectText(page.locator('.toast', { hasText: '已恢复' }), second!.summary.agency ?? '');
  if ((await bridge.service.register()).length !== 2) fail('撤销后工作区应恢复该报告');
});

test('台账：1280×720 下显示多行，表头固定', async ({ page, bridge, screenshot }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, manyAgencies(24), 24);
  const visible = await rows(page).evaluateAll(
    (els) => els.filter((el) => el.getBoundingClientRect().bottom <= window.innerHeight).length,
  );
  if (visible < 12) fail(`1280×720 下应至少显示 12 行，实际 ${visible} 行`);
  await screenshot('register-05-1280x720');
  await page.locator('.register-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await eventually(async () => {
    const top = await page
      .locator('.batch-table th')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    const bottom = await rows(page)
      .last()
      .evaluate((el) => el.getBoundingClientRect().bottom);
    if (top < 56 || top > 200) fail(`滚动后表头应固定在上方，位置 ${top}`);
    if (bottom > 720) fail('应已滚动到最后一行');
  });
  await screenshot('register-06-sticky-header');
});

test('台账：矮窗口（1280×720、1366×768）下报告页头部有上一份/下一份，按钮与快捷键都只走一份', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, manyAgencies(4), 4);
  const agencies = await shownAgencies(page);
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await rows(page).first().click();
    const head = page.locator('.report-head');
    await expectText(head, agencies[0]!);
    // The app's header is hidden in a short window: the report's header holds the only nav.
    if (await page.locator('.app-head').isVisible()) fail(`${width}×${height} 下应隐藏应用标题栏`);
    const nav = page.getByRole('navigation', { name: '台账导航' });
    await expectCount(nav, 1);
    if ((await head.getByRole('navigation', { name: '台账导航' }).count()) !== 1)
      fail('上一份/下一份应在报告页头部');
    await expectText(nav, `1 / ${agencies.length}`);
    const box = await nav.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > width || box.y + box.height > 120)
      fail(`${width}×${height} 下上一份/下一份应在窗口顶部可见：${JSON.stringify(box)}`);
    if (!(await nav.getByRole('button', { name: '上一份' }).isDisabled()))
      fail('第一份报告的「上一份」应不可用');
    await nav.getByRole('button', { name: '下一份' }).click();
    await expectText(nav, `2 / ${agencies.length}`);
    await expectText(head, agencies[1]!);
    // One key press moves one report (one listener, whichever form is shown).
    await page.keyboard.press(']');
    await expectText(nav, `3 / ${agencies.length}`);
    await expectText(head, agencies[2]!);
    await page.keyboard.press('Alt+ArrowLeft');
    await expectText(nav, `2 / ${agencies.length}`);
    await screenshot(`register-07-nav-${width}x${height}`);
    await nav.getByRole('button', { name: '上一份' }).click();
    await expectText(head, agencies[0]!);
    await page.getByRole('button', { name: /返回批次/ }).click();
    await expectCount(rows(page), agencies.length);
  }
  // A tall window: the app's header shows the full form again, and only it.
  await page.setViewportSize({ width: 1440, height: 900 });
  await rows(page).first().click();
  const nav = page.getByRole('navigation', { name: '台账导航' });
  await expectCount(nav, 1);
  if ((await page.locator('.app-head').getByRole('navigation', { name: '台账导航' }).count()) !== 1)
    fail('高窗口下上一份/下一份应在应用标题栏');
  await page.keyboard.press(']');
  await expectText(nav, `2 / ${agencies.length}`);
});
