// A resubmitted report: the same agency and year imported again with one number changed becomes
// 第2版; the report view shows the 版本 banner with 已整改 / 仍存在 / 新出现 and can open 第1版.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Bridge } from './support/bridge';
import { IMPORT_WAIT_MS, expectCount, expectText, fail, reportReady } from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const first = join(samplesDir, '001_f5110ba79a44df9c.txt');

/** Sample 001 with one new request from a natural person: 表三 no longer balances. */
const resubmission = (): string => {
  const raw = readFileSync(first, 'utf8');
  const line = /^(一、本年新收政府信息公开申请数量)\t0\t0\t0\t0\t0\t0\t0$/m;
  if (!line.test(raw)) fail('样本 001 的「本年新收」行与预期不同');
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ui-v-')), '001-重新报送.txt');
  writeFileSync(file, raw.replace(line, '$1\t1\t0\t0\t0\t0\t0\t1'));
  return file;
};

const importFiles = async (page: Page, bridge: Bridge, files: string[], rows: number) => {
  bridge.chooseNext(files);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(page.locator('.batch-table tbody tr'), rows, IMPORT_WAIT_MS);
};

test('重新报送的报告显示为第2版，并与第1版比较', async ({ page, bridge, screenshot }) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, [first], 1);
  // The register has one line per agency and year: the resubmission is its 第2版.
  await importFiles(page, bridge, [resubmission()], 1);
  await expectText(page.locator('.batch-table td.versions'), '第2版 / 共2版', IMPORT_WAIT_MS);
  const [v1, v2] = await bridge.service.listReports();
  const before = (await bridge.service.getReport(v1!.id)).findings;
  const after = (await bridge.service.getReport(v2!.id)).findings;
  const printsBefore = new Set(before.map((f) => f.fingerprint));
  const printsAfter = new Set(after.map((f) => f.fingerprint));
  const fresh = after.filter((f) => !printsBefore.has(f.fingerprint));
  const kept = after.filter((f) => printsBefore.has(f.fingerprint));
  const gone = before.filter((f) => !printsAfter.has(f.fingerprint));
  if (fresh.length === 0) fail('改动一个数后应出现新的问题');

  await page.locator(`tr[data-report-id="${v2!.id}"]`).click();
  const banner = page.getByRole('region', { name: '版本' });
  await expectText(banner, '第2版');
  await expectText(banner, '与第1版相比');
  await expectText(banner.locator('.count-fixed'), `已整改 ${gone.length}`);
  await expectText(banner.locator('.count-stillOpen'), `仍存在 ${kept.length}`);
  await expectText(banner.locator('.count-new'), `新出现 ${fresh.length}`);
  await banner.getByRole('button', { name: '查看明细' }).click();
  await expectCount(banner.locator('.list-new li'), fresh.length);
  await expectText(banner.locator('.list-new'), fresh[0]!.message.slice(0, 12));
  await expectCount(banner.locator('.list-stillOpen li'), kept.length);
  await screenshot('versions-01-banner');

  await banner.getByLabel('版本').selectOption(v1!.id);
  await expectText(banner, '第1版');
  await expectCount(banner.locator('.version-vs'), 0);
  await expectText(page.locator('.report-head'), v1!.fileName);
});

test('只有一版的报告不显示版本栏', async ({ page, bridge }) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, [first], 1);
  const [r] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${r!.id}"]`).click();
  await reportReady(page);
  await expectCount(page.getByRole('region', { name: '版本' }), 0);
  await expectText(page.getByRole('toolbar', { name: '导出' }), '导出问题清单');
});
