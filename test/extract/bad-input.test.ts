// The bad-input corpus: each file gives its own error code and a Chinese message saying what to
// do, without crashing or hanging; the limits (size, unpacked size, pages, time) each have theirs.
import {
  mkdtempSync,
  rmSync,
  writeFileSync,
  openSync,
  closeSync,
  ftruncateSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractErrorCode } from '../../src/shared/model/source';
import { extractBytes, extractFile, type ExtractResult } from '../../src/main/extract';
import { tableLikePng } from '../../scripts/fixtures/png';
import { fixture, readFixture } from './helpers';

const HAN = /[\u4e00-\u9fff]/;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const expectError = (r: ExtractResult, code: ExtractErrorCode, words: RegExp): void => {
  expect(r.ok ? 'ok' : r.error.code).toBe(code);
  if (r.ok) return;
  expect(r.error.message).toMatch(HAN);
  expect(r.error.message).toMatch(words);
};

const corpus: Array<[string, ExtractErrorCode, RegExp]> = [
  ['truncated.docx', 'CORRUPT_FILE', /损坏或不完整.*另存为 \.docx/],
  ['broken-xml.docx', 'CORRUPT_FILE', /损坏或不完整/],
  ['truncated.pdf', 'CORRUPT_FILE', /损坏或不完整.*重新下载或重新导出/],
  ['scanned.pdf', 'NO_TEXT_LAYER', /该PDF为扫描件，没有文字层，请提供原始Word或可复制文字的PDF/],
  ['encrypted.pdf', 'ENCRYPTED', /已加密.*未加密的 PDF/],
  ['zip-bomb.docx', 'ARCHIVE_TOO_LARGE', /解压后超过 32 MB/],
  ['zip-bomb-lying.docx', 'ARCHIVE_TOO_LARGE', /解压后超过 32 MB/],
  ['random.pdf', 'CORRUPT_FILE', /扩展名是 \.pdf，但内容不是有效的 PDF/],
  ['empty.docx', 'EMPTY_FILE', /空文件/],
  // A picture is read with OCR now; one without any text says so.
  ['picture.png', 'NO_TEXT_LAYER', /图片中没有识别出文字.*原始 Word/],
];

describe('bad-input corpus', () => {
  for (const [file, code, words] of corpus) {
    it(`${file} → ${code}`, async () => {
      expectError(await extractFile(fixture(`bad/${file}`)), code, words);
      // Whatever the name: the content decides.
      expectError(await extractBytes(readFixture(`bad/${file}`), file), code, words);
    });
  }

  it('a scan whose only text is page numbers is NO_TEXT_LAYER; one scanned page among text pages is noted', async () => {
    const scan = await PDFDocument.create();
    const font = await scan.embedFont(StandardFonts.Helvetica);
    const png = await scan.embedPng(tableLikePng(200, 280));
    for (let n = 1; n <= 3; n++) {
      const page = scan.addPage([595, 842]);
      page.drawImage(png, { x: 40, y: 60, width: 515, height: 740 });
      page.drawText(`- ${n} -`, { x: 285, y: 30, size: 10, font });
    }
    expectError(await extractBytes(await scan.save(), 'scan.pdf'), 'NO_TEXT_LAYER', /扫描件/);
    const mixed = await PDFDocument.create();
    const font2 = await mixed.embedFont(StandardFonts.Helvetica);
    const png2 = await mixed.embedPng(tableLikePng(200, 280));
    mixed.addPage([595, 842]).drawText('Page one of the annual report, typed text.', {
      x: 60,
      y: 760,
      size: 12,
      font: font2,
    });
    mixed.addPage([595, 842]).drawImage(png2, { x: 40, y: 60, width: 515, height: 740 });
    const r = await extractBytes(await mixed.save(), 'mixed.pdf');
    // The picture page is read with OCR (its Flate picture arrives after the operator list).
    expect(r.ok && r.doc.notes).toEqual(['第 2 页由图片识别（OCR）得到文字，请对照原件核对。']);
  });

  it('a PDF cut just before its end is read with a note; junk after its end is no cut', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 3; n++)
      pdf
        .addPage([595, 842])
        .drawText(`Typed text of page ${n} of the report.`, { x: 60, y: 760, size: 12, font });
    const bytes = await pdf.save({ useObjectStreams: false });
    const cut = await extractBytes(bytes.subarray(0, bytes.length - 10), 'cut.pdf');
    expect(cut.ok && cut.doc.notes).toEqual([expect.stringMatching(/结尾不完整.*内容可能缺失/)]);
    expect(cut.ok && cut.doc.text.split('\n').filter(Boolean)).toHaveLength(3);
    const padded = await extractBytes(Buffer.concat([bytes, Buffer.alloc(2000)]), 'padded.pdf');
    expect(padded.ok && padded.doc.notes).toEqual([]);
  });

  it('random bytes under a neutral name are NOT_TEXT', async () => {
    expectError(
      await extractBytes(readFixture('bad/random.pdf'), 'data.bin'),
      'NOT_TEXT',
      /不是文本文件/,
    );
  });

  it('a zip bomb below the byte limit but with millions of elements is stopped too', async () => {
    const r = await extractFile(fixture('bad/zip-bomb.docx'), {
      maxUnpackedBytes: 64 * 1024 * 1024,
    });
    expectError(r, 'TOO_MANY_ELEMENTS', /超过 100 万个元素/);
  });

  it('a missing file is NOT_FOUND; a folder is not a file', async () => {
    expectError(await extractFile(fixture('bad/no-such-file.pdf')), 'NOT_FOUND', /找不到文件/);
    expectError(await extractFile(fixture('bad')), 'NOT_FOUND', /不是文件/);
  });
});

