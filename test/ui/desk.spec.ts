// The report view as a reviewer works it: a rule's many findings as one group decided at once,
// Ctrl+Z / Ctrl+Shift+Z, comments edited and deleted, a comment on a passage selected in 原文.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ReviewFinding } from '../../src/shared/ipc/review';
import type { Bridge } from './support/bridge';
import {
  IMPORT_WAIT_MS,
  eventually,
  expectClass,
  expectCount,
  expectText,
  fail,
  reportReady,
} from './support/expect';
import { crowded, misread, samples } from './support/fixtures';
import { test } from './support/harness';

const docxFile = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'samples',
  '003_bd471127bf420aa0.docx',
);

const importAndOpen = async (page: Page, bridge: Bridge, file: string) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([file]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`未能导入：${summary?.error?.message}`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await reportReady(page);
  return summary.id;
};

/** The decisions of a rule's findings as stored by main ('pending' when none). */
const decisionsOf = async (bridge: Bridge, id: string, ruleId: string) =>
  (await bridge.service.getReport(id)).findings
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.decision?.decision ?? 'pending');

const expectAll = (bridge: Bridge, id: string, ruleId: string, want: string, what: string) =>
  eventually(async () => {
    const got = await decisionsOf(bridge, id, ruleId);
    if (got.some((d) => d !== want))
      fail(`${what}：该组 ${got.length} 个问题应都为 ${want}，实为 ${got}`);
  });

/** The rules with the most findings in the report, most first. */
const biggestRules = (findings: readonly ReviewFinding[]): Array<[string, number]> => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};

/** Selects characters [from, to) of the first text node with enough text under `root`. */
const selectIn = (page: Page, root: string, from: number, to: number) =>
  page.evaluate(
    ({ root, from, to }) => {
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()))
        if ((node.textContent ?? '').trim().length >= to + 2) break;
      if (!node) return null;
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return range.toString();
    },
    { root, from, to },
  );

test('审核台：同一规则的问题成组，一次确认整组，Ctrl+Z 撤销、Ctrl+Shift+Z 重做', async ({
  page,
  bridge,
  screenshot,
}) => {
  const id = await importAndOpen(page, bridge, crowded.file);
  const detail = await bridge.service.getReport(id);
  const [[ruleId, n]] = biggestRules(detail.findings) as [[string, number]];
  if (n < 20) fail(`该报告应有一条规则出现数十次，最多的 ${ruleId} 只有 ${n} 个`);
  const group = page.locator(`.rule-group[data-rule="${ruleId}"]`);
  await expectText(group, `×${n}`);
  // Collapsed: one line, not n items; the rule id is only in the tooltip.
  await expectCount(group.locator('li.finding'), 0);
  if (/[a-z]+\.[a-z-]+/.test(await page.locator('.panel').innerText()))
    fail('审查发现中不应出现英文规则编号');
  await screenshot('bulk-collapsed');

  await group.locator('.rule-group-head').click();
  await expectClass(group, 'active');
  await page.keyboard.press('Shift+C');
  await expectAll(bridge, id, ruleId, 'confirmed', '按 Shift+C 后');
  await expectText(group, `已确认 ${n}`);
  await screenshot('bulk-confirmed');

  await page.keyboard.press('Control+z');
  await expectAll(bridge, id, ruleId, 'pending', '按 Ctrl+Z 后');
  await expectText(page.locator('.toasts'), '已撤销');
  await page.keyboard.press('Control+Shift+Z');
  await expectAll(bridge, id, ruleId, 'confirmed', '按 Ctrl+Shift+Z 后');
  await page.keyboard.press('Control+z');
  await expectAll(bridge, id, ruleId, 'pending', '再按 Ctrl+Z 后');
  await page.keyboard.press('Control+y');
  await expectAll(bridge, id, ruleId, 'confirmed', '按 Ctrl+Y 后');
  await page.keyboard.press('Control+z');
  await expectAll(bridge, id, ruleId, 'pending', '第三次按 Ctrl+Z 后');
});

test('审核台：展开一组逐个审核，再以同一理由排除其余', async ({ page, bridge, screenshot }) => {
  const id = await importAndOpen(page, bridge, crowded.file);
  const detail = await bridge.service.getReport(id);
  const [[ruleId, n]] = biggestRules(detail.findings) as [[string, number]];
  const group = page.locator(`.rule-group[data-rule="${ruleId}"]`);
  await group.locator('.rule-group-head').click();
  await page.keyboard.press('e');
  await expectCount(group.locator('li.finding'), n);

  // One finding of the group decided on its own: c confirms only it.
  const second = group.locator('li.finding').nth(1);
  await second.click();
  await expectClass(second, 'active');
  await page.keyboard.press('c');
  await eventually(async () => {
    const got = await decisionsOf(bridge, id, ruleId);
    if (got.filter((d) => d === 'confirmed').length !== 1) fail(`应只确认一个，实为 ${got}`);
  });

  await expectText(group.locator('.rule-group-state'), '已确认 1');
  await page.keyboard.press('Shift+D');
  const dialog = page.getByRole('dialog', { name: '排除这一组问题' });
  await expectText(dialog, `×${n - 1}`);
  await dialog.locator('textarea').fill('表格按单位习惯填写了“件”字，数值无误。');
  await screenshot('bulk-dismiss-dialog');
  await page.keyboard.press('Control+Enter');
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => {
    const found = (await bridge.service.getReport(id)).findings.filter((f) => f.ruleId === ruleId);
    const dismissed = found.filter(
      (f) => f.decision?.decision === 'dismissed' && f.decision.reason?.includes('“件”字'),
    );
    const confirmed = found.filter((f) => f.decision?.decision === 'confirmed');
    if (dismissed.length !== n - 1 || confirmed.length !== 1)
      fail(
        `应排除 ${n - 1} 个（同一理由）并保留 1 个已确认，实为 ${dismissed.length} / ${confirmed.length}`,
      );
  });
  await expectText(group, `已排除 ${n - 1}`);
  await screenshot('bulk-dismissed');
});

