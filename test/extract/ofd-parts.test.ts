// The pieces of the OFD reader: part paths, TextCode steps, AbbreviatedData, seal lettering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { sniff } from '../../src/main/extract/sniff';
import { parseXml } from '../../src/main/extract/docx/xml';
import { resolvePath } from '../../src/main/extract/ofd/package';
import { parsePathData } from '../../src/main/extract/ofd/path-data';
import { expandDeltas, readGlyphs } from '../../src/main/extract/ofd/text-code';
import { textObject, writeOfd } from '../support/ofd-writer';
import { fixture } from './helpers';

describe('OFD part paths', () => {
  it('are relative to the naming part unless absolute; dots and backslashes resolved', () => {
    expect(resolvePath('Doc_0/Document.xml', 'Pages/Page_0/Content.xml')).toBe(
      'Doc_0/Pages/Page_0/Content.xml',
    );
    expect(resolvePath('Doc_0/Document.xml', '/Doc_0/Tpls/T.xml')).toBe('Doc_0/Tpls/T.xml');
    expect(resolvePath('Doc_0/Pages/Page_0/Content.xml', '..\\..\\Res\\a.xml')).toBe(
      'Doc_0/Res/a.xml',
    );
    expect(resolvePath('OFD.xml', './Doc_1/Document.xml')).toBe('Doc_1/Document.xml');
  });

  it('an escaped page path (%xx) finds its part', async () => {
    const text = '某县司法局2024年政府信息公开工作年度报告';
    const content = `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">${textObject(
      {
        id: 3,
        boundary: [20, 30, 170, 8],
        size: 5,
        text,
        x: 0,
        y: 5,
        deltaX: [...text].slice(1).map(() => 5),
      },
    )}</ofd:Layer></ofd:Content></ofd:Page>`;
    const bytes = await writeOfd({
      docs: [[{ objects: [] }]],
      parts: {
        'Doc_0/Pages/Page_0/Content.xml': null,
        'Doc_0/页面 1/Content.xml': content,
        'Doc_0/Document.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="${encodeURI('页面 1')}/Content.xml"/></ofd:Pages></ofd:Document>`,
      },
    });
    const r = await extractBytes(bytes, 'x.ofd');
    expect(r.ok && r.doc.text).toBe(`${text}\n`);
  });
});

describe('TextCode', () => {
  it('"g N v" repeats a step', () => {
    expect(expandDeltas('g 3 5.5 2 g 2 1')).toEqual([5.5, 5.5, 5.5, 2, 1, 1]);
    expect(expandDeltas(undefined)).toEqual([]);
  });

  it('a TextCode without X or Y takes the previous one’s; glyphs step by DeltaX and DeltaY', () => {
    const obj = parseXml(
      '<TextObject><TextCode X="1" Y="9" DeltaX="4 4">年度报</TextCode><TextCode X="20" DeltaY="g 1 2">告书</TextCode><TextCode>&#x20;完</TextCode></TextObject>',
    );
    expect(readGlyphs(obj).map((g) => [g.char, g.x, g.y])).toEqual([
      ['年', 1, 9],
      ['度', 5, 9],
      ['报', 9, 9],
      ['告', 20, 9],
      ['书', 20, 11],
      [' ', 20, 9],
      ['完', 20, 9],
    ]);
  });
});

describe('AbbreviatedData', () => {
  it('reads S/M, L, Q, B, A and C; curves are marked; a closed path starts again at its start', () => {
    const shapes = parsePathData(
      'S 0 0 L 10 0 L 10 5 C M 20 20 Q 25 25 30 20 B 1 1 2 2 3 3 M 40 40 A 5 5 0 0 1 50 40',
    );
    expect(shapes[0]).toEqual({
      points: [
        [0, 0],
        [10, 0],
        [10, 5],
      ],
      closed: true,
      curved: false,
    });
    expect(shapes[1]).toEqual({
      points: [
        [20, 20],
        [30, 20],
        [3, 3],
      ],
      closed: false,
      curved: true,
    });
    expect(shapes[2]).toEqual({
      points: [
        [40, 40],
        [50, 40],
      ],
      closed: false,
      curved: true,
    });
  });

  it('stops at a truncated operation instead of reading garbage', () => {
    expect(parsePathData('M 0 0 L 10 0 L 5')).toEqual([
      {
        points: [
          [0, 0],
          [10, 0],
        ],
        closed: false,
        curved: false,
      },
    ]);
  });
});

