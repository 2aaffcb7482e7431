// A seeded, reproducible generator of mutated reports (.txt, .docx, .pdf) for the fuzz suite:
// byte flips, truncation, zip entry corruption, XML mutations, huge repeats, PDF object
// mutations, and external references (XXE, file links) to a marker file that must never leak.
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** mulberry32: small, fast and the same on every machine. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export interface Seeds {
  txt: Uint8Array[];
  docx: Uint8Array[];
  pdf: Uint8Array[];
}

export interface FuzzCase {
  name: string;
  ext: 'txt' | 'docx' | 'pdf';
  /** The mutations applied, for the report of a failing case. */
  mutations: string[];
  bytes: Uint8Array;
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const flipBytes = (r: Rand, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(b);
  const n = 1 + int(r, 16);
  for (let i = 0; i < n; i++) out[int(r, out.length)] = int(r, 256);
  return out;
};
const truncate = (r: Rand, b: Uint8Array): Uint8Array => b.subarray(0, int(r, b.length));
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const fromLatin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

// ---- text ----
const TEXT_MUTATIONS: Record<string, (r: Rand, t: string, marker: string) => string> = {
  'huge-line': (r, t) => {
    const at = int(r, t.length);
    return t.slice(0, at) + '公开'.repeat(200_000 + int(r, 300_000)) + t.slice(at);
  },
  'repeat-lines': (r, t) => {
    const lines = t.split('\n');
    const line = pick(r, lines);
    const at = int(r, lines.length);
    lines.splice(at, 0, ...Array<string>(5_000 + int(r, 20_000)).fill(line));
    return lines.join('\n');
  },
  'long-number': (r, t) => t.replace(/\t\d+/, `\t${'9'.repeat(13 + int(r, 400))}`),
  headings: (r, t) => t + '\n一、概述\n'.repeat(5_000 + int(r, 10_000)),
  'delete-span': (r, t) => {
    const a = int(r, t.length);
    return t.slice(0, a) + t.slice(a + int(r, 2000));
  },
  'marker-path': (_r, t, marker) => t.replace('\n', `\n附件：file://${marker}\n`),
  'control-chars': (r, t) => {
    const at = int(r, t.length);
    return t.slice(0, at) + '\u0000\u0007\ufffe\ud800' + t.slice(at);
  },
};

const mutateTxt = (r: Rand, seed: Uint8Array, marker: string): [string[], Uint8Array] => {
  const kind = pick(r, [...Object.keys(TEXT_MUTATIONS), 'flip', 'truncate', 'gb18030-garble']);
  if (kind === 'flip') return [[kind], flipBytes(r, seed)];
  if (kind === 'truncate') return [[kind], truncate(r, seed)];
  const text = new TextDecoder().decode(seed);
  if (kind === 'gb18030-garble') return [[kind], fromLatin1(text.slice(0, 3000))];
  return [[kind], new TextEncoder().encode(TEXT_MUTATIONS[kind]!(r, text, marker))];
};

// ---- Word ----
const XML_MUTATIONS: Record<string, (r: Rand, xml: string, marker: string) => string> = {
  xxe: (_r, xml, marker) =>
    xml
      .replace(
        /<w:document/,
        `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${marker}">]><w:document`,
      )
      .replace(/<w:t>/, '<w:t>&xxe;'),
  'billion-laughs': (_r, xml) =>
    xml
      .replace(
        /<w:document/,
        '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document',
      )
      .replace(/<w:t>/, '<w:t>&c;'),
  'deep-tables': (r, xml) => {
    const depth = 300 + int(r, 3000);
    const open = '<w:tbl><w:tr><w:tc>'.repeat(depth);
    const close = '<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth);
    return xml.replace('<w:body>', `<w:body>${open}${close}`);
  },
  'empty-paragraphs': (r, xml) =>
    xml.replace('<w:body>', '<w:body>' + '<w:p/>'.repeat(50_000 + int(r, 150_000))),
  'drop-close-tag': (r, xml) => {
    const tags = [...xml.matchAll(/<\/w:[a-zA-Z]+>/g)];
    if (tags.length === 0) return xml;
    const m = pick(r, tags);
    return xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  },
  'duplicate-element': (r, xml) => {
    const ps = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];
    if (ps.length === 0) return xml;
    const m = pick(r, ps);
    return xml.slice(0, m.index) + m[0].repeat(2 + int(r, 2000)) + xml.slice(m.index);
  },
  'long-number-cell': (r, xml) =>
    xml.replace(/<w:t>(\d+)<\/w:t>/, `<w:t>${'9'.repeat(13 + int(r, 400))}</w:t>`),
  'bad-attributes': (r, xml) =>
    xml.replace(
      /w:gridSpan w:val="\d+"/g,
      `w:gridSpan w:val="${pick(r, ['-1', '999999', 'x', '1e9'])}"`,
    ),
};

