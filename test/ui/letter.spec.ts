// The 审核意见书 as the reviewer makes it: the office's settings, the preview (whose conclusion
// follows the status: none while 审核中, 退回修改 after 退回, 通过 after 审核通过), printing the
// letter's print view, saving it (read back from the .docx) and 打开所在文件夹 — at 1440×900 and
// at a laptop's 1280×720.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import type { Bridge } from './support/bridge';
import {
  IMPORT_WAIT_MS,
  eventually,
  expectCount,
  expectText,
  fail,
  reportReady,
} from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-letter-'));

const importOne = async (page: Page, bridge: Bridge, name: string) => {
  const to = join(dir, `${Math.random().toString(36).slice(2, 8)}-${name}`);
  copyFileSync(join(samplesDir, name), to);
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([to]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const summary = (await bridge.service.listReports())[0]!;
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await reportReady(page);
  return summary;
};

const setStatus = async (page: Page, button: '退回修改' | '审核通过', note: string) => {
  await page.locator('.report-head').getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await dialog.locator('textarea').fill(note);
  await dialog.locator('button[type=submit]').click();
  await dialog.waitFor({ state: 'detached' });
};

const fillSettings = async (page: Page) => {
  await page
    .getByRole('toolbar', { name: '导出' })
    .getByRole('button', { name: '意见书设置' })
    .click();
  const dialog = page.getByRole('dialog', { name: '意见书设置' });
  await dialog.locator('input[name=issuer]').fill('某县人民政府办公室');
  // A 文号 without its 序号 is refused, in Chinese, before anything is saved.
  await dialog.locator('input[name=numberPattern]').fill('某公开办审〔{年}〕号');
  await dialog.locator('button[type=submit]').click();
  await expectText(dialog.getByRole('alert'), '序号');
  await dialog.locator('input[name=numberPattern]').fill('某公开办审〔{年}〕{序号}号');
  // The 序号 says which year it counts in: the next letter's (the app's clock here is 2025).
  await expectText(
    dialog.locator('label', { has: page.locator('input[name=nextNumber]') }),
    '2025年的下一个序号',
  );
  await dialog.locator('input[name=nextNumber]').fill('5');
  await dialog.locator('textarea[name=signature]').fill('某县人民政府办公室\n（政务公开科）');
  return dialog;
};

const docxLines = async (file: string) =>
  (await mammoth.extractRawText({ path: file })).value.split('\n').filter((l) => l.trim() !== '');

test('意见书设置、预览（结论随审核状态）、打印、保存与打开所在文件夹', async ({
  page,
  bridge,
  screenshot,
}) => {
  const summary = await importOne(page, bridge, '001_f5110ba79a44df9c.docx');
  const settings = await fillSettings(page);
  await screenshot('letter-01-settings');
  await settings.locator('button[type=submit]').click();
  await settings.waitFor({ state: 'detached' });
  const stored = JSON.parse(readFileSync(bridge.letterSettingsFile, 'utf8'));
  if (stored.nextNumber !== 5 || stored.issuer !== '某县人民政府办公室')
    fail(`设置应保存到设置文件：${JSON.stringify(stored)}`);

  // 审核中: the preview shows, the conclusion is not made up, saving waits for a decision.
  const toolbar = page.getByRole('toolbar', { name: '导出' });
  await toolbar.getByRole('button', { name: '生成审核意见书' }).click();
  const preview = page.getByRole('dialog', { name: '审核意见书预览' });
  await expectText(preview.locator('.letter-notices'), '尚未标为「已退回」或「已通过」');
  await expectText(preview.locator('.letter-sheet'), '审核结论：（尚未作出）');
  if (await preview.locator('button[type=submit]').isEnabled())
    fail('未作出审核结论时不应能保存意见书');
  await screenshot('letter-02-undecided');
  await preview.getByRole('button', { name: '取消' }).click();

  await setStatus(page, '退回修改', '表三与正文数字多处不一致，请全面核对。');
  await toolbar.getByRole('button', { name: '生成审核意见书' }).click();
  const sheet = preview.locator('.letter-sheet');
  await expectText(sheet, '审核结论：退回修改');
  for (const text of [
    '某公开办审〔2025〕5号',
    `${summary.agency}：`,
    '表三与正文数字多处不一致，请全面核对。',
    '（政务公开科）',
  ])
    await expectText(sheet, text);
  const shown = await sheet.innerText();
  if (shown.includes(summary.fileName) || shown.includes('测试审核人'))
    fail('意见书不应写出报送文件名或审核人');
  // Unconfirmed findings are listed, marked, unless the reviewer leaves them out.
  if (!shown.includes('待核实')) fail('未确认的问题默认应以「待核实」列入');
  await preview.getByLabel('列出未确认的问题（标注「待核实」）').uncheck();
  await eventually(async () => {
    if ((await sheet.innerText()).includes('待核实')) fail('取消勾选后不应列出未确认的问题');
  });
  await expectText(preview.locator('.letter-notices'), '未确认的问题未列入意见书');
  await preview.getByLabel('列出未确认的问题（标注「待核实」）').check();
  await expectText(sheet, '待核实');
  await screenshot('letter-03-preview');

  // Printing: the print view holds the letter alone, and main is asked to print.
  let printed = '';
  bridge.onPrint(async () => {
    await page.emulateMedia({ media: 'print' });
    printed = await page.locator('.print-view').innerText();
    const visible = await page.locator('.review-body').isVisible();
    if (visible) fail('打印时不应显示审核界面');
    await screenshot('print-01-letter');
    // The page the print view asks for (a named @page of the print stylesheet).
    const sheet = await page.locator('.print-view .letter-sheet').evaluate((el) => {
      const name = getComputedStyle(el).getPropertyValue('page');
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const rule = rules.find((r) => r instanceof CSSPageRule && r.selectorText === name);
      return { name, size: (rule as CSSPageRule | undefined)?.style.getPropertyValue('size') };
    });
    if (sheet.name !== 'letter' || sheet.size !== 'a4')
      fail(`打印页面应为 A4，实为 ${JSON.stringify(sheet)}`);
    await page.emulateMedia({ media: 'screen' });
  });
  await preview.getByRole('button', { name: '打印' }).click();
  // Printed and gone: the page is back as it was.
  await expectCount(page.locator('.print-view'), 0);
  if (bridge.printFailures.length > 0) throw bridge.printFailures[0];
  if (bridge.prints !== 1) fail(`应请求打印一次，实为 ${bridge.prints}`);
  if (!printed.includes('审核结论：退回修改') || !printed.includes('某公开办审〔2025〕5号'))
    fail(`打印视图应为意见书：${printed.slice(0, 200)}`);

  await preview.locator('button[type=submit]').click();
  const line = page.locator('.export-feedback.saved');
  await expectText(line, '审核意见书已保存到');
  const path = (await line.locator('.export-path').innerText()).trim();
  if (!path.endsWith(`${summary.agency}${summary.year}年度审核意见书.docx`))
    fail(`意见书应命名为 单位+年度+审核意见书，实为 ${path}`);
  const lines = await docxLines(path);
  for (const text of [
    '某公开办审〔2025〕5号',
    `${summary.agency}：`,
    '表三与正文数字多处不一致，请全面核对。',
    '审核结论：退回修改。请按上述意见修改后重新报送。',
  ])
    if (!lines.includes(text)) fail(`意见书中没有「${text}」`);
  await line.getByRole('button', { name: '打开所在文件夹' }).click();
  await eventually(() => {
    if (bridge.shownInFolder.at(-1) !== path) fail('应请求在文件夹中显示刚保存的意见书');
  });
  await screenshot('small-01-saved-show-in-folder');

  // 重新审核 → 审核通过: the next letter says 通过 and carries the next 文号.
  await page.locator('.report-head').getByRole('button', { name: '重新审核' }).click();
  await setStatus(page, '审核通过', '');
  await toolbar.getByRole('button', { name: '生成审核意见书' }).click();
  await expectText(sheet, '审核结论：通过。');
  await expectText(sheet, '某公开办审〔2025〕6号');
  if ((await sheet.innerText()).includes('退回修改')) fail('审核通过后意见书不应出现“退回修改”');
  await screenshot('letter-04-approved');
});

test('1280×720：预览与保存按钮都在窗口内，设置从预览打开后回到预览', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await importOne(page, bridge, '002_73996fd1531b3677.docx');
  await setStatus(page, '退回修改', '请修改。');
  // Below 800 px the export toolbar is folded into 「导出 ▾」, opening over the page.
  await page.getByRole('button', { name: '导出 ▾' }).click();
  await page
    .getByRole('toolbar', { name: '导出' })
    .getByRole('button', { name: '生成审核意见书' })
    .click();
  const preview = page.getByRole('dialog', { name: '审核意见书预览' });
  await expectText(preview.locator('.letter-notices'), '尚未设置发文机关和落款');
  await preview.getByRole('button', { name: '意见书设置…' }).click();
  const settings = page.getByRole('dialog', { name: '意见书设置' });
  await settings.locator('input[name=issuer]').fill('某市政务公开办');
  await settings.locator('button[type=submit]').click();
  await expectText(preview.locator('.letter-sheet'), '某市政务公开办');
  const save = preview.locator('button[type=submit]');
  const box = (await save.boundingBox()) ?? fail('保存按钮不可见');
  if (box.y + box.height > 720) fail(`保存按钮超出窗口：${box.y + box.height}px`);
  await screenshot('letter-05-1280x720');
});
