// Bad OFD input: each gives an error result with a code and a Chinese message, or reads what
// can be read; nothing throws, no entity is expanded, no external file is read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { textObject, writeOfd, type PageSpec } from '../support/ofd-writer';

/** A page of report-like text: enough characters to be a text layer. */
const textPage = (lines: string[]): PageSpec => ({
  objects: lines.map((text, i) =>
    textObject({
      id: 10 + i,
      boundary: [25, 30 + i * 8, 160, 7],
      size: 5,
      text,
      x: 0,
      y: 5,
      deltaX: [...text].slice(1).map(() => 5),
    }),
  ),
});

const LINES = [
  '某县司法局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '本机关认真贯彻落实条例。',
];

const page = (objects: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${objects}</ofd:Layer></ofd:Content></ofd:Page>`;

const read = async (bytes: Uint8Array, options = {}) => extractBytes(bytes, '报告.ofd', options);

const expectError = async (bytes: Uint8Array, code: string, words: RegExp, options = {}) => {
  const r = await read(bytes, options);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(/「报告\.ofd」/);
  expect(r.error.message).toMatch(words);
};

describe('bad OFD input', () => {
  it('a well-formed package reads (the baseline the others break)', async () => {
    const r = await read(await writeOfd({ docs: [[textPage(LINES)]] }));
    expect(r.ok && r.doc.text).toBe(`${LINES.join('\n')}\n`);
  });

  it('a ZIP cut short', async () => {
    const bytes = await writeOfd({ docs: [[textPage(LINES)]] });
    await expectError(bytes.subarray(0, bytes.length - 60), 'CORRUPT_FILE', /OFD.*截断/);
  });

  it('OFD.xml pointing to a Document.xml that is not there', async () => {
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Doc_0/Document.xml': null },
    });
    await expectError(bytes, 'CORRUPT_FILE', /OFD.*Doc_0\/Document\.xml 不存在/);
  });

  it('a document whose page content is missing', async () => {
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Doc_0/Pages/Page_0/Content.xml': null },
    });
    await expectError(bytes, 'CORRUPT_FILE', /缺失或无法读取/);
  });

  it('one page of two missing: the other is read, the reviewer told', async () => {
    const bytes = await writeOfd({
      docs: [[textPage(LINES), textPage(['二、主动公开政府信息情况'])]],
      parts: { 'Doc_0/Pages/Page_1/Content.xml': null },
    });
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toContain('一、总体情况');
    expect(r.doc.notes).toContain(
      '第 2 页的内容文件缺失或无法读取，这些页的内容未能读取，请对照原文件核对。',
    );
  });

  it('an OFD.xml that is not XML', async () => {
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'OFD.xml': '<ofd:OFD><a' },
    });
    await expectError(bytes, 'CORRUPT_FILE', /OFD\.xml 不是有效的 XML/);
  });

  it('entity expansion (billion laughs) is never expanded', async () => {
    const dtd =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const objects = textPage([...LINES, '&lol3;']).objects.join('');
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: {
        'Doc_0/Pages/Page_0/Content.xml': page(objects).replace('?>', `?>${dtd}`),
      },
    });
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).toContain('一、总体情况');
    expect(r.doc.text).not.toContain('lollol');
  });

  it('an external entity is never resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ofd-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, '机密内容不应出现');
    const dtd = `<!DOCTYPE p [<!ENTITY xxe SYSTEM "file://${secret}">]>`;
    const objects = textPage([...LINES, '&xxe;']).objects.join('');
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Doc_0/Pages/Page_0/Content.xml': page(objects).replace('?>', `?>${dtd}`) },
    });
    const r = await read(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.text).not.toContain('机密内容');
    expect(r.doc.text).toContain('一、总体情况');
  });

  it('100 000 nested PageBlocks: refused at the XML nesting limit, nothing overflows', async () => {
    const depth = 100_000;
    const nest = '<ofd:PageBlock ID="1">'.repeat(depth) + '</ofd:PageBlock>'.repeat(depth);
    const objects = textPage(LINES).objects.join('') + nest;
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Doc_0/Pages/Page_0/Content.xml': page(objects) },
    });
    const r = await read(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NESTING_TOO_DEEP');
    expect(r.error.message).toMatch(/「报告\.ofd」/);
    expect(r.error.message).toMatch(/嵌套层数过多/);
  });

  it('a page with 100 000 objects', async () => {
    const rule = '<ofd:PathObject ID="1" Boundary="0 0 1 1"/>';
    const objects = textPage(LINES).objects.join('') + rule.repeat(100_000);
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Doc_0/Pages/Page_0/Content.xml': page(objects) },
    });
    await expectError(bytes, 'FILE_TOO_LARGE', /第 1 页的图形对象超过 50000 个/);
  });

  it('a part that unpacks beyond the limit (a zip bomb)', async () => {
    const padding = ' '.repeat(3_000_000);
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: {
        'Doc_0/Pages/Page_0/Content.xml': page(textPage(LINES).objects.join('') + padding),
      },
    });
    expect(bytes.length).toBeLessThan(100_000);
    await expectError(bytes, 'ARCHIVE_TOO_LARGE', /压缩炸弹/, { maxUnpackedBytes: 1_000_000 });
  });

  it('an encrypted package (Encryptions.xml) asks for an unencrypted file', async () => {
    const bytes = await writeOfd({
      docs: [[textPage(LINES)]],
      parts: { 'Encryptions.xml': '<ofd:Encryptions xmlns:ofd="http://www.ofdspec.org/2016"/>' },
    });
    await expectError(bytes, 'ENCRYPTED', /已加密/);
  });

  it('a page of pictures only is a scan', async () => {
    const bytes = await writeOfd({
      docs: [
        [
          {
            objects: [
              '<ofd:ImageObject ID="5" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>',
            ],
          },
        ],
      ],
    });
    await expectError(bytes, 'NO_TEXT_LAYER', /没有文字层/);
  });
});
