// An OFD part is parsed from its bytes (parseXmlBytes, as the Word reader does) unless its
// declaration names another encoding than UTF-8. The result must be what decoding the whole
// part with TextDecoder and parsing the text gave: the same tree, or the same Chinese error of
// the same kind, on every XML part of every OFD fixture and on hostile parts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../src/main/extract/docx/xml';
import { OfdError, OfdPackage, partError } from '../../src/main/extract/ofd/package';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const BUDGET = 256 << 20;

/** The way parts were read before: decoded whole in the declared encoding, then parsed. */
const decodedThenParsed = (bytes: Uint8Array, path: string): XmlElement => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1];
  let text: string;
  try {
    text = new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  try {
    return parseXml(text);
  } catch (error) {
    throw partError(path, error); // the same wording either way: only the decoding differs
  }
};

const outcome = (read: () => XmlElement): string => {
  try {
    return JSON.stringify({ tree: read() });
  } catch (error) {
    const e = error as OfdError;
    return JSON.stringify({ error: e.message, kind: e.kind, ofd: e instanceof OfdError });
  }
};

/** Every part of the package ending in .xml: the new outcome and the old one. */
const compare = (bytes: Uint8Array): { parts: number; trees: number; errors: string[] } => {
  const pkg = new OfdPackage(bytes, BUDGET);
  let parts = 0;
  let trees = 0;
  const errors: string[] = [];
  for (const path of pkg.paths().filter((p) => /\.xml$/i.test(p))) {
    const data = new OfdPackage(bytes, BUDGET).bytesOf(path);
    const before = outcome(() => decodedThenParsed(data, path));
    expect(
      outcome(() => pkg.xml(path)),
      path,
    ).toBe(before);
    parts++;
    if (before.startsWith('{"tree"')) trees++;
    else errors.push(JSON.parse(before).error as string);
  }
  return { parts, trees, errors };
};

const ofdFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? ofdFiles(join(dir, e.name))
      : e.name.endsWith('.ofd')
        ? [join(dir, e.name)]
        : [],
  );

const packageOf = async (parts: Record<string, Uint8Array | string>): Promise<Uint8Array> => {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const gb18030 = (text: string): Uint8Array => {
  // TextEncoder writes only UTF-8: the GB18030 bytes of the test's characters, spelled out.
  const table: Record<string, number[]> = {
    司: [0xcb, 0xbe],
    法: [0xb7, 0xa8],
    局: [0xbe, 0xd6],
  };
  return new Uint8Array([...text].flatMap((c) => table[c] ?? [...new TextEncoder().encode(c)]));
};

describe('OFD parts parsed from their bytes', () => {
  it('give the tree decoding them whole gave, on every OFD fixture', () => {
    const files = ofdFiles(fixtures);
    expect(files.length).toBeGreaterThanOrEqual(14);
    let parts = 0;
    for (const file of files) parts += compare(new Uint8Array(readFileSync(file))).parts;
    expect(parts).toBeGreaterThan(50);
  });

  it('give the same tree or the same Chinese error on hostile and unusual parts', async () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    const decl = (enc: string) => `<?xml version="1.0" encoding="${enc}"?>`;
    const bytes = await packageOf({
      'OFD.xml': utf8(`${decl('UTF-8')}<ofd:OFD xmlns:ofd="x"><ofd:A>司法局</ofd:A></ofd:OFD>`),
      'bom.xml': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<a b="司法">局</a>')]),
      'nodecl.xml': utf8('<a>司法局 &amp; &#x53F8; &#0; &bogus;</a>'),
      'gb.xml': new Uint8Array([...utf8(decl('GB18030')), ...gb18030('<a t="司法">局</a>')]),
      'gbk.xml': new Uint8Array([...utf8(decl('gbk')), ...gb18030('<a>司法局</a>')]),
      'utf8-label.xml': utf8(`${decl('utf8')}<a>司法局</a>`),
      'unknown-label.xml': utf8(`${decl('x-nonsense')}<a>司法局</a>`),
      // A UTF-8 sequence cut short, a lone continuation byte, an overlong form: U+FFFD each.
      'broken.xml': new Uint8Array([
        ...utf8('<a>'),
        0xe5,
        0x8f,
        ...utf8('<b>'),
        0x80,
        0xc0,
        0xaf,
        ...utf8('</b></a>'),
      ]),
      'mismatch.xml': utf8('<司法><局></司法>'),
      'unclosed.xml': utf8('<a><b>司法局'),
      'empty.xml': new Uint8Array(),
      'text-only.xml': utf8('司法局'),
      'cdata.xml': utf8('<a><![CDATA[司法局'),
      'deep.xml': utf8('<a>'.repeat(300) + '</a>'.repeat(300)),
    });
    const { parts, trees, errors } = compare(bytes);
    expect(parts).toBe(14);
    expect(trees).toBe(8);
    // The bad ones still say what is wrong, in Chinese.
    expect(errors.join('\n')).toMatch(/mismatch\.xml 不是有效的 XML（标签不匹配：局 \/ 司法）/);
    expect(errors.join('\n')).toMatch(/deep\.xml 嵌套层数过多/);
    expect(errors.join('\n')).toMatch(/empty\.xml 不是有效的 XML（没有根元素）/);
  });
});
