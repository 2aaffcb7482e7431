// For the UI measurements: a fresh browser context with the preload bridge and `initScript`
// installed, the app loaded, and `file` imported through its drop target. Returns the page, the
// bridge (the real review service behind it) and the imported report's summary.
export const importOne = async ({ browser, serverUrl, installBridge, initScript, file }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const bridge = await installBridge(page);
  await page.addInitScript(initScript);
  await page.goto(serverUrl);
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([file]);
  await page.locator('.drop-target button.primary').click();
  await page.locator('.batch-table tbody tr').first().waitFor();
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) throw new Error(`${file}: ${summary?.error?.message}`);
  return { context, page, bridge, summary };
};
