// The XML parser was rewritten for speed (issue 17): it reads UTF-8 parts as Latin-1 and scans
// ordinary tags in one pass. It must give the tree (or the error) the old parser gave, on every
// XML part of the fixtures' Word and OFD files and on generated, damaged and hostile XML.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml, parseXmlBytes, type XmlElement } from '../../src/main/extract/docx/xml';
import { readZipDirectory, unpackEntry } from '../../src/main/extract/docx/zip';
import { parseXmlV1 } from '../support/reference/xml-v1';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** The tree as JSON (attribute order included), or the error's message and limit. */
const outcome = (parse: () => XmlElement): string => {
  try {
    return JSON.stringify({ tree: parse() });
  } catch (error) {
    const e = error as Error & { limit?: unknown };
    return JSON.stringify({ error: e.message, limit: e.limit ?? null });
  }
};
const isTree = (o: string): boolean => o.startsWith('{"tree"');

/** Enough for every real part; a hostile one stops at it, which is compared too. */
const LIMITS = { maxElements: 200_000, maxDepth: 256 };

/** The old way: the whole part decoded as the Word reader decoded it, then parsed. */
const oldFromBytes = (data: Uint8Array): string => {
  const utf16 = data[0] === 0xff && data[1] === 0xfe;
  return outcome(() =>
    parseXmlV1(new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(data), LIMITS),
  );
};

const same = (data: Uint8Array, limits = LIMITS): void => {
  const utf16 = data[0] === 0xff && data[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(data);
  const expected = outcome(() => parseXmlV1(text, limits));
  expect(outcome(() => parseXmlBytes(data, limits))).toBe(expected);
  expect(outcome(() => parseXml(text, limits))).toBe(expected);
};

/** Every .xml part (up to 2 MB) of every .docx and .ofd of the fixtures, hostile ones included. */
const packagedParts = (): Array<{ name: string; data: Uint8Array }> => {
  const out: Array<{ name: string; data: Uint8Array }> = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(docx|ofd)$/.test(e.name)) {
        const bytes = new Uint8Array(readFileSync(path));
        let entries;
        try {
          entries = readZipDirectory(bytes);
        } catch {
          continue;
        }
        for (const entry of entries) {
          // Bombs of tens of MB only repeat one element: the limits below meet them.
          if (!/\.(xml|rels)$/.test(entry.name) || entry.size > 2 << 20) continue;
          try {
            out.push({ name: `${e.name}:${entry.name}`, data: unpackEntry(bytes, entry, 2 << 20) });
          } catch {
            // a damaged entry: the zip tests cover it
          }
        }
      }
    }
  };
  walk(fixtures);
  return out;
};

/** A seeded generator (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Pieces XML is made of, odd ones included: each is ASCII, Chinese, or bytes broken on purpose. */
const PIECES = [
  '<w:p>',
  '</w:p>',
  '<w:r><w:t xml:space="preserve">年度报告 2024</w:t></w:r>',
  '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr></w:tc>',
  `<x:doc xmlns:x="${W}">`,
  '</x:doc>',
  `<w:body xmlns:w="${W}">`,
  '</w:body>',
  '<a b = \'1\' c="&lt;&#x4E00;&#20108;&amp;&bogus;">',
  '</a>',
  '<a b="x>y" c=\'"\'/>',
  '<a b=1>',
  '<a b="1"c="2">',
  '<a b="1" b="2" xmlns:q="urn:schemas-microsoft-com:vml" xmlns:q="nope">',
  '<q:shape q:id="1"/>',
  '<名 属="值">',
  '</名>',
  '<a\u3000b="1">',
  '<a / >',
  '<a/>',
  '< a>',
  '</ a >',
  '<!-- 注释 -->',
  '<![CDATA[<原样>]]>',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  '文字&amp;&#12354;',
  '\u00a0\ufeff ',
  '\n\t',
  '<a b="\u00a0"\u00a0c="2">',
  '<a "b"="1">',
  '<a b="1" / c="2">',
  '<',
  '>',
  '"',
  "'",
  '&',
];
const BROKEN: number[][] = [
  [0xe4, 0xb8], // a Chinese character cut short
  [0x80],
  [0xff],
  [0xf0, 0x9f, 0x98],
  [0xc3, 0xa9], // é
];

