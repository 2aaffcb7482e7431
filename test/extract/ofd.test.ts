// OFD (GB/T 33190): annual reports made from the fixture PDFs (scripts/fixtures/make-ofd.ts) read
// with every cell exact and the same findings as the .docx they came from; real OFD files of
// two open-source OFD projects (test/fixtures/ofd/real/SOURCES.md) read in reading order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { extractFile } from '../../src/main/extract';
import { allCellPaths } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { reportValues } from '../../scripts/fixtures/values';
import { expectValidSegments, extracted, fixture } from './helpers';

interface Entry {
  agency: string;
  year: number;
  seed: number;
  fee: number;
}
const manifest = JSON.parse(readFileSync(fixture('docx/manifest.json'), 'utf8')) as Record<
  string,
  Entry
>;

const MADE = [
  ['nonzero-merged.lines', 'stroked lines in mm, merged cells'],
  ['nonzero-flat.filled', 'rules as thin filled rectangles, points under a CTM'],
  ['tall-rows.template', 'rules in a TemplatePage, first lines drawn twice, rows over page breaks'],
  ['nonzero-merged.glyphs', 'CGTransform glyph-indexed text, "g N v" deltas, TextCodes without Y'],
] as const;

/**
 * What a finding says, without the spacing of quoted text: a fixed-layout page puts a space
 * between a number and a Chinese word where Word has none, which shifts where an excerpt of
 * fixed length is cut ("…").
 */
const quoteless = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  const t = v.replace(/如「[^」]*」/g, '').replace(/\s+/g, '');
  const cut = (q: string): string => `${q.slice(0, 20)}…`;
  return /^[^「]*…$/.test(t)
    ? cut(t)
    : t.replace(/「([^「」]*)…」/g, (_, q: string) => `「${cut(q)}」`);
};
const findingKeys = (findings: Awaited<ReturnType<typeof checkFile>>['result']['findings']) =>
  findings
    .map((f) =>
      JSON.stringify({
        rule: f.ruleId,
        severity: f.severity,
        cells: f.cells,
        expected: quoteless(f.expected),
        actual: quoteless(f.actual),
        message: quoteless(f.message),
      }),
    )
    .sort();

describe('OFD annual reports made from the fixture reports', () => {
  for (const [name, about] of MADE) {
    const base = name.split('.')[0]!;
    it(`${name}.ofd: every cell exactly (${about})`, async () => {
      const e = manifest[base]!;
      const doc = await extracted(fixture(`ofd/${name}.ofd`));
      expect(doc.format).toBe('ofd');
      const parsed = parseReport(doc.text);
      const actual = new Map(allCellPaths.map((p) => [p, parsed.report.cells[p]?.value]));
      expect(actual).toEqual(reportValues(e.seed, e.fee));
      expect(parsed.report.agency).toBe(e.agency);
      expect(parsed.report.year).toBe(e.year);
      expect(parsed.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(parsed.diagnostics).toEqual([]);
      expectValidSegments(doc);
      // Every segment sits on an A4 page, in millimetres.
      for (const s of doc.segments) {
        expect(s.loc.kind).toBe('ofd');
        if (s.loc.kind !== 'ofd') continue;
        const [x, y, w, h] = s.loc.box;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x + w).toBeLessThanOrEqual(210.5);
        expect(y + h).toBeLessThanOrEqual(297.5);
      }
      // The three ruled tables (二, 三, 四) are grids whose rows have every column.
      expect(doc.grids!.length).toBeGreaterThanOrEqual(3);
      for (const g of doc.grids!) {
        const rows = doc.text.slice(g.start, g.end).split('\n').slice(0, -1);
        expect(rows.length).toBeGreaterThan(1);
        for (const row of rows) expect(row.split('\t')).toHaveLength(g.columns);
      }
    });

    it(`${name}.ofd: the same findings as ${base}.docx`, async () => {
      const docx = await checkFile(fixture(`docx/${base}.docx`));
      const ofd = await checkFile(fixture(`ofd/${name}.ofd`));
      expect(ofd.result.error).toBeNull();
      expect(ofd.result.findings.length).toBeGreaterThan(0);
      expect(findingKeys(ofd.result.findings)).toEqual(findingKeys(docx.result.findings));
    });
  }
});

/** Asserts the phrases come in this order in the text. */
const expectInOrder = (text: string, phrases: string[]): void => {
  let at = -1;
  for (const p of phrases) {
    const i = text.indexOf(p, at + 1);
    expect(i, `「${p}」 after offset ${at}`).toBeGreaterThan(at);
    at = i;
  }
};

const real = (name: string): string => fixture(`ofd/real/${name}.ofd`);