test('审核台：修改、删除意见，Ctrl+Z 逐步找回', async ({ page, bridge, screenshot }) => {
  const id = await importAndOpen(page, bridge, samples[1]!);
  const quote = await selectIn(page, '.source', 2, 12);
  if (!quote) fail('文本中没有足够长的段落');
  await page.keyboard.press('n');
  const add = page.getByRole('dialog', { name: '对所选段落提出意见' });
  await add.locator('textarea').fill('请补充具体数据。');
  await add.getByRole('button', { name: '保存' }).click();
  await add.waitFor({ state: 'detached' });
  const item = page.locator('li.comment');
  await expectText(item, '请补充具体数据。');

  await item.getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('dialog', { name: '修改审核意见' });
  await expectText(edit, quote!);
  if ((await edit.locator('textarea').inputValue()) !== '请补充具体数据。')
    fail('修改意见时应带出原来的内容');
  await edit.locator('textarea').fill('请补充 2023 年的具体数据。');
  await edit.getByRole('button', { name: '保存' }).click();
  await edit.waitFor({ state: 'detached' });
  const texts = async () => (await bridge.service.getReport(id)).comments.map((c) => c.text);
  const expectTexts = (want: string[], what: string) =>
    eventually(async () => {
      const got = await texts();
      if (JSON.stringify(got) !== JSON.stringify(want))
        fail(`${what}：意见应为 ${want}，实为 ${got}`);
    });
  await expectTexts(['请补充 2023 年的具体数据。'], '修改后');
  await expectText(item, '请补充 2023 年的具体数据。');
  await screenshot('small-comment-edited');

  await item.getByRole('button', { name: '删除' }).click();
  await expectTexts([], '删除后');
  await expectCount(page.locator('li.comment'), 0);
  await expectCount(page.locator('.source mark.hl-comment'), 0);

  await page.keyboard.press('Control+z');
  await expectTexts(['请补充 2023 年的具体数据。'], '撤销删除后');
  await expectText(page.locator('li.comment'), '请补充 2023 年的具体数据。');
  await page.keyboard.press('Control+z');
  await expectTexts(['请补充具体数据。'], '撤销修改后');
  await page.keyboard.press('Control+z');
  await expectTexts([], '撤销添加后');
  await page.keyboard.press('Control+Shift+Z');
  await expectTexts(['请补充具体数据。'], '重做添加后');
  await expectText(page.locator('li.comment'), '请补充具体数据。');
});

test('审核台：在原文（Word）中选中一段提意见，引用所选文字而不是当前问题', async ({
  page,
  bridge,
  screenshot,
}) => {
  const id = await importAndOpen(page, bridge, docxFile);
  const detail = await bridge.service.getReport(id);
  const active = detail.findings.findIndex((f) => f.spans.length > 0);
  if (active < 0) fail('样本没有引用原文的问题');
  await page.locator(`li.finding[data-finding="${active}"]`).click();
  await page.getByRole('tab', { name: '原文', exact: true }).click();
  await page.locator('.word-view').waitFor();
  const quote = await selectIn(page, '.word-view', 3, 15);
  if (!quote) fail('原文中没有足够长的段落');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: '对所选段落提出意见' });
  await expectText(dialog, quote!.trim());
  await screenshot('small-comment-on-original');
  await dialog.locator('textarea').fill('此处表述需与表格一致。');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => {
    const [c] = (await bridge.service.getReport(id)).comments;
    const strip = (s: string) => s.replace(/\s+/g, '');
    if (!c || strip(c.quote) !== strip(quote!))
      fail(`意见应引用所选「${quote}」，实为「${c?.quote}」`);
  });
});

test('审核台：更正单元格后 Ctrl+Z 撤回更正，Ctrl+Y 再次更正', async ({ page, bridge }) => {
  const id = await importAndOpen(page, bridge, misread.file);
  await page.getByRole('tab', { name: '表格', exact: true }).click();
  await page.locator(`td[data-cell="${misread.path}"]`).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name=value]').fill(String(misread.right));
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  const value = async () =>
    (await bridge.service.getReport(id)).corrections.find((c) => c.path === misread.path)?.value;
  const expectValue = (want: number | undefined, what: string) =>
    eventually(async () => {
      const got = await value();
      if (got !== want) fail(`${what}：更正值应为 ${want}，实为 ${got}`);
    });
  await expectValue(misread.right, '更正后');
  await page.keyboard.press('Control+z');
  await expectValue(undefined, '撤销后');
  await expectCount(page.locator('li.correction'), 0);
  await page.keyboard.press('Control+y');
  await expectValue(misread.right, '重做后');
  await expectCount(page.locator('li.correction'), 1);
});
