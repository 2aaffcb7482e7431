// Scanned reports read with the bundled OCR (test/fixtures/ocr, made by
// scripts/fixtures/make-ocr-scans.sh from the official-form fixture nonzero-flat): the numbers
// must come out exactly as from the Word file, and a doubtful cell must be flagged, never guessed.
// Slow (the recognizer runs on the CPU): few pages, generous time.
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../src/main/extract';
import { checkFile } from '../../src/main/check/check-file';
import { imagePages } from '../../src/main/extract/ocr/images';
import { allCellPaths } from '../../src/shared/model/form';
import { parseReport } from '../../src/shared/parser';
import { fixture, readFixture } from '../extract/helpers';

const SLOW = 600_000;

const read = async (path: string, pages: number[] = []) => {
  const r = await extractFile(fixture(path), { onOcrPage: (p) => pages.push(p) });
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.doc;
};

describe('a scanned PDF at 200 dpi (grey paper, tilted, noise, JPEG 60, a red seal on 表三)', () => {
  it(
    'reads every cell of 表二 and 表三 as the Word file has it, with nothing uncertain',
    async () => {
      const progress: number[] = [];
      const scan = await read('ocr/tables-200dpi.pdf', progress);
      const word = await read('docx/nonzero-flat.docx');
      expect(progress).toEqual([1, 2]);
      const got = parseReport(scan.text).report.cells;
      const want = parseReport(word.text).report.cells;
      // The scan holds pages 2 and 3: tables 二 and 三 (表四 is on page 4).
      const paths = allCellPaths.filter(
        (p) => p.startsWith('active/') || p.startsWith('requests/'),
      );
      expect(paths.length).toBeGreaterThan(150);
      const wrong = paths.filter((p) => got[p]?.value !== want[p]?.value);
      expect(wrong.map((p) => `${p}: ${got[p]?.value} ≠ ${want[p]?.value}`)).toEqual([]);
      expect(scan.uncertain ?? []).toEqual([]);
      expect(scan.notes.join()).toContain('由图片识别');
      // Every recognized piece is located on its page and carries its confidence.
      const located = scan.segments.filter((s) => s.loc.kind === 'pdf');
      expect(located.length).toBeGreaterThan(200);
      for (const s of located) {
        if (s.loc.kind !== 'pdf') continue;
        expect(s.loc.confidence).toBeGreaterThan(0);
        expect(s.loc.box[0]).toBeGreaterThanOrEqual(0);
        expect(s.loc.box[0] + s.loc.box[2]).toBeLessThanOrEqual(596);
      }
    },
    SLOW,
  );
});

/** Table rows (lines with tabs) from a label on, as their fields. */
const rowsFrom = (text: string, label: string, until: string): string[][] => {
  const lines = text.split('\n').filter((l) => l.includes('\t'));
  const start = lines.findIndex((l) => l.includes(label));
  const end = lines.findIndex((l, i) => i > start && l.includes(until));
  return lines.slice(start, end + 1).map((l) => l.split('\t'));
};

describe('photographed pages of 表三 (page 3 of the form, a seal across it)', () => {
  it(
    'at 150 dpi, blurred, JPEG 50: each number as the text layer has it, or blank and flagged',
    async () => {
      const scan = await read('ocr/table-150dpi.jpg');
      const pdf = await read('pdf/nonzero-flat.pdf');
      // The page's table rows in order, against the same rows of the text-layer PDF.
      const flagged = (scan.uncertain ?? []).map((u) => scan.text.slice(u.start, u.end));
      const rows = scan.text.split('\n').filter((l) => l.includes('\t'));
      // A band the seal's ring made into a row of its own holds nothing but a flagged cell.
      const empty = rows.filter((l) => l.trim() === '');
      for (const l of empty) expect(flagged).toContain(l);
      const got = rows.filter((l) => l.trim() !== '').map((l) => l.split('\t'));
      const want = rowsFrom(pdf.text, '其他法律行政法规', '结转下年度');
      expect(got.length).toBe(want.length);
      let numbers = 0;
      got.forEach((row, r) => {
        const expected = want[r]!.filter((f) => /^\d+$/.test(f));
        const read = row.filter((f) => /^\d+$/.test(f));
        numbers += read.length;
        // The row's numbers in order, none invented; a missing one only on a flagged row.
        if (read.length < expected.length) expect(flagged).toContain(row.join('\t'));
        else expect(read).toEqual(expected);
      });
      expect(numbers).toBeGreaterThan(100);
    },
    SLOW,
  );

  it(
    'at 100 dpi, very blurred, JPEG 40: no figure is trusted, every number cell is a finding',
    async () => {
      const checked = await checkFile(fixture('ocr/table-100dpi.jpg'));
      const fields = checked.extracted
        .split('\n')
        .flatMap((l) => (l.includes('\t') ? l.split('\t') : []));
      expect(fields.filter((f) => /^\d+$/.test(f))).toEqual([]);
      const doubts = checked.result.findings.filter((f) => f.ruleId === 'table.ocr-uncertain');
      expect(doubts.length).toBeGreaterThan(50);
      expect(doubts[0]!.message).toMatch(/^第1页表格第\d+行第\d+列识别不确定.*请核对原件$/);
      expect(checked.result.notes?.join()).toContain('个单元格识别不确定');
    },
    SLOW,
  );
});

describe('image files', () => {
  it('decodes every page of a multi-page TIFF', () => {
    const pages = imagePages(new Uint8Array(readFixture('ocr/two-pages.tif')), 'tif');
    expect(pages.count).toBe(2);
    const first = pages.page(0);
    expect(first.width).toBeGreaterThan(400);
    expect(first.height).toBeGreaterThan(first.width);
    // The text page has ink on grey-white paper.
    expect(first.data.reduce((a, b) => Math.min(a, b), 255)).toBeLessThan(100);
  });

  it('rejects a picture format it does not read, and a broken PNG, with Chinese messages', async () => {
    const gif = new Uint8Array([...Buffer.from('GIF89a'), 1, 0, 1, 0, 0, 0, 0]);
    const r = await extractBytes(gif, '扫描.gif');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('UNSUPPORTED_FORMAT');
      expect(r.error.message).toContain('PNG、JPEG 或 TIFF');
    }
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const b = await extractBytes(broken, '扫描.png');
    expect(b.ok).toBe(false);
    if (!b.ok) {
      expect(b.error.code).toBe('CORRUPT_FILE');
      expect(b.error.message).toContain('扫描.png');
    }
  });
});
