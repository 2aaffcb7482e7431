// The 原文 tab: a PDF's pages drawn with pdf.js and a Word document as HTML, the finding the
// reviewer clicks boxed (or its paragraph/cell marked) on the right page, scrolled to and flashed.
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { extractFile } from '../../src/main/extract';
import type { ReportDetail } from '../../src/shared/ipc/review';
import { parseReport } from '../../src/shared/parser';
import { toRawRange } from '../../src/shared/text/normalize';
import { segmentAt } from '../../src/shared/text/places';
import type { Bridge } from './support/bridge';
import { writeCjkPdf } from './support/cjk-pdf';
import { samples } from './support/fixtures';
import {
  IMPORT_WAIT_MS,
  expectClass,
  expectCount,
  expectInView,
  fail,
  reportReady,
} from './support/expect';
import { test } from './support/harness';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const pdfFile = join(samplesDir, '001_f5110ba79a44df9c.pdf');
const docxFile = join(samplesDir, '003_bd471127bf420aa0.docx');
const ofdFile = join(import.meta.dirname, '..', 'fixtures', 'ofd', 'nonzero-merged.lines.ofd');

const importAndOpen = async (page: Page, bridge: Bridge, file: string): Promise<ReportDetail> => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([file]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 1, IMPORT_WAIT_MS);
  const [summary] = await bridge.service.listReports();
  if (!summary || summary.error) return fail(`样本未能导入：${summary?.error?.message}`);
  await page.locator(`tr[data-report-id="${summary.id}"]`).click();
  await reportReady(page);
  await page.getByRole('tab', { name: '原文', exact: true }).click();
  return bridge.service.getReport(summary.id);
};

/** The page really is drawn: some of its pixels are ink, not white. */
const expectInk = async (page: Page, n: number) => {
  const canvas = page.locator(`.pdf-page[data-page="${n}"] canvas[data-rendered]`);
  const ink = await canvas.evaluate((el: HTMLCanvasElement) => {
    // Read through a 2d canvas: the page's own holds the drawn bitmap as it came (bitmaprenderer).
    const reader = document.createElement('canvas');
    reader.width = el.width;
    reader.height = el.height;
    const ctx = reader.getContext('2d')!;
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, el.width, el.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark / (data.length / 4);
  });
  if (ink < 0.002) fail(`第 ${n} 页几乎是空白（深色像素占 ${ink}）：pdf.js 未绘出文字`);
};

/** The last finding with a quoted span (later ones sit deeper in the document: scrolling shows). */
const lastWithSpan = (detail: ReportDetail): number => {
  const i = detail.findings.findLastIndex((f) => f.spans.length > 0);
  return i >= 0 ? i : fail('样本没有引用原文的问题，无法测试原文定位');
};

test('原文（PDF）：页面由 pdf.js 绘制，点击问题后框出所在位置', async ({
  page,
  bridge,
  screenshot,
}) => {
  const detail = await importAndOpen(page, bridge, pdfFile);
  const extracted = await extractFile(pdfFile);
  if (!extracted.ok) return fail(extracted.error.message);
  const index = lastWithSpan(detail);
  const [start, end] = detail.findings[index]!.spans[0]!;
  const [rawStart] = toRawRange(parseReport(detail.raw).norm, start, end);
  const loc = segmentAt(extracted.doc.segments, rawStart)?.loc;
  if (loc?.kind !== 'pdf') return fail('问题所在位置不在 PDF 页面上');

  await page.locator('.pdf-canvas[data-rendered]').first().waitFor();
  await page.locator(`li.finding[data-finding="${index}"]`).click();
  const box = page.locator(`.pdf-page[data-page="${loc.page}"] .pdf-box[data-k~="f${index}"]`);
  await expectClass(box, 'active');
  await expectClass(box, 'flash');
  await expectInView(box);
  const canvas = page.locator(`.pdf-page[data-page="${loc.page}"] canvas[data-rendered]`);
  await canvas.waitFor();
  const b = await box.first().boundingBox();
  const c = await canvas.boundingBox();
  if (!b || !c || b.width < 2 || b.height < 2) fail(`标注框为空：${JSON.stringify(b)}`);
  if (b!.x < c!.x - 4 || b!.y < c!.y - 4 || b!.x + b!.width > c!.x + c!.width + 4) {
    fail(`标注框 ${JSON.stringify(b)} 不在第 ${loc.page} 页 ${JSON.stringify(c)} 内`);
  }
  await expectInk(page, loc.page);
  await screenshot('original-pdf');
});

