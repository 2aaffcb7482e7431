// A text report (.txt, .md, .html) cut short in the middle of a character, or with a few damaged
// bytes, is read with a note for the reviewer, not refused as "不是文本文件": one bad byte in a
// 20 KB report is no reason to lose the whole report. Binary content is still refused. The
// damaged files are made here from the test's own report text (found by mutating fixtures:
// a truncated download, flipped bytes).
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const text = buildReportText({ year: 2024 });
const utf8 = Buffer.from(text, 'utf8');
/** The bytes cut one byte into the last of the report's Chinese characters (3 bytes in UTF-8). */
const lastHan = text.search(/[\u4e00-\u9fff][^\u4e00-\u9fff]*$/);
const cutAt = Buffer.byteLength(text.slice(0, lastHan), 'utf8') + 1;

const read = async (bytes: Uint8Array, name: string) => {
  const r = await extractBytes(bytes, name);
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.doc;
};

describe('a text report cut short or slightly damaged', () => {
  it('UTF-8 cut inside its last character: read up to it, with a note', async () => {
    const doc = await read(utf8.subarray(0, cutAt), 'report.txt');
    expect(doc.text).toBe(text.slice(0, lastHan));
    expect(doc.notes).toEqual([expect.stringMatching(/结尾的最后一个字不完整.*被截断/)]);
  });

  it('GB18030 cut inside its last character: the same', async () => {
    // Node has no GB18030 encoder: a line of ASCII and the two-byte GB18030 "年" (C4 EA), then a
    // second "年" cut after its first byte.
    const bytes = Buffer.concat([
      Buffer.from('2024 report\n'),
      Buffer.from([0xc4, 0xea, 0x0a, 0xc4]),
    ]);
    const doc = await read(bytes, 'report.txt');
    expect(doc.text).toBe('2024 report\n年\n');
    expect(doc.notes[0]).toMatch(/被截断/);
  });

  it('UTF-8 with three damaged bytes: every table cell still read, the places marked', async () => {
    const bytes = Buffer.from(utf8);
    // Damage the first byte of three Chinese characters of the opening prose.
    const start = Buffer.byteLength(text.slice(0, text.indexOf('一、总体情况') + 7), 'utf8');
    for (const at of [start, start + 12, start + 30]) bytes[at] = 0xff;
    const doc = await read(bytes, 'report.txt');
    expect(doc.notes).toEqual([expect.stringMatching(/有 \d+ 处字节不是有效的文字编码/)]);
    expect(doc.text).toContain('\uFFFD');
    const cells = (t: string) =>
      Object.fromEntries(Object.entries(parseReport(t).report.cells).map(([k, c]) => [k, c.value]));
    expect(cells(doc.text)).toEqual(cells(text));
  });

  it('Markdown and HTML cut inside a character are read as Markdown and HTML', async () => {
    const md = Buffer.from(
      `# 某县司法局2024年政府信息公开工作年度报告\n\n| 规章 | 0 | 0 | 0 |\n|---|---|---|---|\n正文`,
    );
    const mdDoc = await read(md.subarray(0, md.length - 1), 'report.md');
    expect(mdDoc.format).toBe('md');
    expect(mdDoc.notes.join('')).toMatch(/被截断/);
    const html = Buffer.from(`<html><body><p>${text.replace(/\n/g, '</p><p>')}</p></body></html>`);
    const cut = html.subarray(0, html.indexOf(Buffer.from('</body>')) - 8);
    const htmlDoc = await read(cut, 'report.html');
    expect(htmlDoc.format).toBe('html');
  });

  it('many bad bytes are still not a text file', async () => {
    const bytes = Buffer.from(utf8);
    for (let i = 0; i < bytes.length; i += 40) bytes[i] = 0xff;
    const r = await extractBytes(bytes, 'report.txt');
    expect(!r.ok && r.error.code).toBe('NOT_TEXT');
  });
});
