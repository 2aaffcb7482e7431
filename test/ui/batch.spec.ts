// The batch view: empty workspace, importing the five samples and a broken file, the list with
// agencies, statuses, counts and the failed file's message, sorting, search, filter, the chart.
import type { Page } from 'playwright-core';
import { describeFormats } from '../../src/shared/formats';
import { brokenFile, samples } from './support/fixtures';
import { IMPORT_WAIT_MS, eventually, expectCount, expectText, fail } from './support/expect';
import { test } from './support/harness';

const rows = (page: Page) => page.locator('.batch-table tbody tr');

test('空工作区显示拖放提示和打开按钮', async ({ page, screenshot }) => {
  const target = page.locator('.drop-target');
  await target.waitFor();
  await expectText(target, '将年度报告拖放到这里');
  // Every supported format is named, from the one list in src/shared/formats.ts.
  await expectText(target, describeFormats());
  await screenshot('01-empty-workspace');
});

test('导入五份样本和一个损坏的文件：单位、状态、计数和失败原因', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  // The bar may show only briefly: record that it appeared at all.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('.import-progress')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  bridge.chooseNext([...samples, brokenFile]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(rows(page), 6, IMPORT_WAIT_MS);
  if (!(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)))
    fail('导入时没有显示进度条');

  const reports = await bridge.service.listReports();
  for (const r of reports) {
    const row = page.locator(`tr[data-report-id="${r.id}"]`);
    if (r.error) {
      await expectText(row, '读取失败');
      await expectText(row, r.error.message);
      if (!/[\u4e00-\u9fff]/.test(r.error.message)) fail(`失败信息不是中文：${r.error.message}`);
      continue;
    }
    await expectText(row.locator('td.agency'), r.agency ?? '');
    await expectText(row, '待审核');
    const counts = await row.locator('td.num').allInnerTexts();
    const shown = counts.slice(1).map((t) => Number(t));
    const want = [r.counts.error, r.counts.warning, r.counts.info];
    if (shown.join() !== want.join()) fail(`${r.agency} 计数应为 ${want}，显示为 ${shown}`);
  }
  const failedCount = reports.filter((r) => r.error).length;
  if (failedCount !== 1) fail(`应有 1 个读取失败的文件，实际 ${failedCount} 个`);

  // The chart adds up to the open findings of the batch, by category.
  const total = reports.reduce(
    (s, r) => s + Object.values(r.byCategory).reduce((a, b) => a + b, 0),
    0,
  );
  const bars = await page
    .locator('.chart .chart-value')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  if (bars.reduce((s, t) => s + Number(t), 0) !== total)
    fail(`图表合计应为 ${total}，实为 ${bars}`);
  await screenshot('02-batch-view');
});

test('按单位排序、搜索和按状态筛选', async ({ page, bridge }) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([...samples, brokenFile]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(rows(page), 6, IMPORT_WAIT_MS);
  const agencies = (await bridge.service.listReports()).flatMap((r) =>
    r.agency ? [r.agency] : [],
  );
  const collator = new Intl.Collator('zh-CN');
  const asc = [...agencies].sort(collator.compare);

  const shownAgencies = () => page.locator('.batch-table td.agency').allInnerTexts();
  await eventually(async () => {
    if ((await shownAgencies()).join() !== asc.join())
      fail(`默认应按单位升序：${await shownAgencies()}`);
  });
  await page.locator('th', { hasText: '单位' }).locator('button').click();
  await eventually(async () => {
    if ((await shownAgencies()).join() !== [...asc].reverse().join()) fail('再次点击应按单位降序');
  });

  const search = page.getByRole('searchbox', { name: '按单位搜索' });
  await search.fill('渠县');
  await expectCount(rows(page), 1);
  await expectText(rows(page), '渠县司法局');
  await search.fill('');
  await expectCount(rows(page), 6);

  await page.getByRole('combobox', { name: '状态' }).selectOption('failed');
  await expectCount(rows(page), 1);
  await expectText(rows(page), '读取失败');
  await page.getByRole('combobox', { name: '状态' }).selectOption('approved');
  await expectText(page.locator('.no-match'), '没有符合条件的报告');
});
