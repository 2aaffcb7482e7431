// Exports through the buttons: confirm a finding, export the report's issue list, its annotated
// Word original and its review letter, then the batch's list; the save dialog answers a temp
// path (test bridge) and the files are read back. Also a cancelled save and a failed export.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import type { Bridge } from './support/bridge';
import { IMPORT_WAIT_MS, expectCount, expectText, fail, reportReady } from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-export-'));

/** A copy of a sample the test may change or delete. */
const copy = (name: string): string => {
  const to = join(dir, `${Math.random().toString(36).slice(2, 8)}-${name}`);
  copyFileSync(join(samplesDir, name), to);
  return to;
};

const importFiles = async (page: Page, bridge: Bridge, files: string[]) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext(files);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), files.length, IMPORT_WAIT_MS);
};

const open = async (page: Page, id: string) => {
  await page.locator(`tr[data-report-id="${id}"]`).click();
  await reportReady(page);
};

/** The saved path the feedback line shows, once it shows one. */
const savedPath = async (page: Page, label: string): Promise<string> => {
  const line = page.locator('.export-feedback.saved');
  await expectText(line, `${label}已保存到`);
  return (await line.locator('.export-path').innerText()).trim();
};

const wordText = async (file: string, part: string): Promise<string> => {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file(part)?.async('string')) ?? fail(`${file} 中没有 ${part}`);
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
};

test('确认问题后导出问题清单、批注版原文和审核意见书', async ({ page, bridge, screenshot }) => {
  const word = copy('001_f5110ba79a44df9c.docx');
  await importFiles(page, bridge, [word, copy('002_73996fd1531b3677.txt')]);
  const summary = (await bridge.service.listReports())[0]!;
  const detail = await bridge.service.getReport(summary.id);
  if (detail.findings.length === 0) fail('样本 001 应有审查发现');
  await open(page, summary.id);

  // Confirm the first finding with its button.
  const item = page.locator('li.finding').first();
  await item.click();
  const index = Number(await item.getAttribute('data-finding'));
  const finding = detail.findings[index]!;
  await item.locator('button.act-confirm').click();
  await expectText(item, '已确认');

  // The issue list, only the confirmed finding.
  const toolbar = page.getByRole('toolbar', { name: '导出' });
  await toolbar.getByLabel('导出范围').selectOption('confirmed');
  await toolbar.getByRole('button', { name: '导出问题清单' }).click();
  const list = await savedPath(page, '问题清单');
  if (!list.startsWith(bridge.saveDir) || !list.endsWith('-问题清单.xlsx'))
    fail(`问题清单应保存到测试指定的位置，实为 ${list}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(list) as never);
  const sheet = wb.getWorksheet('问题清单') ?? fail('问题清单中没有「问题清单」工作表');
  if (sheet.rowCount !== 2) fail(`只导出已确认的问题时应为 1 行，实为 ${sheet.rowCount - 1} 行`);
  const row = (sheet.getRow(2).values as unknown[]).map(String);
  if (!row.includes(finding.message)) fail('问题清单中没有已确认的问题');
  if (!row.includes('已确认')) fail('问题清单中应写明审核结论“已确认”');
  await screenshot('export-01-saved');

  // The annotated original: the submitted Word file with the findings as comments.
  await toolbar.getByRole('button', { name: '导出批注版原文' }).click();
  const annotated = await savedPath(page, '批注版原文');
  if (!annotated.endsWith('-批注版.docx')) fail(`批注版应为 Word 文件，实为 ${annotated}`);
  const comments = await wordText(annotated, 'word/comments.xml');
  if (!comments.includes(finding.message.slice(0, 12))) fail('批注版的批注中没有已确认的问题');
  const body = await wordText(annotated, 'word/document.xml');
  if (!body.includes(summary.agency!)) fail('批注版应保留原文');

  // The letter: its conclusion is the status (退回修改), saved from the preview.
  await page.locator('.report-head').getByRole('button', { name: '退回修改' }).click();
  const returning = page.getByRole('dialog', { name: '退回修改' });
  await returning.locator('button[type=submit]').click();
  await returning.waitFor({ state: 'detached' });
  await toolbar.getByRole('button', { name: '生成审核意见书' }).click();
  await page.getByRole('dialog', { name: '审核意见书预览' }).locator('button[type=submit]').click();
  const letter = await savedPath(page, '审核意见书');
  const text = await wordText(letter, 'word/document.xml');
  if (!text.includes('退回修改') || !text.includes(finding.message.slice(0, 12)))
    fail('审核意见书应写明结论“退回修改”和已确认的问题');

  // The batch: every report's findings in one list.
  await page.getByRole('button', { name: '返回批次' }).click();
  const batch = page.getByRole('toolbar', { name: '批量导出' });
  await batch.getByLabel('问题清单格式').selectOption('csv');
  await batch.getByRole('button', { name: '导出全部问题清单' }).click();
  const all = await savedPath(page, '全部问题清单');
  const csv = readFileSync(all, 'utf8');
  for (const r of await bridge.service.listReports())
    if (!csv.includes(r.fileName)) fail(`全部问题清单中没有「${r.fileName}」`);
  if (!csv.includes(finding.message)) fail('全部问题清单中没有已确认的问题');
  await screenshot('export-02-batch');
});

test('取消保存不写文件；原文件被移走后仍按导入时保存的原件生成批注版', async ({ page, bridge }) => {
  const word = copy('002_73996fd1531b3677.docx');
  await importFiles(page, bridge, [word]);
  const id = (await bridge.service.listReports())[0]!.id;
  await open(page, id);
  const toolbar = page.getByRole('toolbar', { name: '导出' });

  bridge.cancelNextSave();
  await page.locator('.report-head').getByRole('button', { name: '审核通过' }).click();
  const approving = page.getByRole('dialog', { name: '审核通过' });
  await approving.locator('button[type=submit]').click();
  await approving.waitFor({ state: 'detached' });
  await toolbar.getByRole('button', { name: '生成审核意见书' }).click();
  await page.getByRole('dialog', { name: '审核意见书预览' }).locator('button[type=submit]').click();
  await expectText(page.locator('.export-feedback'), '已取消导出审核意见书');
  const asked = bridge.saveRequests.at(-1) ?? fail('应弹出保存对话框');
  if (existsSync(join(bridge.saveDir, asked))) fail('取消保存后不应写出文件');

  // The reviewer's copy was kept at import: moving the submitted file away changes nothing.
  rmSync(word);
  await toolbar.getByRole('button', { name: '导出批注版原文' }).click();
  const annotated = await savedPath(page, '批注版原文');
  if (!existsSync(annotated)) fail('应按导入时保存的原件写出批注版');
});