describe('limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a huge file is refused from its size, before it is read', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 51 * 1024 * 1024); // sparse: 51 MB without writing them
    closeSync(fd);
    expectError(await extractFile(path), 'FILE_TOO_LARGE', /51\.0 MB|51 MB/);
    expectError(
      await extractBytes(new Uint8Array(2048), 'x.txt', { maxBytes: 1024 }),
      'FILE_TOO_LARGE',
      /超过上限/,
    );
  });

  it('a large text file within the limit is read', async () => {
    const path = join(dir, 'large.txt');
    writeFileSync(path, '一、总体情况\n'.repeat(250_000)); // about 4.5 MB, 1.75 million characters
    const r = await extractFile(path);
    expect(r.ok && r.doc.segments.length).toBe(250_000);
  });

  it('too many pages is TOO_MANY_PAGES', async () => {
    const r = await extractFile(fixture('samples/004_e6a1a50ddf61be61.pdf'), { maxPages: 3 });
    expectError(r, 'TOO_MANY_PAGES', /共 5 页，超过上限 3 页/);
  });

  it('a Word file bigger unpacked than allowed is ARCHIVE_TOO_LARGE', async () => {
    const r = await extractFile(fixture('samples/004_e6a1a50ddf61be61.docx'), {
      maxUnpackedBytes: 50_000,
    });
    expectError(r, 'ARCHIVE_TOO_LARGE', /解压后超过/);
  });

  it('out of time is TIMEOUT, for a PDF and for a Word file', async () => {
    const pdf = await extractFile(fixture('samples/004_e6a1a50ddf61be61.pdf'), { timeoutMs: 5 });
    expectError(pdf, 'TIMEOUT', /超过 5 毫秒仍未完成/);
    // A Word file whose reading outlasts the time: stopped at the next checkpoint.
    const zip = new JSZip();
    const paragraphs = Array.from(
      { length: 200_000 },
      (_, i) => `<w:p><w:r><w:t>第${i}段</w:t></w:r></w:p>`,
    );
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="${W}"><w:body>${paragraphs.join('')}</w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expectError(
      await extractBytes(bytes, 'long.docx', { timeoutMs: 20 }),
      'TIMEOUT',
      /超过 20 毫秒/,
    );
    expect((await extractBytes(bytes, 'long.docx', { maxParagraphs: 300_000 })).ok).toBe(true);
    // 200,000 paragraphs are beyond any report: by default, their own limit stops them.
    expectError(
      await extractBytes(bytes, 'long.docx'),
      'TOO_MANY_PARAGRAPHS',
      /「long\.docx」有超过 10 万个段落/,
    );
    // After a timeout the next file is read normally.
    const again = await extractFile(fixture('samples/004_e6a1a50ddf61be61.pdf'));
    expect(again.ok).toBe(true);
  });

  it('files given at once are read independently', async () => {
    const files = [
      'bad/scanned.pdf',
      'samples/002_73996fd1531b3677.pdf',
      'bad/encrypted.pdf',
      'samples/002_73996fd1531b3677.docx',
    ];
    const results = await Promise.all(files.map((f) => extractFile(fixture(f))));
    expect(results.map((r) => (r.ok ? r.doc.format : r.error.code))).toEqual([
      'NO_TEXT_LAYER',
      'pdf',
      'ENCRYPTED',
      'docx',
    ]);
  });

  it('a folder named like a file is not read', () => {
    mkdirSync(join(dir, 'report.docx'));
    return extractFile(join(dir, 'report.docx')).then((r) =>
      expect(!r.ok && r.error.code).toBe('NOT_FOUND'),
    );
  });
});

describe('a text far longer than any report', () => {
  it('stops with TEXT_TOO_LONG and says how long it is, before the parser sees it', async () => {
    const line = '本年度共收到政府信息公开申请0件，均已按时办结。\n';
    const bytes = new TextEncoder().encode(line.repeat(Math.ceil(2_100_000 / line.length)));
    const r = await extractBytes(bytes, '合订本.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('TEXT_TOO_LONG');
      expect(r.error.message).toContain('万字');
      expect(r.error.message).toContain('「合订本.txt」');
    }
  });
});
