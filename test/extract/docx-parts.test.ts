// The parts of the Word reader: XML, ZIP limits, numbering, inline text, table grid.
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { chineseCounting, formatCounter } from '../../src/main/extract/docx/number-format';
import { inlineText } from '../../src/main/extract/docx/inline';
import { layoutTable } from '../../src/main/extract/docx/table';
import { parseXml, XmlError } from '../../src/main/extract/docx/xml';
import { readZipDirectory, unpackEntry, ZipError } from '../../src/main/extract/docx/zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx around a body, with optional numbering and styles parts. */
const docx = async (body: string, parts: Record<string, string> = {}): Promise<Uint8Array> => {
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  for (const [name, xml] of Object.entries(parts)) zip.file(`word/${name}`, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

const text = async (body: string, parts?: Record<string, string>): Promise<string> => {
  const r = await extractBytes(await docx(body, parts), 't.docx');
  if (!r.ok) throw new Error(r.error.message);
  return r.doc.text;
};

const p = (inner: string, pPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

describe('XML', () => {
  it('reads entities, CDATA, comments; keeps canonical prefixes whatever the writer chose', () => {
    const el = parseXml(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY boom "boom">]><x:doc xmlns:x="${W}"><!-- c --><x:t a='1' b="&lt;&#x4E00;&#20108;">A&amp;B<![CDATA[<raw>]]>&boom;</x:t></x:doc>`,
    );
    expect(el.name).toBe('w:doc');
    const t = el.children[0] as { name: string; attrs: Record<string, string>; children: string[] };
    expect(t.name).toBe('w:t');
    expect(t.attrs).toEqual({ a: '1', b: '<一二' });
    // An entity a DOCTYPE declares is never expanded.
    expect(t.children.join('')).toBe('A&B<raw>&boom;');
  });

  it('refuses mismatched and unclosed tags', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a><b>')).toThrow(/未结束/);
    expect(() => parseXml('<a b="1')).toThrow(XmlError);
  });
});

describe('ZIP', () => {
  it('lists entries and unpacks within the limit; stops past it whatever the entry declares', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(10_000));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const [entry] = readZipDirectory(bytes);
    expect(entry!.name).toBe('a.xml');
    expect(unpackEntry(bytes, entry!, 10_000).length).toBe(10_000);
    expect(() => unpackEntry(bytes, entry!, 9_999)).toThrow(ZipError);
    expect(() => unpackEntry(bytes, { ...entry!, size: 10 }, 9_999)).toThrow(/过大/);
  });

  it('a truncated or damaged archive is corrupt', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(() => readZipDirectory(bytes.subarray(0, bytes.length - 30))).toThrow(ZipError);
    const [entry] = readZipDirectory(bytes);
    const broken = bytes.slice();
    broken.set(deflateRawSync(Buffer.from('zz')).subarray(0, 1), entry!.localOffset + 30 + 5);
    broken[entry!.localOffset + 30 + 5] = 0xff;
    expect(() => unpackEntry(broken, entry!, 100)).toThrow(ZipError);
  });
});

describe('numbering', () => {
  it('formats counters as Word draws them', () => {
    expect([1, 2, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseCounting)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
    expect(formatCounter(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatCounter(28, 'upperLetter')).toBe('BB');
    expect(formatCounter(14, 'lowerRoman')).toBe('xiv');
    expect(formatCounter(3, 'ideographTraditional')).toBe('丙');
    expect(formatCounter(2024, 'ideographDigital')).toBe('二〇二四');
    expect(formatCounter(5, 'bullet')).toBe('');
  });

  const numbering = `<w:numbering xmlns:w="${W}">
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/><w:isLgl/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  </w:numbering>`;
  const styles = `<w:styles xmlns:w="${W}">
    <w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style>
  </w:styles>`;
  const num = (id: number, lvl: number): string =>
    `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;

  it('rebuilds "一、", "（一）", legal "1.1"; deeper levels restart; lists sharing a definition continue', async () => {
    const body = [
      p(r('总体情况'), num(1, 0)),
      p(r('主动公开'), num(1, 1)),
      p(r('依申请公开'), num(1, 1)),
      p(r('细项'), num(1, 2)),
      p(r('主动公开政府信息情况'), '<w:pStyle w:val="H1b"/>'),
      p(r('规章'), num(1, 1)),
      p(r('收到和处理'), num(2, 0)),
      p(r('重新开始于五'), num(3, 0)),
      p(r('不编号'), '<w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join('');
    const lines = (await text(body, { 'numbering.xml': numbering, 'styles.xml': styles })).split(
      '\n',
    );
    expect(lines.slice(0, 9)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '1.1 细项',
      '二、主动公开政府信息情况',
      '（一）规章',
      '三、收到和处理',
      '五、重新开始于五',
      '不编号',
    ]);
  });
});

describe('inline text', () => {
  const inline = (xml: string, cell = false): string =>
    inlineText(
      parseXml(
        `<w:p xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${xml}</w:p>`,
      ),
      cell ? { tab: ' ', lineBreak: ' ' } : { tab: '\t', lineBreak: '\n' },
    ).text;

  it('keeps inserted text and field results; drops deleted text, field codes and hidden text', () => {
    expect(
      inline(
        `${r('共')}<w:ins>${r('12')}</w:ins><w:del><w:r><w:delText>10</w:delText></w:r></w:del>${r('件')}`,
      ),
    ).toBe('共12件');
    expect(
      inline(
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      ),
    ).toBe('3');
    expect(inline(`${r('可见')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>`)).toBe('可见');
    expect(
      inline(`<w:hyperlink>${r('链接')}</w:hyperlink><w:smartTag>${r('标记')}</w:smartTag>`),
    ).toBe('链接标记');
  });

  it('reads alternate content once, tabs and breaks, symbols; in a cell, tabs and breaks are spaces', () => {
    expect(
      inline(
        `<mc:AlternateContent><mc:Choice Requires="wps">${r('新')}</mc:Choice><mc:Fallback>${r('旧')}</mc:Fallback></mc:AlternateContent>`,
      ),
    ).toBe('新');
    expect(
      inline(
        `${r('a')}<w:r><w:tab/></w:r>${r('b')}<w:r><w:br/></w:r>${r('c')}<w:r><w:br w:type="page"/></w:r>`,
      ),
    ).toBe('a\tb\nc');
    expect(inline(`${r('a')}<w:r><w:tab/></w:r>${r('b')}<w:r><w:br/></w:r>${r('c')}`, true)).toBe(
      'a b c',
    );
    expect(inline('<w:r><w:sym w:font="Wingdings" w:char="F0B7"/><w:noBreakHyphen/></w:r>')).toBe(
      '·-',
    );
  });

  it('counts pictures and returns text boxes', () => {
    const res = inlineText(
      parseXml(
        `<w:p xmlns:w="${W}"><w:r><w:drawing><a:blip xmlns:a="a"/></w:drawing></w:r><w:r><w:pict><v:shape xmlns:v="v"><v:textbox><w:txbxContent>${p(r('框内'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
      ),
      { tab: '\t', lineBreak: '\n' },
    );
    expect(res.images).toBe(1);
    expect(res.boxes).toHaveLength(1);
  });
});

describe('table grid', () => {
  const tc = (t: string, tcPr = ''): string =>
    `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(r(t))}</w:tc>`;

  it('gridSpan, vMerge, gridBefore and content controls give one field per grid column', async () => {
    const tbl = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${tc('合并', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}${tc('A')}${tc('B')}</w:tr>
      <w:tr>${tc('', '<w:gridSpan w:val="2"/><w:vMerge/>')}${tc('1')}<w:sdt><w:sdtContent>${tc('2')}</w:sdtContent></w:sdt></w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('x')}${tc('y')}</w:tr>
    </w:tbl>`;
    expect(
      layoutTable(parseXml(`<w:body xmlns:w="${W}">${tbl}</w:body>`).children[0] as never).map(
        (row) => row.map((f) => (f ? f.cell : null)),
      ),
    ).toEqual([
      [0, null, 1, 2],
      [null, null, 1, 2],
      [null, 0, 1, null],
    ]);
    expect((await text(tbl)).split('\n').slice(0, 3)).toEqual([
      '合并\t\tA\tB',
      '\t\t1\t2',
      '\tx\ty\t',
    ]);
  });

  it('a cell with several paragraphs, a nested table and a picture reads as one field', async () => {
    const nested = `<w:tbl><w:tr>${tc('内1')}${tc('内2')}</w:tr></w:tbl>`;
    const tbl = `<w:tbl><w:tr><w:tc>${p(r('商业'))}${p(r('企业'))}${nested}</w:tc>${tc('5')}</w:tr></w:tbl>`;
    expect((await text(p(r('三、收到和处理政府信息公开申请情况')) + tbl)).split('\n')[1]).toBe(
      '商业 企业 内1 内2\t5',
    );
  });

  it('a picture in a table section becomes a "[图片]" line; elsewhere it is left out', async () => {
    const pic = '<w:r><w:drawing><pic:pic xmlns:pic="p"/></w:drawing></w:r>';
    const body = [
      p(pic),
      p(r('一、总体情况')),
      p(pic),
      p(r('三、收到和处理政府信息公开申请情况')),
      p(pic),
      p(r('五、存在的主要问题及改进情况')),
      p(pic),
    ].join('');
    expect((await text(body)).split('\n').filter((l) => l !== '')).toEqual([
      '一、总体情况',
      '三、收到和处理政府信息公开申请情况',
      '[图片]',
      '五、存在的主要问题及改进情况',
    ]);
  });

  it('a Word file of pictures only is NO_TEXT_LAYER; without anything it is EMPTY_FILE', async () => {
    const pic = '<w:r><w:drawing><pic:pic xmlns:pic="p"/></w:drawing></w:r>';
    const pics = await extractBytes(await docx(p(pic) + p(pic)), 'scan.docx');
    expect(!pics.ok && pics.error.code).toBe('NO_TEXT_LAYER');
    const none = await extractBytes(await docx(p('')), 'blank.docx');
    expect(!none.ok && none.error.code).toBe('EMPTY_FILE');
  });
});
