// The 原文 view of an OFD: report:source answers with the pages drawn from the package's objects
// (text runs where the writer put them, the template's table rules) and the `ofd` segments that
// place the findings, every segment's text drawn inside its box; the drawing is bounded.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import UTIF from 'utif';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { ofdPages } from '../../src/main/extract/ofd/view';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { SourceService } from '../../src/main/services/source';
import { reportSourceSchema, type ReportSource } from '../../src/shared/ipc/source';
import { parseReport } from '../../src/shared/parser';
import { writeOfd } from '../support/ofd-writer';
import { tempWorkspace } from '../support/workspace';

const ofdDir = join(import.meta.dirname, '..', 'fixtures', 'ofd');
const squash = (s: string) => s.replace(/\s+/g, '');

/** The file imported as the app imports it, and its 原文 over the IPC dispatcher. */
const sourceOf = async (file: string): Promise<{ source: ReportSource; raw: string }> => {
  const workspace = tempWorkspace();
  const service = new ReviewService({ workspace, reviewer: '审核人' });
  const handlers = createHandlers(
    service,
    { chooseFiles: async () => [] },
    new SourceService({ workspace }),
  );
  service.grantPaths([file]);
  const [summary] = await service.importFiles([file]);
  if (!summary || summary.error) throw new Error(summary?.error?.message ?? 'no import');
  const result = await dispatch(handlers, 'report:source', { id: summary.id }, { emit: () => {} });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return {
    source: reportSourceSchema.parse(result.value),
    raw: (await service.getReport(summary.id)).raw,
  };
};

type Text = Extract<ReportSource, { kind: 'ofd' }>['pages'][number]['texts'][number];
/** Where a run's baseline starts on the page (mm). */
const origin = (t: Text): [number, number] => [
  t.m[0] * t.x + t.m[2] * t.y + t.m[4],
  t.m[1] * t.x + t.m[3] * t.y + t.m[5],
];

