// The report view: clicking a finding highlights it in the text and in the form's tables,
// keyboard review with j/k/c/d, a comment on a selected passage, a corrected misread cell.
import type { Page } from 'playwright-core';
import type { ReviewFinding } from '../../src/shared/ipc/review';
import { describeCell } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import type { Bridge } from './support/bridge';
import {
  IMPORT_WAIT_MS,
  eventually,
  expectClass,
  expectCount,
  expectInView,
  expectText,
  fail,
  reportReady,
} from './support/expect';
import { misread, samples } from './support/fixtures';
import { test } from './support/harness';

const importFiles = async (page: Page, bridge: Bridge, files: string[]) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext(files);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), files.length, IMPORT_WAIT_MS);
};

/** The imported report that has a finding with both a place in the text and cells. */
const reportWithCellFinding = async (bridge: Bridge) => {
  for (const s of await bridge.service.listReports()) {
    if (s.error) continue;
    const detail = await bridge.service.getReport(s.id);
    const index = detail.findings.findIndex((f) => f.spans.length > 0 && f.cells.length > 0);
    if (index >= 0) return { detail, index };
  }
  return fail('样本中没有既有原文位置又涉及单元格的问题，无法测试联动高亮');
};

/** The text of the finding's spans (one finding may mark several places), as report.text has it. */
const quotedText = (raw: string, f: ReviewFinding): string => {
  const { text } = parseReport(raw).report;
  return [...f.spans]
    .sort((a, b) => a[0] - b[0])
    .map(([s, e]) => text.slice(s, Math.max(e, s + 1)))
    .join('');
};

const open = async (page: Page, id: string) => {
  await page.locator(`tr[data-report-id="${id}"]`).click();
  await reportReady(page);
};

test('点击问题：原文和表格中都高亮并滚动到该处', async ({ page, bridge, screenshot }) => {
  await importFiles(page, bridge, samples);
  const { detail, index } = await reportWithCellFinding(bridge);
  await open(page, detail.summary.id);
  const finding = detail.findings[index]!;
  await expectCount(page.locator('li.finding'), detail.findings.length);

  await page.locator(`li.finding[data-finding="${index}"]`).click();
  await expectClass(page.locator(`li.finding[data-finding="${index}"]`), 'active');
  const mark = page.locator(`.source mark[data-k~="f${index}"]`);
  await expectClass(mark, 'active');
  await expectClass(mark, 'flash');
  await expectInView(mark);
  const shown = (await mark.allInnerTexts()).join('');
  if (shown.replace(/\s+/g, '') !== quotedText(detail.raw, finding).replace(/\s+/g, ''))
    fail(`高亮的原文应为该问题所指的文字，实为「${shown}」`);
  await screenshot('03-report-source');

  await page.getByRole('tab', { name: '表格', exact: true }).click();
  // The cell the finding points at is the active one (the rest of its relation only tinted).
  const cell = page.locator(`td[data-f~="f${index}"].active`).first();
  await expectInView(cell);
  await cell.hover();
  const tip = page.getByRole('tooltip');
  await expectText(tip, describeCell((await cell.getAttribute('data-cell'))!));
  await expectText(tip, finding.message.slice(0, 12));
  await expectCount(page.locator('table[data-table="requests"] tbody tr'), 25);
  await screenshot('04-report-tables');
});

test('键盘审核：j/k 切换，c 确认，d 排除须写理由', async ({ page, bridge }) => {
  await importFiles(page, bridge, samples);
  const { detail } = await reportWithCellFinding(bridge);
  if (detail.findings.length < 2) fail('需要至少两个问题');
  await open(page, detail.summary.id);
  const items = page.locator('li.finding');
  const order = await items.evaluateAll((els) =>
    els.map((el) => Number(el.getAttribute('data-finding'))),
  );

  await page.keyboard.press('j');
  await expectClass(page.locator(`li.finding[data-finding="${order[0]}"]`), 'active');
  await page.keyboard.press('j');
  await expectClass(page.locator(`li.finding[data-finding="${order[1]}"]`), 'active');
  await page.keyboard.press('k');
  await expectClass(page.locator(`li.finding[data-finding="${order[0]}"]`), 'active');

  await page.keyboard.press('c');
  const first = detail.findings[order[0]!]!;
  await eventually(async () => {
    const d = (await bridge.service.getReport(detail.summary.id)).findings.find(
      (f) => f.fingerprint === first.fingerprint,
    );
    if (d?.decision?.decision !== 'confirmed') fail('按 c 后该问题应为“已确认”');
  });
  await expectText(page.locator(`li.finding[data-finding="${order[0]}"]`), '已确认');
  await expectText(page.locator('.report-head .badge'), '审核中');

  // After c the next open finding is active; d asks for a reason before dismissing it.
  await expectClass(page.locator(`li.finding[data-finding="${order[1]}"]`), 'active');
  await page.keyboard.press('d');
  const dialog = page.getByRole('dialog', { name: '排除该问题' });
  await dialog.waitFor();
  if (!(await dialog.locator('button[type=submit]').isDisabled())) fail('未填理由时不应能排除');
  await dialog.locator('textarea').fill('文中所述为法律咨询，不是政府信息公开申请。');
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
  const second: ReviewFinding = detail.findings[order[1]!]!;
  await eventually(async () => {
    const d = (await bridge.service.getReport(detail.summary.id)).findings.find(
      (f) => f.fingerprint === second.fingerprint,
    );
    if (d?.decision?.decision !== 'dismissed' || !d.decision.reason?.includes('法律咨询'))
      fail('按 d 并填写理由后该问题应为“已排除”');
  });
  await expectText(page.locator(`li.finding[data-finding="${order[1]}"]`), '已排除');
});