describe('part encodings', () => {
  it('a content part declared GB18030 is decoded as such', async () => {
    // The title line of a sample, as GB18030 bytes and as the text they stand for.
    const lines = readFileSync(fixture('samples/000_a5e6e1e0a8da6139.txt'), 'utf8').split('\n');
    const k = lines.findIndex((l) => l.trim() !== '');
    const title = lines[k]!.trim();
    const gb = readFileSync(fixture('samples/000_a5e6e1e0a8da6139.gb18030.txt'));
    let from = 0;
    for (let n = 0; n < k; n++) from = gb.indexOf(0x0a, from) + 1;
    const titleBytes = Buffer.from(
      gb.subarray(from, gb.indexOf(0x0a, from)).toString('latin1').trim(),
      'latin1',
    );
    const before = `<?xml version="1.0" encoding="GB18030"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2"><ofd:TextObject ID="3" Boundary="10 30 190 8" Font="1" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="g ${[...title].length - 1} 5">`;
    const after = '</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>';
    const part = Buffer.concat([Buffer.from(before), titleBytes, Buffer.from(after)]);
    const bytes = await writeOfd({
      docs: [[{ objects: [] }]],
      parts: { 'Doc_0/Pages/Page_0/Content.xml': new Uint8Array(part) },
    });
    const r = await extractBytes(bytes, 'x.ofd');
    expect(r.ok && r.doc.text).toBe(`${title}\n`);
  });
});

describe('sniffing', () => {
  it('a zip with OFD.xml is an OFD, whatever its name; a cut one is a broken OFD', async () => {
    const bytes = await writeOfd({ docs: [[{ objects: [] }]] });
    expect(sniff(bytes)).toBe('ofd');
    expect(sniff(bytes.subarray(0, bytes.length - 40))).toBe('broken-ofd');
    expect(sniff(readFileSync(fixture('docx/nonzero-flat.docx')))).toBe('docx');
    expect(sniff(readFileSync(fixture('bad/truncated.docx')))).toBe('broken-zip');
  });
});

describe('object containers', () => {
  it('a CompositeObject draws its unit from the resources, placed by its Boundary and CTM; PageBlocks nest', async () => {
    const title = '某县司法局2024年政府信息公开工作年度报告';
    const line = (text: string, id: number) =>
      textObject({
        id,
        boundary: [0, 0, 170, 8],
        size: 5,
        text,
        x: 0,
        y: 5,
        deltaX: [...text].slice(1).map(() => 5),
      });
    const unit = `<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="77" Width="170" Height="8"><ofd:Content>${line(title, 78)}</ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>`;
    const bytes = await writeOfd({
      docs: [
        [
          {
            objects: [
              // Drawn at half size: the CTM scales the unit into its place.
              '<ofd:CompositeObject ID="10" ResourceID="77" Boundary="20 30 85 4" CTM="0.5 0 0 0.5 0 0"/>',
              `<ofd:PageBlock ID="11"><ofd:PageBlock ID="12">${textObject({
                id: 13,
                boundary: [20, 50, 170, 8],
                size: 5,
                text: '一、总体情况',
                x: 0,
                y: 5,
                deltaX: [5, 5, 5, 5, 5],
              })}</ofd:PageBlock></ofd:PageBlock>`,
            ],
          },
        ],
      ],
      parts: {
        'Doc_0/PublicRes.xml': `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">${unit}</ofd:Res>`,
      },
    });
    const r = await extractBytes(bytes, 'x.ofd');
    expect(r.ok && r.doc.text).toBe(`${title}\n一、总体情况\n`);
    if (!r.ok) return;
    const box = r.doc.segments[0]!.loc;
    expect(box.kind === 'ofd' && box.box[0]).toBeCloseTo(20, 0);
    // Half of 20 × 5 mm glyphs: about 50 mm wide.
    expect(box.kind === 'ofd' && box.box[2]).toBeGreaterThan(45);
    expect(box.kind === 'ofd' && box.box[2]).toBeLessThan(60);
  });
});
