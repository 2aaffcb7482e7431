import { describe, expect, it } from 'vitest';
import { applyMarks, boundaryAfter, boundaryBefore } from '../../src/main/export/docx-edits';
import { cellText, mapBody } from '../../src/main/export/docx-xml';
import { docxSource, paragraphText } from './support/docx-source';
import { sampleBytes, samples } from './support/entries';
import { formattedChars, wellFormed, xmlText } from './support/read-docx';
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const run = (text: string, rPr = ''): string =>
  `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('mapBody', () => {
  it('reads the same paragraphs and cells as an independent reading of the samples', async () => {
    for (const name of samples) {
      const bytes = sampleBytes(`${name}.docx`);
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const body = mapBody(xml);
      const source = await docxSource(bytes);
      for (const seg of source.segments) {
        const text = source.raw.slice(seg.start, seg.end);
        if (seg.loc.kind === 'paragraph')
          expect(body.paragraphs[seg.loc.index]!.text, name).toBe(text);
        if (seg.loc.kind === 'cell') {
          const { table, row, cell } = seg.loc;
          const found = body.cells.find(
            (c) => c.table === table && c.row === row && c.cell === cell,
          )!;
          expect(cellText(found).replace(/\n/g, ''), name).toBe(text);
        }
      }
      expect(body.paragraphs.length, name).toBe(source.paragraphs);
      expect(body.cells.length, name).toBeGreaterThan(300);
    }
  });

  it('decodes entities, reads tabs and breaks, skips hidden and deleted text', () => {
    const xml = doc(
      `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run('A&amp;B&lt;&#x4E00;&#20108;')}<w:r><w:tab/><w:t>x</w:t><w:br/></w:r>` +
        `${run('隐藏', '<w:rPr><w:vanish/></w:rPr>')}<w:del><w:r><w:delText>删</w:delText><w:tab/></w:r></w:del></w:p>`,
    );
    const [p] = mapBody(xml).paragraphs;
    expect(p!.text).toBe('A&B<一二\tx\n');
    expect(xml.slice(p!.contentStart, p!.contentStart + 5)).toBe('<w:r>');
    // Each character knows where it is written: "一" is the entity "&#x4E00;".
    const one = p!.chars[4]!;
    expect(xml.slice(one.piece.offsets[one.offset]!, one.piece.offsets[one.offset + 1]!)).toBe(
      '&#x4E00;',
    );
  });

  it('puts a text box after its paragraph and a nested table inside its cell, as the extractor does', () => {
    const box = `<w:r><w:drawing><wps:txbx><w:txbxContent><w:p>${run('框内')}</w:p></w:txbxContent></wps:txbx></w:drawing></w:r>`;
    const nested = `<w:tbl><w:tr><w:tc><w:p>${run('内表')}</w:p></w:tc></w:tr></w:tbl>`;
    const xml = doc(
      `<w:p>${run('甲')}${box}${run('乙')}</w:p><w:p w14:paraId="1"/><w:p>${run('丙')}</w:p>` +
        `<w:tbl><w:tr><w:tc><w:p>${run('格1')}</w:p>${nested}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>` +
        `<w:tbl><w:tr><w:tc><w:p>${run('二表')}</w:p></w:tc></w:tr></w:tbl>`,
    );
    const body = mapBody(xml);
    // <w:p/> counts as a paragraph (the extractor numbers it) but takes no marker.
    expect(body.paragraphs.map((p) => p.text)).toEqual(['甲乙', '框内', '', '丙']);
    expect(body.paragraphs[2]!.contentStart).toBe(-1);
    expect(body.cells.map((c) => [c.table, c.row, c.cell, cellText(c)])).toEqual([
      [0, 0, 0, '格1\n内表'],
      [0, 0, 1, ''],
      [1, 0, 0, '二表'],
    ]);
  });
});

describe('applyMarks', () => {
  const xml = doc(
    `<w:p><w:pPr/>${run('一二三', '<w:rPr><w:b/></w:rPr>')}<w:hyperlink r:id="rId9"><w:r><w:t>四五</w:t></w:r></w:hyperlink><w:r><w:t>六</w:t><w:tab/><w:t>七</w:t></w:r></w:p>`,
  );
  const [p] = mapBody(xml).paragraphs;

  it('splits runs inside text, keeps formatting, and preserves spaces of the halves', () => {
    const out = applyMarks(xml, [
      { id: 7, start: boundaryBefore(p!, 1), end: boundaryAfter(p!, 3) },
    ]);
    expect(wellFormed(out)).toBe(true);
    expect(xmlText(out)).toBe(xmlText(xml));
    expect(formattedChars(out)).toEqual(formattedChars(xml));
    const anchored = out.slice(
      out.indexOf('<w:commentRangeStart w:id="7"/>'),
      out.indexOf('<w:commentRangeEnd'),
    );
    expect(xmlText(anchored)).toBe('二三四');
    // The end falls inside the hyperlink's run: the marker stays inside the hyperlink.
    expect(out).toMatch(
      /<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">四<\/w:t><\/w:r><w:commentRangeEnd w:id="7"\/><w:r><w:commentReference w:id="7"\/><\/w:r><w:r><w:t xml:space="preserve">五/,
    );
    expect(out).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">二三</w:t>');
  });

  it('closes a run between its children (a tab) and puts markers between runs when it can', () => {
    const out = applyMarks(xml, [
      { id: 1, start: boundaryBefore(p!, 6), end: boundaryAfter(p!, 7) },
      { id: 2, start: boundaryBefore(p!, 0), end: boundaryAfter(p!, 2) },
    ]);
    expect(wellFormed(out)).toBe(true);
    expect(xmlText(out)).toBe(xmlText(xml));
    expect(out).toContain('<w:pPr/><w:commentRangeStart w:id="2"/><w:r><w:rPr><w:b/>');
    expect(out).toContain(
      '<w:t>六</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:tab/><w:t>七</w:t></w:r><w:commentRangeEnd w:id="1"/>',
    );
  });

  it('writes one split for several ranges meeting at one point, starts before their own ends', () => {
    const out = applyMarks(xml, [
      { id: 1, start: boundaryBefore(p!, 0), end: boundaryAfter(p!, 0) },
      { id: 2, start: boundaryBefore(p!, 1), end: boundaryAfter(p!, 1) },
    ]);
    expect(wellFormed(out)).toBe(true);
    expect(out.match(/<\/w:t><\/w:r>/g)).toHaveLength(
      (xml.match(/<\/w:t><\/w:r>/g)?.length ?? 0) + 2,
    );
    expect(out).toContain(
      '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:commentRangeStart w:id="2"/>',
    );
  });

  it('agrees with the independent paragraph reader on a sample paragraph with several runs', async () => {
    const xml0 = await (
      await JSZip.loadAsync(sampleBytes('000_a5e6e1e0a8da6139.docx'))
    )
      .file('word/document.xml')!
      .async('string');
    const body = mapBody(xml0);
    const para = body.paragraphs.find((x) => x.runs.length > 1)!;
    const raw = xml0.slice(para.start, para.end);
    expect(para.text).toBe(paragraphText(raw));
  });
});
