// The report view's edge states: a report with no findings, one with hundreds.
import { IMPORT_WAIT_MS, expectClass, expectCount, expectText, fail } from './support/expect';
import { crowded, samples } from './support/fixtures';
import { test } from './support/harness';

test('没有问题的报告显示“未发现问题”', async ({ page, bridge }) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext(samples);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), samples.length, IMPORT_WAIT_MS);
  const clean = (await bridge.service.listReports()).find((r) => !r.error && r.total === 0);
  if (!clean) fail('五份样本都有问题，无法测试“未发现问题”状态');
  await page.locator(`tr[data-report-id="${clean!.id}"]`).click();
  await expectText(page.locator('.all-clear'), '未发现问题');
  await expectCount(page.locator('li.finding'), 0);
});

test('数百个问题的报告：成组列出，展开后全部列出并可用键盘逐个查看', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([crowded.file]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (summary!.total < 100) fail(`该报告应有上百个问题，实有 ${summary!.total} 个`);
  await page.locator('.batch-table tbody tr').click();
  // A rule's many findings come as one collapsed group each; opened, every finding is listed.
  await page.locator('.rule-group').first().waitFor({ timeout: 10_000 });
  const closed = page.locator('.rule-group-toggle[aria-expanded="false"]');
  for (let n = await closed.count(); n > 0; n--) {
    await closed.first().click();
    await expectCount(closed, n - 1);
  }
  await expectCount(page.locator('li.finding'), summary!.total, 10_000);
  for (let i = 0; i < 30; i++) await page.keyboard.press('j');
  const order = await page
    .locator('li.finding')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-finding')));
  await expectClass(page.locator(`li.finding[data-finding="${order[29]}"]`), 'active');
  await screenshot('08-hundreds-of-findings');
});
