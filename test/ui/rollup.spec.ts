// The roll-up (汇总统计): the summed form, the agency behind a 勾稽 error, excluded reports, the
// drill-down (sortable, marks, opening the report at the cell), the charts, export and print.
import type { Page } from 'playwright-core';
import { eventually, expectCount, expectText, fail } from './support/expect';
import { test } from './support/harness';
import { broken, county, rollupFiles } from './support/rollup-fixtures';

const importCounty = async (page: Page, bridge: { chooseNext(p: string[]): void }) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext(rollupFiles);
  await page.locator('.drop-target button.primary').click();
  // Six files go through the worker pool: allow for a loaded machine.
  await expectCount(page.locator('.batch-table tbody tr'), rollupFiles.length, 40_000);
  await page.locator('button.rollup-open').click();
  await page.locator('[data-testid="rollup-note"]').waitFor();
};

const sum = (path: string): number =>
  [...county.map((c) => c.cells), broken.cells].reduce((s, c) => s + Number(c[path] ?? 0), 0);

test('汇总统计：官方表式的汇总表、出错单位、未汇总的报告', async ({ page, bridge, screenshot }) => {
  await importCounty(page, bridge);
  await expectText(page.locator('[data-testid="rollup-note"]'), '汇总 4 个单位的报告');
  await expectText(page.locator('[data-testid="rollup-excluded"]'), '某县水利局');
  await expectText(page.locator('[data-testid="rollup-excluded"]'), '未读到表四');
  const check = page.locator('[data-testid="rollup-check"]');
  await expectText(check, '汇总表');
  await expectText(check, `出自「${broken.agency}」的表格`);
  for (const path of ['requests/1/natural', 'requests/3.7/total', 'review/reconsideration/total']) {
    const shown = (await page.locator(`td[data-cell="${path}"]`).innerText()).trim();
    if (Number(shown) !== sum(path)) fail(`${path} 应为 ${sum(path)}，显示为 ${shown}`);
  }
  // The broken relation is coloured on the summed form, as in a report.
  await page.locator('td[data-cell="requests/1/total"].cell-error').waitFor();
  await screenshot('rollup-form');
});

test('汇总统计：点击单元格查看各单位数值，排序，打开该单位报告的这一格', async ({
  page,
  bridge,
  screenshot,
}) => {
  await importCounty(page, bridge);
  const path = 'requests/1/natural';
  await page.locator(`td[data-cell="${path}"]`).click();
  const drill = page.locator('[data-testid="drill"]');
  await expectCount(drill.locator('tbody tr'), 4);
  const values = async () =>
    (await drill.locator('tbody td.num').allInnerTexts()).map((t) => Number(t.replace(/\D+$/, '')));
  const desc = await values();
  if (desc.reduce((s, v) => s + v, 0) !== sum(path)) fail(`各单位之和应为 ${sum(path)}：${desc}`);
  if (desc.join() !== [...desc].sort((a, b) => b - a).join()) fail(`未按数值降序：${desc}`);
  // 财政局's 400 is far above the others' median: marked, as information.
  await expectText(drill.locator('tr.outlier'), '某县财政局');
  await expectText(drill.locator('tr.outlier .mark-high'), '偏高');
  await screenshot('rollup-drilldown');
  await drill.getByRole('button', { name: /数值/ }).click();
  await eventually(async () => {
    const asc = await values();
    if (asc.join() !== [...desc].reverse().join()) fail(`未按数值升序：${asc}`);
  });
  await drill.locator('tr', { hasText: '某县财政局' }).click();
  const target = page.locator(`td.cell-target[data-cell="${path}"]`);
  await target.waitFor();
  await expectText(target, '400');
  await screenshot('rollup-open-cell');
});

test('汇总统计：图表（各单位申请数、办理结果构成、历年合计、各单位问题）与打印', async ({
  page,
  bridge,
  screenshot,
}) => {
  await importCounty(page, bridge);
  const received = page.locator('[data-testid="chart-received"] [data-row]');
  await expectCount(received, 4);
  const totals = await page
    .locator('[data-testid="chart-received"] .chart-value')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-total'))));
  const want = [...county.map((c) => c.cells), broken.cells].map((c) =>
    Number(c['requests/1/total']),
  );
  if ([...totals].sort().join() !== [...want].sort().join())
    fail(`申请数应为 ${want}，图为 ${totals}`);
  // The results mix of the area adds up to （七）总计.
  const area = await page
    .locator('[data-testid="chart-results"] [data-row="area"] .chart-value')
    .getAttribute('data-total');
  if (Number(area) !== sum('requests/3.7/total'))
    fail(`办理结果合计应为 ${sum('requests/3.7/total')}，图为 ${area}`);
  await expectCount(page.locator('[data-testid="chart-years"] [data-series="received"] circle'), 2);
  await expectCount(page.locator('[data-testid="chart-findings"] [data-row]'), 5);
  await page.locator('[data-testid="chart-received"]').scrollIntoViewIfNeeded();
  await screenshot('charts-area');
  await page.emulateMedia({ media: 'print' });
  if (await page.locator('.rollup-toolbar').isVisible()) fail('打印时工具栏应隐藏');
  await page.screenshot({ path: 'test-results/charts-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('汇总统计：导出汇总表 Excel、Word 和审核情况汇总表', async ({ page, bridge }) => {
  await importCounty(page, bridge);
  for (const [button, name] of [
    ['导出汇总表 Excel', '本地区2024年政府信息公开工作年度报告统计汇总表.xlsx'],
    ['导出汇总表 Word', '本地区2024年政府信息公开工作年度报告统计汇总表.docx'],
    ['导出审核情况汇总表', '本地区2024年度审核情况汇总表.xlsx'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await eventually(async () => {
      if (!bridge.saveRequests.includes(name)) fail(`未导出 ${name}：${bridge.saveRequests}`);
    });
  }
  await expectText(page.locator('.export-feedback, [role="status"]').first(), '已');
});