describe('real OFD files', () => {
  it('公文 with a red-head rule and a seal: text in order, page numbers dropped, the seal noted', async () => {
    const doc = await extracted(real('gongwen_pifu_n'));
    expectInOrder(doc.text, [
      '测试符路桥区卫生局文件',
      '路卫发〔2011〕76号',
      '关于同意张阿三同志辞职的批复',
      '区中医院：',
      '你院《关于给张阿三同志辞职的请示》',
      '同意张阿三同志辞职。',
      '2011年3月10日印发',
    ]);
    expect(doc.text).not.toMatch(/^\s*-?\s*\d\s*-?\s*$/m);
    expect(doc.notes).toContain('文件含 1 个电子签章（第 2 页），签章未验证。');
    expectValidSegments(doc);
  });

  it('公函 with an embedded font', async () => {
    const doc = await extracted(real('gonghan_testPathFillOpacity'));
    expectInOrder(doc.text, [
      '关于加快南货场铁路涵洞下穿建设的函',
      '蚌山区政府：',
      '根据我市2023年房地产用地供应计划',
      '并加快工程施工建设。',
      '此函。',
      '2023年7月12日',
    ]);
  });

  it('a form whose rules are thin filled rectangles becomes a grid, value beside label', async () => {
    const doc = await extracted(real('table_wenjianchuli_signout'));
    expect(doc.grids).toHaveLength(1);
    const rows = doc.text.slice(doc.grids![0]!.start, doc.grids![0]!.end).split('\n');
    expect(rows[0]!.split('\t').slice(0, 2)).toEqual(['来文文号', '府办专督〔2020〕24 号']);
    expect(rows.some((r) => r.startsWith('公文标题\t市委主要领导同志调研后续落实事项的通知'))).toBe(
      true,
    );
    expectInOrder(doc.text, ['XX市政府文件处理', '来文文号', '收文日期', '拟办意见', '备注']);
  });

  it('labels and rules in TemplatePages drawn once, the values of the page beside them', async () => {
    const doc = await extracted(real('table_template_xukezheng_zsbk'));
    expectInOrder(doc.text, [
      '中华人民共和国建筑工程施工许可证',
      '建设单位',
      '中华安保有限公司',
      '建筑工程施工许可证附件',
      '建筑工程项目明细单',
      '中华观测中心1#楼\t2202.7\t2202.7\t0\t3\t0',
      '中华观测中心2#楼\t1898.3\t1898.3\t0\t3\t0',
    ]);
    // Each label character is drawn twice in the template: read once.
    expect(doc.text).not.toContain('建建');
    expect(doc.notes).toContain('文件含 2 个电子签章（第 1、2 页），签章未验证。');
  });

  it('private-use code points are counted and left out; watermark annotations stay out', async () => {
    const doc = await extracted(real('pua_garbled_watermark_ano'));
    expectInOrder(doc.text, ['可信安全浏览器', 'Web应用开发指南', '（常用手册）']);
    expect(doc.text).not.toMatch(/[\ue000-\uf8ff]/);
    expect(doc.text).not.toContain('保密资料');
    expect(doc.notes.join('')).toMatch(/第 2、3 页有 \d+ 个字符使用字体私有编码/);
  });

  it('character references (&#x20;) are spaces; seal lettering on an arc is set aside', async () => {
    const doc = await extracted(real('entities_seal_arc_suwell'));
    expectInOrder(doc.text, [
      'Edited by Foxit PDF Editor',
      'Copyright (c) by Foxit Software Company, 2004 - 2007',
      'For Evaluation Only.',
    ]);
    for (const seal of ['全国统一', '监制章', '上海市']) expect(doc.text).not.toContain(seal);
    expect(doc.notes.join('')).toMatch(/个字为旋转或弧形排列/);
  });

  it('text turned a quarter by its CTM is read upright', async () => {
    const doc = await extracted(real('rotated_text_suwell'));
    expectInOrder(doc.text, ['一二三四', '121212']);
  });

  it('non-standard part paths (absolute, relative, template folders) and a template frame', async () => {
    const doc = await extracted(real('template_nonstd_paths_path_unstd'));
    expectInOrder(doc.text, [
      '立案决定书',
      '根据《中华人民共和国刑事诉讼法》第',
      '条之规定，决定对',
      '立案侦查。',
      '（存根）',
      '案件名称测试数据AJMC',
      '填 发 人测试数据TFR',
    ]);
  });

  it('a package of two documents is read in order', async () => {
    const doc = await extracted(real('synthetic_multidoc'));
    expectInOrder(doc.text, [
      '关于同意张阿三同志辞职的批复',
      '2011年3月10日印发',
      '关于加快南货场铁路涵洞下穿建设的函',
      '2023年7月12日',
    ]);
    expect(doc.notes).toContain('文件包含 2 个文档，已按顺序连续读取。');
    const pages = new Set(doc.segments.map((s) => (s.loc.kind === 'ofd' ? s.loc.page : 0)));
    expect([...pages].sort()).toEqual([1, 2, 3]);
  });

  // Its two pictures are photos of a screen, not pages: OCR finds no report text in them.
  it('an image-only OFD whose pictures hold no text says it has no text layer', async () => {
    const r = await extractFile(real('image_only_wps_containsJPEG'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NO_TEXT_LAYER');
    expect(r.error.message).toContain('没有文字层');
  }, 180_000);
});
