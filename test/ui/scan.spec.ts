// The 原文 of a scanned report (an image file, or a scan saved as OFD): the page picture drawn on
// a canvas from the bytes the source IPC carries, the finding the reviewer clicks boxed where
// the OCR read its row.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { scanOfd } from '../ocr/support/scan-ofd';
import {
  IMPORT_WAIT_MS,
  expectClass,
  expectCount,
  expectInView,
  fail,
  reportReady,
} from './support/expect';
import { test } from './support/harness';

const scanFile = join(import.meta.dirname, '..', 'fixtures', 'ocr', 'table-150dpi.jpg');

/**
 * The share of dark pixels on the whole picture and under the finding's mark (read from the
 * canvas's pixels), and whether the mark lies on the picture.
 */
const inkUnderMark = (
  canvas: Locator,
  key: string,
): Promise<{ page: number; mark: number; inside: boolean }> =>
  canvas.evaluate((el: HTMLCanvasElement, k) => {
    const page = el.getBoundingClientRect();
    const mark = el.parentElement!.querySelector(`.pdf-box[data-k~="${k}"]`)!;
    const m = mark.getBoundingClientRect();
    const sx = el.width / page.width;
    const sy = el.height / page.height;
    const ctx = el.getContext('2d')!;
    // No named helpers in here: the page would not know the bundler's __name.
    const [whole, under] = [
      [0, 0, el.width, el.height],
      [(m.left - page.left) * sx, (m.top - page.top) * sy, m.width * sx, m.height * sy],
    ].map(([x, y, w, h]) => {
      const d = ctx.getImageData(
        Math.round(x!),
        Math.round(y!),
        Math.max(1, Math.round(w!)),
        Math.max(1, Math.round(h!)),
      ).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 170) n++;
      return n / (d.length / 4);
    });
    return {
      page: whole!,
      mark: under!,
      inside: m.left >= page.left - 4 && m.right <= page.right + 4 && m.bottom <= page.bottom + 4,
    };
  }, key);

/** A scan saved as OFD: the same picture as the only thing on an A4 page. */
const scanOfdFile = async (): Promise<string> => {
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ui-ofdscan-')), '扫描件.ofd');
  writeFileSync(file, await scanOfd(new Uint8Array(readFileSync(scanFile))));
  return file;
};

const cases = [
  {
    name: '原文（扫描图片）：显示扫描页面，点击识别不确定的问题后框出所在行',
    file: async () => scanFile,
    view: '.image-view',
    canvas: '.image-page[data-page="1"] canvas[data-drawn]',
    shot: 'scan-original',
  },
  {
    // An image-only OFD: its page's picture drawn (not a placeholder), the marks at the OCR's
    // boxes in millimetres.
    name: '原文（扫描 OFD）：绘出页面上的扫描图片，点击识别不确定的问题后框出所在行',
    file: scanOfdFile,
    view: '.ofd-view',
    canvas: '.ofd-page[data-page="1"] canvas.ofd-picture[data-drawn]',
    shot: 'ofd-scan-original',
  },
];

for (const c of cases)
  test(c.name, async ({ page, bridge, screenshot }) => {
    await page.locator('.drop-target').waitFor();
    bridge.chooseNext([await c.file()]);
    await page.locator('.drop-target button.primary').click();
    await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
    const [summary] = await bridge.service.listReports();
    if (!summary || summary.error) return fail(`扫描件未能导入：${summary?.error?.message}`);
    await page.locator(`tr[data-report-id="${summary.id}"]`).click();
    await reportReady(page);
    await page.getByRole('tab', { name: '原文', exact: true }).click();
    const detail = await bridge.service.getReport(summary.id);
    const index = detail.findings.findIndex((f) => f.ruleId === 'table.ocr-uncertain');
    if (index < 0) return fail('扫描件应有识别不确定的单元格');

    const canvas = page.locator(`${c.view} ${c.canvas}`);
    await canvas.waitFor();
    await page.locator(`li.finding[data-finding="${index}"]`).click();
    const box = page.locator(`${c.view} .pdf-box[data-k~="f${index}"]`).first();
    await expectClass(box, 'active');
    await expectInView(box);
    // The picture is drawn, and the box sits on ink of the scan (the row the OCR doubted).
    const seen = await inkUnderMark(canvas, `f${index}`);
    await screenshot(c.shot);
    if (seen.page < 0.005) fail(`扫描页面几乎是空白（深色像素占 ${seen.page}）`);
    if (!seen.inside) fail('标注框不在扫描页面内');
    if (seen.mark < 0.005) fail(`标注框下应有字迹，深色像素只占 ${seen.mark}`);
  });

// A phone photo stored sideways with EXIF orientation 6: shown upright, as the OCR read it, and
// the marks sit on the text of the upright picture.
test('原文（带 EXIF 方向的手机照片）：图片按方向摆正显示，标注框落在字迹上', async ({
  page,
  bridge,
  screenshot,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([join(import.meta.dirname, '..', 'fixtures', 'ocr', 'photo-exif6.jpg')]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`照片未能导入：${summary?.error?.message}`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await reportReady(page);
  await page.getByRole('tab', { name: '原文', exact: true }).click();
  const canvas = page.locator('.image-view .image-page[data-page="1"] canvas[data-drawn]');
  await canvas.waitFor();
  // Stored 250×497: drawn upright it is wider than high, like the page box around it.
  const size = await canvas.evaluate((el: HTMLCanvasElement) => [el.width, el.height]);
  await screenshot('scan-exif-upright');
  if (!(size[0]! > size[1]!)) fail(`照片应摆正显示（宽大于高），实际画布 ${size.join('×')}`);
  const key = await page
    .locator('.image-view .pdf-box')
    .first()
    .getAttribute('data-k', { timeout: IMPORT_WAIT_MS });
  if (!key) return fail('照片上应有审查发现的标注框');
  const seen = await inkUnderMark(canvas, key.split(' ')[0]!);
  if (!seen.inside) fail('标注框不在照片内');
  if (seen.mark < 0.02) fail(`标注框下应有字迹，深色像素只占 ${seen.mark}`);
});
