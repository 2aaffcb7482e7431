// Text files: encodings detected from the content, newlines normalized, one segment per line.
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { decodeText } from '../../src/main/extract/decode';
import { parseReport } from '../../src/shared/parser';
import { readFixture } from './helpers';

const utf8Sample = readFixture('samples/000_a5e6e1e0a8da6139.txt').toString('utf8');
const text = utf8Sample.replace(/^\ufeff/, '');

const utf16be = (s: string): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const encodings: Array<[string, Buffer, string]> = [
  ['UTF-8 without BOM', Buffer.from(text, 'utf8'), 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
  [
    'UTF-16 LE with BOM',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'utf-16le',
  ],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf-16be'],
  ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
  ['GB18030 without BOM', readFixture('samples/000_a5e6e1e0a8da6139.gb18030.txt'), 'gb18030'],
];

describe('text encodings', () => {
  for (const [name, bytes, encoding] of encodings) {
    it(`${name}: decoded exactly, as ${encoding}`, async () => {
      const decoded = decodeText(bytes);
      expect(decoded.ok && decoded.encoding).toBe(encoding);
      const r = await extractBytes(bytes, 'report.txt');
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.doc.format).toBe('txt');
      expect(r.doc.text).toBe(text.replace(/\r\n?/g, '\n'));
      expect(r.doc.notes).toEqual([]);
    });
  }

  it('the GB18030 sample reads as the same report as its UTF-8 form', async () => {
    const r = await extractBytes(readFixture('samples/003_bd471127bf420aa0.gb18030.txt'), 'x.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const utf8 = readFixture('samples/003_bd471127bf420aa0.txt').toString('utf8');
    expect(parseReport(r.doc.text).report.cells).toEqual(parseReport(utf8).report.cells);
  });

  it('CRLF and lone CR become \\n', async () => {
    const r = await extractBytes(Buffer.from('一、总体情况\r\n正文\r第三行\n'), 'a.txt');
    expect(r.ok && r.doc.text).toBe('一、总体情况\n正文\n第三行\n');
  });

  it('a GB18030 file behind a UTF-8 BOM is read as GB18030, with a note', async () => {
    const r = await extractBytes(readFixture('bad/gb18030-wrong-bom.txt'), 'wrong.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toBe(text.replace(/\r\n?/g, '\n'));
    expect(r.doc.notes.join()).toMatch(/BOM/);
  });

  it('a GB18030 file behind a UTF-16 BOM is not read as UTF-16 garbage', async () => {
    const gb = readFixture('samples/000_a5e6e1e0a8da6139.gb18030.txt');
    const r = await extractBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), gb]), 'x.txt');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toBe(text.replace(/\r\n?/g, '\n'));
    expect(r.doc.notes).toHaveLength(1);
  });
});

describe('text segments and refusals', () => {
  it('one line segment per non-empty line, 1-based', async () => {
    const r = await extractBytes(Buffer.from('标题\n\n第三行\t0\n'), 'a.txt');
    expect(r.ok && r.doc.segments).toEqual([
      { start: 0, end: 2, loc: { kind: 'line', line: 1 } },
      { start: 4, end: 9, loc: { kind: 'line', line: 3 } },
    ]);
  });

  it('binary content is NOT_TEXT, with a Chinese message', async () => {
    const bytes = Buffer.alloc(2000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 32;
    const r = await extractBytes(bytes, 'data.bin');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NOT_TEXT');
    expect(r.error.message).toMatch(/不是文本文件/);
  });

  it('an empty file is EMPTY_FILE; only blanks is EMPTY_FILE too', async () => {
    const empty = await extractBytes(new Uint8Array(0), 'a.txt');
    expect(!empty.ok && empty.error.code).toBe('EMPTY_FILE');
    const blank = await extractBytes(Buffer.from(' \n\t\r\n'), 'a.txt');
    expect(!blank.ok && blank.error.code).toBe('EMPTY_FILE');
    expect(!blank.ok && blank.error.message).toMatch(/空白/);
  });
});