describe('report:source for an OFD', () => {
  it.each(['tall-rows.template.ofd', 'nonzero-flat.filled.ofd', 'nonzero-merged.glyphs.ofd'])(
    'draws %s from its objects, each segment’s text inside its box',
    async (name) => {
      const { source, raw } = await sourceOf(join(ofdDir, name));
      if (source.kind !== 'ofd') throw new Error(`${source.kind}: ${JSON.stringify(source)}`);
      expect(source.pages.length).toBeGreaterThan(1);
      for (const p of source.pages) {
        expect(p.width).toBeCloseTo(210, 0);
        expect(p.height).toBeCloseTo(297, 0);
        expect(p.truncated).toBe(false);
      }
      // The tables' rules are drawn (as strokes or thin filled boxes).
      expect(source.pages.some((p) => p.paths.length >= 10)).toBe(true);
      let placed = 0;
      for (const s of source.segments) {
        if (s.loc.kind !== 'ofd') continue;
        const [x, y, w, h] = s.loc.box;
        const page = source.pages[s.loc.page - 1]!;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + w).toBeLessThanOrEqual(page.width);
        expect(y + h).toBeLessThanOrEqual(page.height);
        const want = squash(raw.slice(s.start, s.end));
        if (want === '') continue;
        // Some run drawn with its baseline inside the box holds the segment's first characters.
        const inside = page.texts.filter((t) => {
          const [ox, oy] = origin(t);
          return ox >= x - 0.5 && ox <= x + w + 0.5 && oy >= y - 0.5 && oy <= y + h + 0.5;
        });
        expect(
          inside.some((t) => want.startsWith(squash(t.text)) || squash(t.text).startsWith(want)),
          `«${want}» @${s.loc.page} ${s.loc.box.join(',')}: ${inside.map((t) => t.text).join('|')}`,
        ).toBe(true);
        placed++;
      }
      expect(placed).toBeGreaterThan(100);
    },
  );

  it('draws the table a template page holds under every page of tall-rows', async () => {
    const { source } = await sourceOf(join(ofdDir, 'tall-rows.template.ofd'));
    if (source.kind !== 'ofd') throw new Error(source.kind);
    const texts = source.pages.flatMap((p) => p.texts.map((t) => t.text)).join('');
    expect(texts).toContain('年政府信息公开工作年度报告');
    expect(texts).toContain('行政复议');
    // A full-width rule: a straight line across the table.
    const wide = source.pages.flatMap((p) =>
      p.paths.filter((d) => {
        const xs = [...d.d.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1]));
        return xs.length >= 2 && Math.max(...xs) - Math.min(...xs) > 150;
      }),
    );
    expect(wide.length).toBeGreaterThan(5);
  });

  it('draws text and rules in the writer’s colours, sizes and line widths', async () => {
    const bytes = new Uint8Array(readFileSync(join(ofdDir, 'real', 'gongwen_pifu_n.ofd')));
    const [first] = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8 });
    // The red letterhead of a 公文: 14.7 mm characters in #ee2025.
    const red = first!.texts.filter((t) => t.fill === 'rgb(238,32,37)');
    expect(red.length).toBeGreaterThan(0);
    expect(red[0]!.size).toBeCloseTo(14.7, 1);
    expect(first!.texts.some((t) => t.fill === 'rgb(0,0,0)')).toBe(true);
    // The red rule under it takes its width (1 mm) from the DrawParam it names.
    expect(first!.paths).toContainEqual(
      expect.objectContaining({ stroke: 'rgb(238,32,37)', width: 1 }),
    );
    const { source } = await sourceOf(join(ofdDir, 'tall-rows.template.ofd'));
    if (source.kind !== 'ofd') throw new Error(source.kind);
    const widths = new Set(source.pages.flatMap((p) => p.paths.map((d) => d.width)));
    expect([...widths]).toEqual([0.25]);
  });

  it('reads an original the workspace does not hold again, and refuses it once changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ofd-source-'));
    const file = join(dir, '报告.ofd');
    copyFileSync(join(ofdDir, 'nonzero-merged.lines.ofd'), file);
    const r = await extractFile(file);
    if (!r.ok) throw new Error(r.error.message);
    const workspace = tempWorkspace();
    const { id } = workspace.importReport({
      name: '报告.ofd',
      format: r.doc.format,
      path: file,
      hash: 'a'.repeat(64),
      extracted: r.doc,
      parsed: parseReport(r.doc.text).report,
      error: null,
    });
    const sources = new SourceService({ workspace });
    const got = await sources.getSource(id);
    if (got.kind !== 'ofd') throw new Error(JSON.stringify(got));
    expect(got.pages).toHaveLength(5);
    expect(got.segments).toEqual(r.doc.segments);
    copyFileSync(join(ofdDir, 'nonzero-flat.filled.ofd'), file);
    expect(await sources.getSource(id)).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('已被修改'),
    });
  });

  it('stops drawing at the item limit and says so on the page', () => {
    const bytes = new Uint8Array(readFileSync(join(ofdDir, 'nonzero-flat.filled.ofd')));
    const full = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8 });
    const count = (p: (typeof full)[number]) => p.texts.length + p.paths.length + p.images.length;
    const limit = count(full[0]!) + 10;
    const cut = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8, maxItems: limit });
    expect(cut.reduce((n, p) => n + count(p), 0)).toBe(limit);
    expect(cut[0]!.truncated).toBe(false);
    expect(cut[1]!.truncated).toBe(true);
    expect(cut.at(-1)!.texts).toHaveLength(0);
    expect(() => ofdPages(bytes, { maxPages: 1, maxUnpackedBytes: 1e8 })).toThrow(/页数超过/);
  });

  it('sends a seal’s picture file with its box, through the source contract', async () => {
    const bytes = new Uint8Array(
      readFileSync(join(ofdDir, 'real', 'gonghan_testPathFillOpacity.ofd')),
    );
    const pages = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8 });
    const answer = reportSourceSchema.parse({ kind: 'ofd', pages, segments: [] });
    if (answer.kind !== 'ofd') throw new Error(answer.kind);
    const seals = answer.pages.flatMap((p) => p.images).filter((i) => i.picture);
    expect(seals.length).toBeGreaterThan(0);
    const [seal] = seals;
    const png = await (
      await JSZip.loadAsync(bytes)
    )
      .file('Doc_0/Res/image_3.png')!
      .async('uint8array');
    expect(seal!.picture!.mime).toBe('image/png');
    expect(Buffer.from(seal!.picture!.bytes).equals(Buffer.from(png))).toBe(true);
    expect(seal!.box[0]).toBeCloseTo(118.914, 2);
    expect(seal!.box[2]).toBeCloseTo(42.079, 2);
  });

  it('sends each picture file once, a TIFF as PNG, and placeholders for what it cannot show', async () => {
    const red = new PNG({ width: 4, height: 4 });
    red.data.fill(0).forEach((_, i) => (red.data[i] = i % 4 === 0 || i % 4 === 3 ? 255 : 0));
    const tif = new Uint8Array(UTIF.encodeImage(new Uint8Array(6 * 3 * 4).fill(200), 6, 3));
    const media = (id: number, file: string) =>
      `<ofd:MultiMedia ID="${id}" Type="Image"><ofd:MediaFile>${file}</ofd:MediaFile></ofd:MultiMedia>`;
    const picture = (id: number, res: number, [x, y, w, h]: number[]) =>
      `<ofd:ImageObject ID="${id}" ResourceID="${res}" Boundary="${x} ${y} ${w} ${h}" CTM="${w} 0 0 ${h} 0 0"/>`;
    const seal = picture(50, 901, [150, 250, 40, 40]);
    const bytes = await writeOfd({
      docs: [
        [
          { objects: [seal] },
          {
            objects: [
              seal,
              picture(51, 902, [10, 10, 60, 30]),
              picture(52, 903, [10, 50, 60, 30]),
              picture(53, 904, [10, 90, 60, 30]),
            ],
          },
        ],
      ],
      parts: {
        'Doc_0/PublicRes.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:MultiMedias>${media(901, 'seal.png')}${media(902, 'scan.tif')}${media(903, 'logo.bmp')}${media(904, 'gone.png')}</ofd:MultiMedias></ofd:Res>`,
        'Doc_0/Res/seal.png': new Uint8Array(PNG.sync.write(red)),
        'Doc_0/Res/scan.tif': tif,
        'Doc_0/Res/logo.bmp': new Uint8Array([0x42, 0x4d, 0, 0, 0, 0, 0, 0]),
      },
    });
    const [one, two] = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8 });
    expect(one!.images.map((i) => i.box)).toEqual([[150, 250, 40, 40]]);
    expect(one!.images[0]!.picture?.mime).toBe('image/png');
    // The seal on both pages is one array: the IPC copies it once.
    expect(two!.images[0]!.picture!.bytes).toBe(one!.images[0]!.picture!.bytes);
    const [, scan, bmp, gone] = two!.images;
    expect(scan!.picture?.mime).toBe('image/png');
    const decoded = PNG.sync.read(Buffer.from(scan!.picture!.bytes));
    expect([decoded.width, decoded.height, decoded.data[0]]).toEqual([6, 3, 200]);
    expect(bmp).toEqual({ box: [10, 50, 60, 30], picture: null });
    expect(gone).toEqual({ box: [10, 90, 60, 30], picture: null });
    // Past the byte budget the pictures are placeholders; the page is still drawn.
    const lean = ofdPages(bytes, { maxPages: 500, maxUnpackedBytes: 1e8, maxPictureBytes: 10 });
    expect(lean.flatMap((p) => p.images).map((i) => i.picture)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
