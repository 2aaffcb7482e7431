// A report open while an import lands that changes its findings shows them at once: 牧野区司法局's
// report is open with a finding selected, 卫辉市司法局's copy of it is imported, and the open report
// lists the 内容雷同 finding without being reopened, the selected finding still selected.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_WAIT_MS, expectCount, expectText, fail, reportReady } from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
/** 牧野区司法局's 2024 report. */
const original = join(samplesDir, '000_a5e6e1e0a8da6139.txt');

const dir = (): string => mkdtempSync(join(tmpdir(), 'nianbao-ui-refresh-'));
/** 牧野区's report with one misfilled total: a finding the reviewer can select. */
const withFinding = (): string => {
  const file = join(dir(), '牧野区司法局2024.txt');
  const text = readFileSync(original, 'utf8').replace('(七) 总计\t0', '(七) 总计\t3');
  writeFileSync(file, text);
  return file;
};
/** The same report sent in by 卫辉市司法局 under its own name. */
const copy = (): string => {
  const file = join(dir(), '卫辉市司法局2024.txt');
  writeFileSync(file, readFileSync(original, 'utf8').replaceAll('牧野区', '卫辉市'));
  return file;
};

test('打开的报告在导入雷同报告后即显示内容雷同，选中的问题不变', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([withFinding()]);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [first] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${first!.id}"]`).click();
  await reportReady(page);
  const copied = page.locator('li.finding', { hasText: '内容雷同' });
  await expectCount(copied, 0);
  // The reviewer is on a finding when the import lands.
  const chosen = page.locator('li.finding').first();
  await chosen.click();
  const chosenText = await chosen.innerText();
  await expectCount(page.locator('li.finding[aria-current="true"]'), 1);

  bridge.chooseNext([copy()]);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(copied, 1, IMPORT_WAIT_MS);
  await expectText(copied, '与「卫辉市司法局」的报告相同');
  // Still the same report, the same finding selected.
  await page.locator('.review-body').waitFor();
  await expectText(page.locator('li.finding[aria-current="true"]'), chosenText.split('\n')[0]!);
  await screenshot('import-refresh-01-open-report');
});

test('导入改变打开的报告时，未保存的意见草稿保留', async ({ page, bridge }) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([withFinding()]);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [first] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${first!.id}"]`).click();
  await reportReady(page);
  await page.locator('li.finding').first().click();
  // A comment half written on the selected finding's passage…
  await page.keyboard.press('n');
  const draft = page.getByRole('dialog').locator('textarea[name="comment"]');
  await draft.fill('请核对总计');
  // …when files dropped on the window (granted by the preload) are imported.
  const dropped = [copy()];
  bridge.service.grantPaths(dropped);
  await page.evaluate(
    (paths) =>
      (window as unknown as { __nianbaoEmit(e: string, p: unknown): void }).__nianbaoEmit(
        'files:chosen',
        { paths },
      ),
    dropped,
  );
  await expectCount(page.locator('li.finding', { hasText: '内容雷同' }), 1, IMPORT_WAIT_MS);
  if ((await draft.inputValue()) !== '请核对总计') fail('导入后意见草稿丢失');
});