test('PDF 报告打开即显示原文（点击时即读取原文），文本一键可达；文本报告打开显示文本', async ({
  page,
  bridge,
}) => {
  await page.locator('.drop-target').waitFor();
  bridge.chooseNext([pdfFile, samples[0]!]);
  await page.locator('.drop-target button.primary').click();
  await expectCount(page.locator('.batch-table tbody tr'), 2, IMPORT_WAIT_MS);
  const reports = await bridge.service.listReports();
  const pdf = reports.find((r) => r.format === 'pdf');
  const txt = reports.find((r) => r.format === 'txt');
  if (!pdf || !txt) return fail(`应导入一份 PDF 和一份文本：${reports.map((r) => r.format)}`);

  const before = bridge.calls.length;
  await page.locator(`tr[data-report-id="${pdf.id}"]`).click();
  await reportReady(page);
  const original = page.getByRole('tab', { name: '原文', exact: true });
  if ((await original.getAttribute('aria-selected')) !== 'true') fail('PDF 报告应打开在「原文」');
  await page.locator('.pdf-canvas[data-rendered]').first().waitFor();
  // The original was asked for with the click, before the report itself.
  const calls = bridge.calls.slice(before);
  const source = calls.indexOf('report:source');
  if (source < 0 || source > calls.indexOf('report:get'))
    fail(`原文应在点击时与报告一起读取，实际调用顺序：${calls.join('，')}`);
  await page.getByRole('tab', { name: '文本', exact: true }).click();
  await page.locator('.doc-scroll:not(.original)').waitFor();
  if (await page.locator('.doc-scroll.original').isVisible()) fail('切换到「文本」后原文应隐藏');

  await page.locator('.report-head button.back').click();
  await page.locator(`tr[data-report-id="${txt.id}"]`).click();
  await reportReady(page);
  const text = page.getByRole('tab', { name: '文本', exact: true });
  if ((await text.getAttribute('aria-selected')) !== 'true') fail('文本报告应打开在「文本」');
});

test('原文（PDF，中文字体未嵌入）：CMap 取自程序自带的资源，离线也能显示', async ({
  page,
  bridge,
}) => {
  const cmaps: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.bcmap')) cmaps.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  const file = writeCjkPdf([
    '某某局2023年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度主动公开政府信息12条。',
  ]);
  await importAndOpen(page, bridge, file);
  await page.locator('.pdf-canvas[data-rendered]').first().waitFor();
  await expectInk(page, 1);
  if (!cmaps.some((c) => /^200 .*UniGB-UCS2-H[^/]*\.bcmap$/.test(c)))
    fail(`应从本地资源读取 UniGB-UCS2-H 的 CMap，实际请求：${cmaps.join('，') || '无'}`);
  // The findings on these lines (missing sections, numbers) are boxed on the page, inside it.
  const inside = await page.locator('.pdf-page[data-page="1"]').evaluate((p) => {
    const r = p.getBoundingClientRect();
    return [...p.querySelectorAll('.pdf-box')].map((b) => {
      const x = b.getBoundingClientRect();
      return x.width > 2 && x.left >= r.left - 4 && x.right <= r.right + 4 && x.top >= r.top - 4;
    });
  });
  if (inside.length < 3 || inside.includes(false))
    fail(`第 1 页应有 3 个以上在页内的标注框，实为 ${JSON.stringify(inside)}`);
});