const generated = (seed: number): Uint8Array => {
  const next = random(seed);
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  if (next() < 0.1) chunks.push(new Uint8Array([0xef, 0xbb, 0xbf]));
  const n = 1 + Math.floor(next() * 30);
  for (let i = 0; i < n; i++) {
    if (next() < 0.1) chunks.push(new Uint8Array(BROKEN[Math.floor(next() * BROKEN.length)]!));
    else chunks.push(encoder.encode(PIECES[Math.floor(next() * PIECES.length)]!));
  }
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** A well-formed tree of random names, attributes and text, with a damaged piece now and then. */
const generatedTree = (seed: number): Uint8Array => {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const names = ['w:p', 'w:r', 'w:t', 'x:tc', 'a', '名', 'v:shape', 'w14:paraId', 'a.b-c_d'];
  const keys = ['w:val', 'xml:space', 'r:id', 'x:w', '属性', 'b', 'b', 'xmlns:x', 'xmlns:v'];
  const values = [
    '1',
    '年度报告',
    'a>b',
    '&lt;&#x4E00;&amp;&nope;',
    W,
    'urn:schemas-microsoft-com:vml',
    ' ',
    "it's",
    '',
  ];
  const texts = ['文字', ' ', '\n', 'A&amp;B', '&#12354;', '2024年', '　'];
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const put = (s: string) => chunks.push(encoder.encode(s));
  const element = (depth: number): void => {
    const name = pick(names);
    const q = next() < 0.5 ? '"' : "'";
    const attrs = Array.from({ length: Math.floor(next() * 4) }, () => {
      const value = pick(values).replaceAll(q, '');
      return `${next() < 0.2 ? '\n' : ' '}${pick(keys)}${next() < 0.2 ? ' = ' : '='}${q}${value}${q}`;
    }).join('');
    if (depth > 4 || next() < 0.3) {
      put(`<${name}${attrs}${next() < 0.5 ? '/' : ' /'}>`);
      return;
    }
    put(`<${name}${attrs}>`);
    for (let k = Math.floor(next() * 4); k > 0; k--) {
      if (next() < 0.05) chunks.push(new Uint8Array(pick(BROKEN)));
      else if (next() < 0.5) put(pick(texts));
      else element(depth + 1);
    }
    put(`</${name}>`);
  };
  if (next() < 0.2) put('<?xml version="1.0" encoding="UTF-8"?>\n');
  element(0);
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

describe('XML parser: the same trees and errors as before its rewrite', () => {
  it('on every XML part of the fixtures’ Word and OFD files', () => {
    const parts = packagedParts();
    expect(parts.length).toBeGreaterThan(50);
    let trees = 0;
    for (const { name, data } of parts) {
      const expected = oldFromBytes(data);
      if (isTree(expected)) trees++;
      expect(
        outcome(() => parseXmlBytes(data, LIMITS)),
        name,
      ).toBe(expected);
    }
    expect(trees).toBeGreaterThan(50);
  });

  it('on 3000 generated snippets: Chinese, broken UTF-8, odd tags, prefixes, entities', () => {
    for (let seed = 1; seed <= 3000; seed++) same(generated(seed));
  });

  it('on 2000 generated well-formed trees', () => {
    let trees = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const data = generatedTree(seed);
      same(data);
      if (isTree(oldFromBytes(data))) trees++;
    }
    // Nearly all are trees, so the trees are compared, not only the errors.
    expect(trees).toBeGreaterThan(1500);
  });

  it('on a fixture part cut at every place and with bytes flipped', () => {
    const document = packagedParts().find((p) => p.name.endsWith('word/document.xml'))!;
    const part = document.data.subarray(0, 4000);
    for (let cut = 0; cut < part.length; cut += 37) same(part.subarray(0, cut));
    const next = random(7);
    for (let k = 0; k < 300; k++) {
      const copy = new Uint8Array(part);
      for (let f = 0; f < 3; f++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256);
      same(copy);
    }
  });

  it('at the element and nesting limits, and on UTF-16 parts', () => {
    const deep = new TextEncoder().encode(`${'<a>'.repeat(40)}${'</a>'.repeat(40)}`);
    same(deep, { maxElements: 1000, maxDepth: 30 });
    same(deep, { maxElements: 20, maxDepth: 256 });
    same(deep, { maxElements: 40, maxDepth: 40 });
    const utf16 = Buffer.from(`\ufeff<w:p a="年">文字</w:p>`, 'utf16le');
    same(new Uint8Array(utf16));
  });
});
