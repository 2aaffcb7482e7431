// Reports with non-zero tables (made by scripts/fixtures from the samples and from HTML): every
// value comes out exactly, from Word and from the PDF LibreOffice printed of it.
import { readFileSync } from 'node:fs';
import { PDFDocument, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { parseReport } from '../../src/shared/parser';
import { allCellPaths } from '../../src/shared/model/form';
import { reportValues } from '../../scripts/fixtures/values';
import { expectValidSegments, extracted, fixture } from './helpers';

interface Entry {
  agency: string;
  year: number;
  seed: number;
  fee: number;
  about: string;
}
const manifest = JSON.parse(readFileSync(fixture('docx/manifest.json'), 'utf8')) as Record<
  string,
  Entry
>;
const withTables = Object.keys(manifest).filter((n) => n !== 'table-picture');

describe('non-zero reports', () => {
  it('the manifest lists the fixtures made', () => {
    expect(withTables).toEqual([
      'nonzero-merged',
      'nonzero-flat',
      'autonumber',
      'borderless',
      'tall-rows',
    ]);
  });

  for (const name of withTables) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`${name}.${format}: every cell exactly (${manifest[name]!.about})`, async () => {
        const e = manifest[name]!;
        const doc = await extracted(fixture(`${format}/${name}.${format}`));
        const parsed = parseReport(doc.text);
        const expected = reportValues(e.seed, e.fee);
        const actual = new Map(allCellPaths.map((p) => [p, parsed.report.cells[p]?.value]));
        expect(actual).toEqual(expected);
        // Not all zero: a lost digit or a shifted column would show.
        expect([...expected.values()].filter((v) => v >= 10).length).toBeGreaterThan(20);
        expect(parsed.report.agency).toBe(e.agency);
        expect(parsed.report.year).toBe(e.year);
        expect(parsed.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
        expect(parsed.diagnostics).toEqual([]);
        expectValidSegments(doc);
      });
    }
  }

  it('the fee keeps its decimals', async () => {
    const doc = await extracted(fixture('pdf/nonzero-merged.pdf'));
    const fee = parseReport(doc.text).report.cells['active/fees/amount']!;
    expect(fee.raw).toBe('2.35');
    expect(fee.value).toBe(2.35);
  });
});

describe('Word automatic numbering', () => {
  it('headings numbered by Word get their "一、" back, and 表三 items their "1." (restarting per group)', async () => {
    const doc = await extracted(fixture('docx/autonumber.docx'));
    const lines = doc.text.split('\n');
    for (const h of ['一、总体情况', '二、主动公开政府信息情况', '六、其他需要报告的事项'])
      expect(lines).toContain(h);
    expect(lines.some((l) => l.includes('\t1.属于国家秘密\t'))).toBe(true);
    expect(lines.some((l) => l.includes('\t8.属于行政查询事项\t'))).toBe(true);
    expect(lines.some((l) => l.includes('\t1.本机关不掌握相关政府信息\t'))).toBe(true);
    expect(lines.some((l) => l.includes('\t5.要求行政机关确认或重新出具已获取信息\t'))).toBe(true);
    const parsed = parseReport(doc.text);
    expect(parsed.headings.map((h) => h.numbering)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
    ]);
  });
});

describe('a table pasted as a picture', () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`${format}: "[图片]" stands in 表三, and the parser says the table is a picture`, async () => {
      const doc = await extracted(fixture(`${format}/table-picture.${format}`));
      const parsed = parseReport(doc.text);
      const section3 = parsed.report.sections.find((s) => s.id === '3')!;
      expect(doc.text.split('\n')).toContain('[图片]');
      expect(parsed.report.text.slice(...section3.span)).toContain('[图片]');
      expect(parsed.diagnostics).toEqual([
        expect.objectContaining({ kind: 'table-missing', table: 'requests', image: true }),
      ]);
      // The other two tables are still read.
      const e = manifest['table-picture']!;
      const expected = reportValues(e.seed, e.fee);
      for (const p of allCellPaths.filter((p) => !p.startsWith('requests/')))
        expect(parsed.report.cells[p]!.value, p).toBe(expected.get(p));
    });
  }
});

describe('a page printed sideways', () => {
  for (const angle of [90, 180, 270]) {
    it(`turned ${angle}°: the same text, with boxes on the page as displayed`, async () => {
      const original = readFileSync(fixture('pdf/nonzero-merged.pdf'));
      const pdf = await PDFDocument.load(original);
      for (const page of pdf.getPages()) page.setRotation(degrees(angle));
      const turned = await extractBytes(await pdf.save(), 'turned.pdf');
      const upright = await extracted(fixture('pdf/nonzero-merged.pdf'));
      expect(turned.ok && turned.doc.text).toBe(upright.text);
      if (!turned.ok) return;
      // A4 turned by 90° or 270° is 842 wide and 595 high.
      const [w, h] = angle === 180 ? [595, 842] : [842, 595];
      for (const s of turned.doc.segments) {
        if (s.loc.kind !== 'pdf') continue;
        const [x, y, bw, bh] = s.loc.box;
        expect(x >= 0 && y >= 0 && x + bw <= w + 1 && y + bh <= h + 1).toBe(true);
      }
      const title = turned.doc.segments[0]!;
      if (title.loc.kind === 'pdf' && angle !== 180)
        expect(title.loc.box[2]).toBeLessThan(title.loc.box[3]);
    });
  }
});