const mutateDocx = async (
  r: Rand,
  seed: Uint8Array,
  marker: string,
): Promise<[string[], Uint8Array]> => {
  const kind = pick(r, [
    ...Object.keys(XML_MUTATIONS),
    'flip',
    'truncate',
    'zip-entry',
    'rels-marker',
    'content-types',
  ]);
  if (kind === 'flip') return [[kind], flipBytes(r, seed)];
  if (kind === 'truncate') return [[kind], truncate(r, seed)];
  if (kind === 'zip-entry') {
    // Corrupt the bytes of one stored entry (local header or data), not the directory.
    const out = new Uint8Array(seed);
    const at = int(r, Math.max(1, out.length - 200));
    for (let i = 0; i < 8 + int(r, 64); i++) out[at + i] = int(r, 256);
    return [[kind], out];
  }
  const zip = await JSZip.loadAsync(seed);
  if (kind === 'rels-marker') {
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="file://${marker}" TargetMode="External"/></Relationships>`,
      ),
    );
  } else if (kind === 'content-types') {
    zip.file(
      '[Content_Types].xml',
      '<Types><Default Extension="xml" ContentType="text/plain"/></Types>',
    );
  } else {
    const xml = (await zip.file('word/document.xml')!.async('string')) ?? '';
    zip.file('word/document.xml', XML_MUTATIONS[kind]!(r, xml, marker));
  }
  return [[kind], await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })];
};

// ---- PDF ----
const PDF_MUTATIONS: Record<string, (r: Rand, pdf: string, marker: string) => string> = {
  'count-zero': (_r, pdf) => pdf.replace(/\/Count \d+/, '/Count 0'),
  'count-huge': (_r, pdf) => pdf.replace(/\/Count \d+/, '/Count 99999999'),
  'kids-self': (_r, pdf) => {
    const m = /(\d+) 0 obj\s*<<(?:(?!endobj)[\s\S])*?\/Type\s*\/Pages/.exec(pdf);
    return m ? pdf.replace(/\/Kids\s*\[/, `/Kids [${m[1]} 0 R `) : pdf;
  },
  'length-lie': (r, pdf) => pdf.replace(/\/Length (\d+)/, () => `/Length ${int(r, 1e9)}`),
  'xref-garble': (r, pdf) => {
    const at = pdf.lastIndexOf('xref');
    return at < 0
      ? pdf
      : pdf.slice(0, at) + 'xref\n0 9999\n' + 'x'.repeat(int(r, 500)) + pdf.slice(at + 4);
  },
  'flate-bomb': (r, pdf) => {
    const bomb = deflateSync(Buffer.alloc((40 + int(r, 60)) * 1024 * 1024, 0x20)).toString(
      'latin1',
    );
    return pdf.replace(
      /(\/Length \d+[^]*?stream\r?\n)[^]*?(endstream)/,
      () => `/Length ${bomb.length} /Filter /FlateDecode >>\nstream\n${bomb}\nendstream`,
    );
  },
  'nested-q': (r, pdf) => {
    const ops = Buffer.from('q '.repeat(1000 + int(r, 50_000)));
    return pdf.replace(/stream\r?\n/, () => `stream\n${ops.toString('latin1')}`);
  },
  'marker-uri': (_r, pdf, marker) =>
    pdf.replace(
      /\/Type\s*\/Catalog/,
      `/Type /Catalog /OpenAction << /S /Launch /F (${marker}) >> /Names << /EmbeddedFiles << /Names [(m) << /Type /Filespec /F (${marker}) /UF (${marker}) >>] >> >>`,
    ),
  'drop-object': (r, pdf) => {
    const objs = [...pdf.matchAll(/\d+ 0 obj[\s\S]*?endobj/g)];
    if (objs.length === 0) return pdf;
    const m = pick(r, objs);
    return pdf.slice(0, m.index) + pdf.slice(m.index + m[0].length);
  },
  'huge-mediabox': (_r, pdf) =>
    pdf.replace(/\/MediaBox\s*\[[^\]]*\]/, '/MediaBox [0 0 1e30 -1e30]'),
};

const mutatePdf = (r: Rand, seed: Uint8Array, marker: string): [string[], Uint8Array] => {
  const kind = pick(r, [...Object.keys(PDF_MUTATIONS), 'flip', 'truncate']);
  if (kind === 'flip') return [[kind], flipBytes(r, seed)];
  if (kind === 'truncate') return [[kind], truncate(r, seed)];
  return [[kind], fromLatin1(PDF_MUTATIONS[kind]!(r, latin1(seed), marker))];
};

/**
 * The `index`-th case of the run seeded `seed`: the same pair gives the same bytes anywhere.
 * Formats rotate txt → docx → pdf; the seed report is drawn from `seeds`.
 */
export const fuzzCase = async (
  seeds: Seeds,
  seed: number,
  index: number,
  marker: string,
): Promise<FuzzCase> => {
  const r = prng((seed * 1_000_003 + index) >>> 0);
  const ext = (['txt', 'docx', 'pdf'] as const)[index % 3]!;
  const base = pick(r, seeds[ext]);
  const [mutations, bytes] =
    ext === 'txt'
      ? mutateTxt(r, base, marker)
      : ext === 'docx'
        ? await mutateDocx(r, base, marker)
        : mutatePdf(r, base, marker);
  const name = `fuzz-${seed}-${String(index).padStart(5, '0')}-${mutations.join('+')}.${ext}`;
  return { name, ext, mutations, bytes };
};
