// A report with 100+ findings (every figure of 表三 written with its unit): with its groups
// opened, j walks every finding in the order of the list and k walks back; each step marks the
// finding in the 文本 view and scrolls it into view there and in the list, and in 表格 its cell.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { IMPORT_WAIT_MS, expectCount, fail, reportReady } from './support/expect';
import { test } from './support/harness';

const crowdedFile = join(import.meta.dirname, '..', 'fixtures', 'many', 'units-in-cells.txt');

interface Step {
  index: number;
  /** Where the finding should show: the 文本 view's marks, or the 表格 view's cells. */
  doc: 'source' | 'tables';
}

/* global document -- run in the page */
/**
 * In the page: what is wrong with the view for this step, or '' when the finding is the one
 * active in the list, in view there, and (where the document shows it) marked active and in view.
 */
// No named functions inside: the spec is compiled with name helpers the page does not have.
const problemAt = ({ index, doc }: Step): string => {
  const active = [...document.querySelectorAll('.panel li.finding.active')];
  if (active.length !== 1) return `列表中应有一个当前问题，实有 ${active.length} 个`;
  const got = active[0]!.getAttribute('data-finding');
  if (got !== String(index)) return `当前问题应为 ${index}，实为 ${got}`;
  const marks = [
    ...document.querySelectorAll(
      doc === 'source' ? `.source mark[data-k~="f${index}"]` : `.tables td[data-f~="f${index}"]`,
    ),
  ];
  if (marks.length === 0 && doc === 'source') return `原文中没有问题 ${index} 的标记`;
  const shown = marks.filter((m) => m.classList.contains('active'));
  if (marks.length > 0 && shown.length === 0) return `问题 ${index} 的标记未标为当前`;
  const others = document.querySelectorAll(
    doc === 'source' ? '.source mark.active' : '.tables td.active',
  );
  for (const m of others)
    if (!marks.includes(m)) return `别的标记也标为当前：${m.outerHTML.slice(0, 80)}`;
  // In view: inside every scrolling ancestor and the window.
  for (const el of [active[0]!, ...shown.slice(0, 1)]) {
    const r = el.getBoundingClientRect();
    let inside = r.height > 0 && r.top < window.innerHeight && r.bottom > 0;
    for (let p = el.parentElement; p && inside; p = p.parentElement) {
      if (!/(auto|scroll)/.test(getComputedStyle(p).overflowY)) continue;
      const b = p.getBoundingClientRect();
      if (r.bottom <= b.top || r.top >= b.bottom) inside = false;
    }
    if (!inside) return `问题 ${index} ${el === active[0] ? '在列表中' : '的标记'}不在可见区域`;
  }
  return '';
};

/** Presses `key` and waits until the view shows `step`, else fails with what it shows. */
const pressAndExpect = async (page: Page, key: string, step: Step) => {
  await page.keyboard.press(key);
  try {
    // Waits for a truthy value: true when problemAt finds nothing wrong.
    await page.waitForFunction(`(${problemAt.toString()})(${JSON.stringify(step)}) === ''`, null, {
      timeout: 5000,
      polling: 'raf',
    });
  } catch (error) {
    fail(`按 ${key} 后：${(await page.evaluate(problemAt, step)) || String(error)}`);
  }
};

test('100+ 个问题：展开各组后 j/k 按列表顺序走遍每个问题，原文中标出并滚动到该处', async ({
  page,
  bridge,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([crowdedFile]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`未能导入：${summary?.error?.message}`);
  const { findings } = await bridge.service.getReport(summary.id);
  if (findings.length < 100) fail(`该报告应有 100 个以上问题，实为 ${findings.length} 个`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await reportReady(page);

  const closed = page.locator('.rule-group-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  await expectCount(page.locator('.panel li.finding'), findings.length);
  // The list's order, top to bottom, is the order j follows.
  const order = await page
    .locator('.panel li.finding')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-finding'))));
  if (new Set(order).size !== findings.length) fail('列表中的问题应各出现一次');

  for (const index of order) await pressAndExpect(page, 'j', { index, doc: 'source' });
  // At the end j stays on the last finding.
  await pressAndExpect(page, 'j', { index: order.at(-1)!, doc: 'source' });
  for (const index of order.slice(0, -1).reverse())
    await pressAndExpect(page, 'k', { index, doc: 'source' });

  // In 表格 the active finding's cell is marked and in view as j moves on.
  await page.getByRole('tab', { name: '表格', exact: true }).click();
  await page.locator('.tables td.value').first().waitFor();
  for (const index of order.slice(1, 40)) await pressAndExpect(page, 'j', { index, doc: 'tables' });
  const cells = await page.locator('.tables td.active').count();
  if (cells === 0) fail('表格中应标出当前问题所在的单元格');
});
