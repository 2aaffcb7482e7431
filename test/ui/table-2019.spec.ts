// A report in the 2019 form: the review screen's 表格 shows its table 二 as that form has it (parts
// (一)(五)(六)(八)(九), 本年新制作数量 … 采购总金额), its cells as read, the cell a finding points at
// marked, and a cell corrected as any other — a 本年增/减 cell to a negative number or to "+3" too,
// while a "+" in a count is refused with its reason.
// 平潭综合实验区's 2020 report, rebuilt as Word (test/fixtures/real/008.recon.docx).
import { join } from 'node:path';
import { describeCell } from '../../src/shared/model/form';
import {
  IMPORT_WAIT_MS,
  eventually,
  expectClass,
  expectCount,
  expectText,
  fail,
  reportReady,
} from './support/expect';
import { test } from './support/harness';

const file = join(import.meta.dirname, '..', 'fixtures', 'real', '008.recon.docx');

test('2019 年格式的报告：表格页按 2019 年表二显示，标出问题单元格并可更正', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([file]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  await page.locator(`tr[data-report-id="${summary!.id}"]`).click();
  await reportReady(page);
  await page.getByRole('tab', { name: '表格', exact: true }).click();

  const table = page.locator('table[data-table="active"]');
  // Each header as often as the form has it: (五)(六)(八) share 上一年项目数量 and 本年增/减.
  const heads: Array<[string, number]> = [
    ['本年新制作数量', 1],
    ['对外公开总数量', 1],
    ['上一年项目数量', 3],
    ['本年增/减', 3],
    ['处理决定数量', 2],
    ['采购总金额', 1],
  ];
  for (const [head, n] of heads) await expectCount(table.locator('th', { hasText: head }), n);
  await expectCount(table.locator('th', { hasText: '本年制发件数' }), 0);
  await expectCount(table.locator('td.label', { hasText: '其他对外管理服务事项' }), 1);
  // The cells as read, none of them blank for want of a column.
  const cell = (path: string) => table.locator(`td[data-cell="${path}"]`);
  await expectText(cell('active/normativeDocs/publicTotal'), '166');
  await expectText(cell('active/licensing/lastYearItems'), '396');
  await expectText(cell('active/punishment/change'), '-18');
  await expectCount(table.locator('td.value .cell-blank'), 1);
  // 采购项目数量 holds the sum of money: the finding's cell is marked.
  await expectClass(cell('active/procurement/items'), 'cell-info');
  await screenshot('table-2019-01-form');

  // 行政处罚's 本年增/减 corrected to a negative number, as the 2019 form allows.
  const path = 'active/punishment/change';
  await cell(path).click();
  const dialog = page.getByRole('dialog');
  await expectText(dialog, describeCell(path));
  await dialog.locator('input[name=value]').fill('-20');
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectClass(cell(path), 'cell-corrected');
  await expectText(cell(path).locator('.cell-new'), '-20');
  await expectText(cell(path).locator('.cell-old'), '-18');
  await eventually(async () => {
    const after = await bridge.service.getReport(summary!.id);
    const c = after.corrections.find((x) => x.path === path);
    if (c?.value !== -20 || c.original !== -18) fail(`更正应已保存：${JSON.stringify(c)}`);
  });
  await screenshot('table-2019-02-corrected');

  // A "+" is taken in a signed cell (full-width too), and refused with the reason in any other.
  const plus = 'active/coercion/change';
  await cell(plus).click();
  await dialog.locator('input[name=value]').fill('＋3');
  await expectCount(dialog.getByRole('alert'), 0);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expectText(cell(plus).locator('.cell-new'), '3');
  const count = 'active/coercion/decisions';
  await cell(count).click();
  await dialog.locator('input[name=value]').fill('+3');
  await expectText(dialog.getByRole('alert'), `${describeCell(count, '2019')}不是增减数`);
  const save = dialog.getByRole('button', { name: '保存' });
  if (!(await save.isDisabled())) fail('带“+”号的件数不应能保存');
  await screenshot('table-2019-03-plus-refused');
  await dialog.locator('input[name=value]').fill('3');
  await expectCount(dialog.getByRole('alert'), 0);
  await save.click();
  await dialog.waitFor({ state: 'detached' });
  await eventually(async () => {
    const after = await bridge.service.getReport(summary!.id);
    const values = Object.fromEntries(after.corrections.map((c) => [c.path, c.value]));
    if (values[plus] !== 3 || values[count] !== 3) fail(`更正应已保存：${JSON.stringify(values)}`);
  });
});
