// Formats LibreOffice converts (.doc, .wps, .rtf, .odt, Word XML): sniffed from the content, converted
// when soffice exists (here a stand-in script, so the tests never need LibreOffice), refused with
// advice when it does not.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../src/main/extract';
import { findSoffice } from '../../src/main/extract/convert';
import { sniff } from '../../src/main/extract/sniff';
import { parseReport } from '../../src/shared/parser';
import { fixture, readFixture } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-convert-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A stand-in for soffice: records its arguments, checks the private profile and the input, and
 * "converts" by copying a known .docx where LibreOffice would write its output.
 */
const fakeSoffice = (name: string, body: string): string => {
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
fs.writeFileSync(${JSON.stringify(join(dir, `${name}.args.json`))}, JSON.stringify(args));
const outdir = args[args.indexOf('--outdir') + 1];
const input = args[args.length - 1];
${body}
`,
  );
  chmodSync(path, 0o755);
  return path;
};

const converting = fakeSoffice(
  'soffice-ok',
  `fs.mkdirSync(outdir, { recursive: true });
fs.copyFileSync(${JSON.stringify(fixture('docx/nonzero-flat.docx'))}, path.join(outdir, path.basename(input).replace(/\\.[^.]+$/, '.docx')));`,
);
const failing = fakeSoffice(
  'soffice-fails',
  `process.stderr.write('Error: source file could not be loaded\\n'); process.exit(1);`,
);
const hanging = fakeSoffice(
  'soffice-hangs',
  `fs.writeFileSync(${JSON.stringify(join(dir, 'hang.pid'))}, String(process.pid)); setInterval(() => {}, 1000);`,
);

const tempFolders = (): string[] =>
  readdirSync(tmpdir()).filter(
    (n) => n.startsWith('nianbao-convert-') && !n.startsWith('nianbao-convert-test-'),
  );

describe('sniffing the format from the content', () => {
  it('recognizes each kind whatever the name', async () => {
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    odt.file('content.xml', '<office:document-content/>');
    const xlsx = new JSZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const cases: Array<[Uint8Array, string]> = [
      [readFixture('samples/000_a5e6e1e0a8da6139.docx'), 'docx'],
      [readFixture('samples/000_a5e6e1e0a8da6139.pdf'), 'pdf'],
      [readFixture('docx/report.doc'), 'doc'],
      [Buffer.from('{\\rtf1\\ansi 政府信息公开}'), 'rtf'],
      [await odt.generateAsync({ type: 'uint8array' }), 'odt'],
      [await xlsx.generateAsync({ type: 'uint8array' }), 'other-zip'],
      [Buffer.from('\ufeff<!DOCTYPE html><html><body>年度报告</body></html>'), 'html'],
      [Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n'), 'mht'],
      [Buffer.from('<!-- saved from url=(0040)http://www.gov.cn/ -->\n<html><body>'), 'html'],
      [
        Buffer.from(
          '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument/>',
        ),
        'word-xml',
      ],
      [readFixture('bad/picture.png'), 'image'],
      [readFixture('bad/truncated.docx'), 'broken-zip'],
      [Buffer.from('一、总体情况'), 'text'],
    ];
    for (const [bytes, kind] of cases) expect(sniff(bytes)).toBe(kind);
  });

  it('a password-protected Word file (an OLE container with an EncryptedPackage stream) is ENCRYPTED', async () => {
    // The header of a compound file, then the directory entry names Word writes for it.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1016),
      Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le'),
    ]);
    const r = await extractBytes(ole, '加密.docx');
    expect(!r.ok && r.error.code).toBe('ENCRYPTED');
    expect(!r.ok && r.error.message).toMatch(/设置了打开密码/);
  });

  it('a Word document renamed .pdf is read as Word', async () => {
    const r = await extractBytes(readFixture('samples/002_73996fd1531b3677.docx'), 'report.pdf');
    expect(r.ok && r.doc.format).toBe('docx');
  });

  it('an Excel file is refused with advice', async () => {
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    const r = await extractBytes(await xlsx.generateAsync({ type: 'uint8array' }), 'a.xlsx');
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(!r.ok && r.error.message).toMatch(/另存为 \.docx/);
  });
});

describe('conversion with LibreOffice', () => {
  it('converts a .doc in a temporary folder, notes it, and removes the folder', async () => {
    const before = tempFolders();
    const r = await extractFile(fixture('docx/report.doc'), { soffice: converting });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.format).toBe('doc');
    expect(r.doc.notes[0]).toBe('由 .doc 转换');
    expect(parseReport(r.doc.text).report.agency).toBe('牧野区司法局');
    const args = JSON.parse(readFileSync(join(dir, 'soffice-ok.args.json'), 'utf8')) as string[];
    expect(args).toContain('--headless');
    expect(args.find((a) => a.startsWith('-env:UserInstallation=file://'))).toBeDefined();
    expect(args).toContain('docx:MS Word 2007 XML');
    expect(args[args.length - 1]).toMatch(/input\.doc$/);
    expect(tempFolders()).toEqual(before);
  });

  it('names the file’s own extension in the note (.wps, .rtf, .xml)', async () => {
    const doc = readFixture('docx/report.doc');
    const wps = await extractBytes(doc, '报告.wps', { soffice: converting });
    expect(wps.ok && wps.doc.notes[0]).toBe('由 .wps 转换');
    const rtf = await extractBytes(Buffer.from('{\\rtf1 报告}'), 'r.rtf', { soffice: converting });
    expect(rtf.ok && rtf.doc.notes[0]).toBe('由 .rtf 转换');
    const wordXml = Buffer.from(
      '<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>',
    );
    const xml = await extractBytes(wordXml, 'r.xml', { soffice: converting });
    expect(xml.ok && xml.doc.notes[0]).toBe('由 .xml 转换');
  });

  it('without LibreOffice: UNSUPPORTED_FORMAT, advising .docx or PDF', async () => {
    const r = await extractFile(fixture('docx/report.doc'), { soffice: null });
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(!r.ok && r.error.message).toMatch(/未安装 LibreOffice.*另存为 \.docx.*PDF/);
  });

  it('a failing conversion says why', async () => {
    const r = await extractFile(fixture('docx/report.doc'), { soffice: failing });
    expect(!r.ok && r.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(!r.ok && r.error.message).toMatch(/转换失败.*source file could not be loaded/);
  });

  it('a conversion that hangs is killed at the time limit, and its folder removed', async () => {
    const before = tempFolders();
    const r = await extractFile(fixture('docx/report.doc'), { soffice: hanging, timeoutMs: 1500 });
    expect(!r.ok && r.error.code).toBe('TIMEOUT');
    expect(!r.ok && r.error.message).toMatch(/超过 2 秒仍未完成/);
    expect(tempFolders()).toEqual(before);
    const pid = Number(readFileSync(join(dir, 'hang.pid'), 'utf8'));
    await new Promise((done) => setTimeout(done, 100));
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('finds soffice on PATH, and not where it is not', () => {
    expect(findSoffice({ PATH: dir })).toBeNull();
    const bin = mkdtempSync(join(dir, 'bin-'));
    writeFileSync(join(bin, 'soffice'), '');
    expect(findSoffice({ PATH: bin })).toBe(join(bin, 'soffice'));
    expect(existsSync(join(bin, 'soffice'))).toBe(true);
  });
});