test('选中一段原文提出意见', async ({ page, bridge }) => {
  await importFiles(page, bridge, samples);
  const id = (await bridge.service.listReports()).find((r) => !r.error)!.id;
  await open(page, id);
  // Select ten characters inside the first long run of prose, as a mouse drag would.
  const quote = await page.evaluate(() => {
    const runs = [...document.querySelectorAll('.source [data-s]')];
    const run = runs.find((r) => (r.textContent ?? '').length >= 20)!;
    const node = run.firstChild!;
    const range = document.createRange();
    range.setStart(node, 4);
    range.setEnd(node, 14);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return range.toString();
  });
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: '对所选段落提出意见' });
  await expectText(dialog, quote);
  await dialog.locator('textarea').fill('请补充具体数据。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => {
    const comments = (await bridge.service.getReport(id)).comments;
    if (
      comments.length !== 1 ||
      comments[0]!.quote !== quote ||
      comments[0]!.text !== '请补充具体数据。'
    )
      fail(`意见应保存所选原文「${quote}」，实为 ${JSON.stringify(comments)}`);
  });
  await expectText(page.locator('.comments'), '请补充具体数据。');
  const marked = await page.locator('.source mark.hl-comment').allInnerTexts();
  if (marked.join('') !== quote)
    fail(`原文中应标出意见所指「${quote}」，实为「${marked.join('')}」`);
});

test('更正误读的单元格：依赖它的问题消失，更正记为审核人所改', async ({
  page,
  bridge,
  screenshot,
}) => {
  await importFiles(page, bridge, [misread.file]);
  const [summary] = await bridge.service.listReports();
  const before = await bridge.service.getReport(summary!.id);
  const dependent = before.findings.filter((f) => f.cells.includes(misread.path));
  if (dependent.length === 0) fail(`误读的 ${misread.path} 应引出问题`);
  await open(page, summary!.id);
  for (const f of dependent) await expectText(page.locator('.panel'), f.message.slice(0, 20));

  // Select the finding: in the form, the misread cell is the one marked.
  const index = before.findings.indexOf(dependent[0]!);
  await page.locator(`li.finding[data-finding="${index}"]`).click();
  await page.getByRole('tab', { name: '表格', exact: true }).click();
  await expectClass(page.locator(`td[data-cell="${misread.path}"]`), 'cell-error');
  await expectClass(page.locator(`td[data-cell="${misread.path}"]`), 'active');
  await expectInView(page.locator(`td[data-cell="${misread.path}"]`));
  await page.mouse.move(0, 0);
  await screenshot('05-misread-cell-in-table');
  await page.locator(`td[data-cell="${misread.path}"]`).click();
  const dialog = page.getByRole('dialog');
  await expectText(dialog, describeCell(misread.path));
  await dialog.locator('input[name=value]').fill(String(misread.right));
  // The renderer re-runs the shared parser and rules before saving.
  await expectText(dialog.locator('.preview'), '将消失的问题');
  await screenshot('06-correct-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });

  const cell = page.locator(`td[data-cell="${misread.path}"]`);
  await expectClass(cell, 'cell-corrected');
  await expectText(cell.locator('.cell-new'), String(misread.right));
  await expectText(cell.locator('.cell-old'), String(misread.printed));
  await eventually(async () => {
    const after = await bridge.service.getReport(summary!.id);
    const still = after.findings.filter((f) =>
      dependent.some((d) => d.fingerprint === f.fingerprint),
    );
    if (still.length > 0) fail(`更正后仍有问题：${still.map((f) => f.message).join('；')}`);
    const c = after.corrections.find((x) => x.path === misread.path);
    if (c?.value !== misread.right || c.reviewer !== '测试审核人' || c.original !== misread.printed)
      fail(`更正应记为审核人所改：${JSON.stringify(c)}`);
  });
  for (const f of dependent) {
    if ((await page.locator('.panel li.finding', { hasText: f.message.slice(0, 20) }).count()) > 0)
      fail(`界面上仍显示已更正的问题：${f.message}`);
  }
  await expectText(page.locator('.corrections'), describeCell(misread.path));
  await screenshot('07-after-correction');
});

test('点击原文中的标记选中问题；退回修改后批次列表显示“已退回”', async ({ page, bridge }) => {
  await importFiles(page, bridge, samples);
  const { detail, index } = await reportWithCellFinding(bridge);
  await open(page, detail.summary.id);
  await page.locator(`.source mark[data-k~="f${index}"]`).first().click();
  await expectClass(page.locator(`li.finding[data-finding="${index}"]`), 'active');

  await page.getByRole('button', { name: '退回修改' }).click();
  const dialog = page.getByRole('dialog', { name: '退回修改' });
  await dialog.locator('textarea').fill('请核对表三并重新报送。');
  await dialog.locator('button[type=submit]').click();
  await expectText(page.locator('.report-head .badge'), '已退回');
  const history = (await bridge.service.getReport(detail.summary.id)).history;
  if (history.at(-1)?.status !== 'returned' || history.at(-1)?.note !== '请核对表三并重新报送。')
    fail(`退回应记入审核历史：${JSON.stringify(history)}`);

  await page.getByRole('button', { name: '返回批次' }).click();
  await expectText(page.locator(`tr[data-report-id="${detail.summary.id}"]`), '已退回');
  await page.getByRole('combobox', { name: '状态' }).selectOption('returned');
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
});
