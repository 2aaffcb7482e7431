// Page images of one report read as one report: the grouping rule on real folders (names only),
// and a folder of two page images read, stored and shown as one scan (real OCR, slow).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/main/check/collect';
import { extractFile } from '../../src/main/extract';
import { groupMembers, pageStem } from '../../src/main/extract/ocr/page-group';
import { scanPages } from '../../src/main/extract/ocr/scan-pages';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { SourceService } from '../../src/main/services/source';
import { reportSourceSchema } from '../../src/shared/ipc/source';
import { fixture } from '../extract/helpers';
import { tempWorkspace } from '../support/workspace';

const SLOW = 300_000;

/** A folder holding the named files (their content does not matter to the grouping). */
const folder = (files: Record<string, string[]>): string => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
  for (const [dir, names] of Object.entries(files)) {
    mkdirSync(join(root, dir), { recursive: true });
    for (const n of names) writeFileSync(join(root, dir, n), 'x');
  }
  return root;
};

describe('which images are the pages of one report', () => {
  it('takes the page number off a name, never a year', () => {
    expect(pageStem('报告_第3页.jpg')).toBe('报告');
    expect(pageStem('第12页.png')).toBe('');
    expect(pageStem('page2.png')).toBe('');
    expect(pageStem('扫描 (3).tif')).toBe('扫描');
    expect(pageStem('某局年报-p10.jpeg')).toBe('某局年报');
    expect(pageStem('2024年报告.jpg')).toBeNull();
    expect(pageStem('年报2024.jpg')).toBeNull();
    expect(pageStem('scan0001.tif')).toBe('scan');
    expect(pageStem('扫描1024.tif')).toBeNull();
  });

  it('a folder of TIFFs is one report per TIFF (a scanner writes a report as one TIFF) unless they are numbered pages', async () => {
    const root = folder({
      各单位: ['甲局年报.tif', '乙局年报.tiff', '丙局.tif'],
      扫描仪: ['scan0002.tif', 'scan0001.tif', 'scan0010.tif'],
    });
    const agencies = await collectInputs([join(root, '各单位')]);
    expect(agencies.map((p) => p.slice(root.length + 5)).sort()).toEqual(
      ['丙局.tif', '乙局年报.tiff', '甲局年报.tif'].sort(),
    );
    expect(await groupMembers(join(root, '各单位'))).toBeNull();
    const scanner = await collectInputs([join(root, '扫描仪')]);
    expect(scanner).toEqual([join(root, '扫描仪', 'scan（3 张图片）')]);
    expect((await groupMembers(scanner[0]!))?.map((p) => p.slice(root.length + 5))).toEqual([
      'scan0001.tif',
      'scan0002.tif',
      'scan0010.tif',
    ]);
  });

  it('a folder of images only is one report, its pages in natural name order', async () => {
    const root = folder({ 扫描件: ['第10页.png', '第2页.png', '第1页.png', '说明.xlsx'] });
    const inputs = await collectInputs([root]);
    expect(inputs).toEqual([join(root, '扫描件')]);
    const pages = await groupMembers(inputs[0]!);
    expect(pages?.map((p) => p.slice(root.length + 5))).toEqual([
      '第1页.png',
      '第2页.png',
      '第10页.png',
    ]);
  });

  it('in a folder with other reports, numbered images with one name group; others stay single', async () => {
    const root = folder({
      甲: ['报告.docx', '附件_2.jpg', '附件_1.jpg', '照片.png', '乙局 (1).png'],
    });
    const inputs = await collectInputs([join(root, '甲')]);
    expect(inputs.map((p) => p.slice(root.length + 3)).sort()).toEqual(
      ['乙局 (1).png', '报告.docx', '照片.png', '附件（2 张图片）'].sort(),
    );
    const group = inputs.find((p) => p.endsWith('附件（2 张图片）'))!;
    expect((await groupMembers(group))?.map((p) => p.slice(root.length + 3))).toEqual([
      '附件_1.jpg',
      '附件_2.jpg',
    ]);
  });

  it('images named together group by folder and name; a lone image stays a report', async () => {
    const root = folder({ a: ['page1.png', 'page2.png', 'page10.png'], b: ['page1.png'] });
    const named = ['a/page10.png', 'a/page1.png', 'b/page1.png'].map((n) => join(root, n));
    const inputs = await collectInputs(named);
    expect(inputs).toEqual([join(root, 'a', '扫描页（3 张图片）'), join(root, 'b', 'page1.png')]);
    expect((await groupMembers(inputs[0]!))?.map((p) => p.slice(root.length + 3))).toEqual([
      'page1.png',
      'page2.png',
      'page10.png',
    ]);
    // A file really named like a group is read as that file.
    expect(await groupMembers(join(root, 'b', 'page1.png'))).toBeNull();
  });
});

describe('a folder of page images read as one report', () => {
  it(
    'reads the pages in order as the multi-page TIFF they came from, keeps and shows them as one scan',
    async () => {
      const tif = new Uint8Array(readFileSync(fixture('ocr/two-pages.tif')));
      const [one, two] = scanPages(tif);
      const root = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
      const dir = join(root, '某局扫描件');
      mkdirSync(dir);
      // Named so that plain string order would put page 2 first.
      writeFileSync(join(dir, 'scan-2.png'), two!.bytes);
      writeFileSync(join(dir, 'scan-1.png'), one!.bytes);

      // Imported in the app: one report, kept as the PDF of its pages, shown as that PDF.
      const workspace = tempWorkspace();
      const service = new ReviewService({ workspace, reviewer: '审核人' });
      const handlers = createHandlers(
        service,
        { chooseFiles: async () => [] },
        new SourceService({ workspace }),
      );
      service.grantPaths([root]);
      const summaries = await service.importFiles([root]);
      expect(summaries.length).toBe(1);
      expect(summaries[0]!.fileName).toBe('某局扫描件');
      const detail = await service.getReport(summaries[0]!.id);
      expect(detail.summary.format).toBe('png');
      expect(detail.notes[0]).toBe('由 2 张图片合为一份报告，按文件名顺序：scan-1.png、scan-2.png');
      // The same text as the multi-page TIFF the pages came from: same pages, same order.
      const whole = await extractFile(fixture('ocr/two-pages.tif'));
      if (!whole.ok) throw new Error(whole.error.message);
      expect(detail.raw).toBe(whole.doc.text);
      const r = await dispatch(
        handlers,
        'report:source',
        { id: summaries[0]!.id },
        { emit: () => {} },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const source = reportSourceSchema.parse(r.value);
      if (source.kind !== 'pdf') throw new Error(source.kind);
      expect(new TextDecoder().decode(source.bytes.subarray(0, 5))).toBe('%PDF-');
      expect(new Set(source.segments.map((s) => (s.loc.kind === 'pdf' ? s.loc.page : 0)))).toEqual(
        new Set([1, 2]),
      );
    },
    SLOW,
  );
});
