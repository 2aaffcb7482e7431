// Content copied between two agencies' reports is shown on both: the report imported first, opened
// after the second came in, lists the 内容雷同 finding naming the second (the register is reloaded
// after every import, and opening a report asks main for what is stored now).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Bridge } from './support/bridge';
import { IMPORT_WAIT_MS, expectCount, expectText, reportReady } from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
/** 牧野区司法局's 2024 report. */
const original = join(samplesDir, '000_a5e6e1e0a8da6139.txt');

/** The same report sent in by 卫辉市司法局 under its own name. */
const copy = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ui-copied-')), '卫辉市司法局2024.txt');
  writeFileSync(file, readFileSync(original, 'utf8').replaceAll('牧野区', '卫辉市'));
  return file;
};

const importFiles = async (page: Page, bridge: Bridge, files: string[], rows: number) => {
  bridge.chooseNext(files);
  await page.getByRole('button', { name: '打开文件' }).first().click();
  await expectCount(page.locator('.batch-table tbody tr'), rows, IMPORT_WAIT_MS);
};

const copiedFindings = (page: Page) => page.locator('li.finding', { hasText: '内容雷同' });

test('两份雷同的报告都显示内容雷同，先导入的一份在后一份导入后也显示', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  await importFiles(page, bridge, [original], 1);
  const [first] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${first!.id}"]`).click();
  await reportReady(page);
  await expectCount(copiedFindings(page), 0);
  await page.getByRole('button', { name: /返回批次/ }).click();

  await importFiles(page, bridge, [copy()], 2);
  await page.locator(`tr[data-report-id="${first!.id}"]`).click();
  await reportReady(page);
  await expectCount(copiedFindings(page), 1);
  await expectText(copiedFindings(page), '与「卫辉市司法局」的报告相同');
  await screenshot('copied-01-first-report');
});