test('原文（OFD）：页面由解析出的文字与线条绘制，点击问题后框出所在位置', async ({
  page,
  bridge,
  screenshot,
}) => {
  const detail = await importAndOpen(page, bridge, ofdFile);
  const extracted = await extractFile(ofdFile);
  if (!extracted.ok) return fail(extracted.error.message);
  const index = lastWithSpan(detail);
  const [start, end] = detail.findings[index]!.spans[0]!;
  const [rawStart] = toRawRange(parseReport(detail.raw).norm, start, end);
  const loc = segmentAt(extracted.doc.segments, rawStart)?.loc;
  if (loc?.kind !== 'ofd') return fail('问题所在位置不在 OFD 页面上');

  const pageBox = page.locator(`.ofd-page[data-page="${loc.page}"]`);
  await pageBox.locator('svg text').first().waitFor();
  await page.locator(`li.finding[data-finding="${index}"]`).click();
  const box = pageBox.locator(`.pdf-box[data-k~="f${index}"]`);
  await expectClass(box, 'active');
  await expectClass(box, 'flash');
  // The view scrolls to the finding's first mark (it may be a cell on an earlier page).
  await expectInView(page.locator(`.ofd-view .pdf-box[data-k~="f${index}"]`).first());
  // The page is drawn (its text and its table's rules), and the mark sits on drawn text.
  const drawn = await pageBox.evaluate((p, k) => {
    const mark = p.querySelector(`.pdf-box[data-k~="${k}"]`)!.getBoundingClientRect();
    const page = p.getBoundingClientRect();
    const texts = [...p.querySelectorAll('svg text')];
    const under = texts.filter((t) => {
      const r = t.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      return cx > mark.left && cx < mark.right && cy > mark.top && cy < mark.bottom;
    });
    return {
      texts: texts.length,
      rules: p.querySelectorAll('svg path').length,
      inside:
        mark.width > 2 &&
        mark.left >= page.left - 4 &&
        mark.right <= page.right + 4 &&
        mark.top >= page.top - 4 &&
        mark.bottom <= page.bottom + 4,
      under: under.map((t) => t.textContent).join(''),
    };
  }, `f${index}`);
  if (drawn.texts < 20) fail(`第 ${loc.page} 页只绘出 ${drawn.texts} 段文字`);
  if (!drawn.inside) fail(`标注框不在第 ${loc.page} 页内`);
  const quoted = extracted.doc.text.slice(rawStart, rawStart + 2);
  if (!drawn.under.includes(quoted)) fail(`标注框下应有「${quoted}」，实为「${drawn.under}」`);
  const ruled = await page.locator('.ofd-page svg path').count();
  if (ruled < 20) fail(`表格的线条应绘出，实有 ${ruled} 条路径`);
  await screenshot('ofd-original');
});

test('原文（Word）：显示为网页，点击问题后标出所在段落或单元格', async ({
  page,
  bridge,
  screenshot,
}) => {
  const detail = await importAndOpen(page, bridge, docxFile);
  await page.locator('.word-view table').first().waitFor();
  const index = lastWithSpan(detail);
  const finding = detail.findings[index]!;
  await page.locator(`li.finding[data-finding="${index}"]`).click();
  const marked = page.locator(`.word-view [data-k~="f${index}"]`);
  await expectClass(marked, 'active');
  await expectClass(marked, 'flash');
  await expectInView(marked);
  const [s, e] = finding.spans[0]!;
  const quoted = parseReport(detail.raw).report.text.slice(s, e).replace(/\s+/g, '');
  const shown = (await marked.allInnerTexts()).join('').replace(/\s+/g, '');
  if (!shown.includes(quoted.slice(0, 12)))
    fail(`标出的段落应包含问题所指「${quoted.slice(0, 30)}」，实为「${shown.slice(0, 60)}」`);
  if ((await page.locator('.word-view script, .word-view img, .word-view a').count()) > 0)
    fail('Word 网页中不应有脚本、图片或链接');
  await screenshot('original-word');

  // Clicking a marked paragraph in the 原文 selects its finding in the list.
  await page.locator('.word-view [data-k]').first().click();
  const key = await page.locator('.word-view [data-k].active').first().getAttribute('data-k');
  if (!key) fail('点击原文中的标记后应选中对应问题');
});
