// Printing the register (审核情况汇总表) from the roll-up: its own print view (title, one row per
// report, nothing of the app around it) is in the page while main prints the window.
import { expectCount, fail } from './support/expect';
import { test } from './support/harness';
import { broken, county, rollupFiles } from './support/rollup-fixtures';

test('打印审核情况汇总表：打印视图只有标题与各单位的审核情况', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext(rollupFiles);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), rollupFiles.length, 40_000);
  await page.locator('button.rollup-open').click();
  await page.locator('[data-testid="rollup-note"]').waitFor();

  let printed = '';
  let rows = 0;
  bridge.onPrint(async () => {
    await page.emulateMedia({ media: 'print' });
    printed = await page.locator('.print-view').innerText();
    rows = await page.locator('.print-view tbody tr').count();
    if (await page.locator('[data-testid="rollup"]').isVisible())
      fail('打印审核情况汇总表时不应显示汇总界面');
    await screenshot('print-02-register');
    // The page the print view asks for (a named @page of the print stylesheet).
    const sheet = await page.locator('.print-view .register-print').evaluate((el) => {
      const name = getComputedStyle(el).getPropertyValue('page');
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const rule = rules.find((r) => r instanceof CSSPageRule && r.selectorText === name);
      return { name, size: (rule as CSSPageRule | undefined)?.style.getPropertyValue('size') };
    });
    if (sheet.name !== 'register' || sheet.size !== 'a4 landscape')
      fail(`打印页面应为 A4 landscape，实为 ${JSON.stringify(sheet)}`);
    await page.emulateMedia({ media: 'screen' });
  });
  await page.getByRole('button', { name: '打印审核情况汇总表' }).click();
  // Printed and gone: the page is back as it was.
  await expectCount(page.locator('.print-view'), 0);
  if (bridge.printFailures.length > 0) throw bridge.printFailures[0];
  if (bridge.prints !== 1) fail(`应请求打印一次，实为 ${bridge.prints}`);
  if (!/\d{4}年度政府信息公开工作年度报告审核情况汇总表/.test(printed))
    fail(`打印视图应有汇总表标题：${printed.slice(0, 120)}`);
  for (const agency of [...county.map((c) => c.agency), broken.agency])
    if (!printed.includes(agency)) fail(`打印的汇总表中没有「${agency}」`);
  const register = await page.locator('[data-testid="register"] tbody tr').count();
  if (rows !== register) fail(`打印的汇总表应有 ${register} 行，实为 ${rows}`);
  await page.locator('[data-testid="rollup"]').waitFor();
});
