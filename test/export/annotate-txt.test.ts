import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { annotateReport, sniffFormat } from '../../src/main/export/annotate';
import { layoutText } from '../../src/main/export/annotate-txt';
import { cellFinding, findingAt, loadSample, sampleBytes } from './support/entries';
import { compact, readDocx, wellFormed, xmlText } from './support/read-docx';

const options = {
  reviewer: '张审核',
  date: new Date('2025-01-20T08:00:00Z'),
  scope: 'all' as const,
};

describe('annotateReport on a text report', () => {
  it('makes a .docx of the text, tab rows as tables, with comments on the flagged text and cells', async () => {
    const s = await loadSample('002_73996fd1531b3677', 'txt');
    const phrase = findingAt(s.doc, '2个依申请公开的案件');
    const cells = cellFinding(s.doc, ['requests/1/total', 'requests/3.7/total']);
    const result = await annotateReport(null, s.entry([phrase, cells]), options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ extension: 'docx', notes: 2, unplaced: 0 });
    const out = await readDocx(result.value.bytes);
    expect(wellFormed(out.documentXml)).toBe(true);
    // Every character of the file is in the document (tabs become cell borders).
    expect(compact(xmlText(out.documentXml))).toBe(compact(s.raw));
    expect(out.documentXml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(out.comments.map((c) => c.anchored)).toEqual(['2个依申请公开的案件', '0', '0']);
    // The cell comments sit inside table cells.
    const cellStart = out.documentXml.indexOf(
      `<w:commentRangeStart w:id="${out.comments[1]!.id}"/>`,
    );
    expect(out.documentXml.lastIndexOf('<w:tc>', cellStart)).toBeGreaterThan(
      out.documentXml.lastIndexOf('</w:tc>', cellStart),
    );
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(result.value.bytes) });
    expect(html.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html.value).toContain('<table>');
  });

  it('lays out lines and fields with segments that point at their own text', () => {
    const text = '标题\n\n项目\t甲\t乙\n一\t1\t2\n中间\n单独\t行\n尾';
    const { segments } = layoutText(text);
    expect(segments.map((g) => [text.slice(g.start, g.end), g.loc])).toEqual([
      ['标题', { kind: 'paragraph', index: 0 }],
      ['项目', { kind: 'cell', table: 0, row: 0, cell: 0 }],
      ['甲', { kind: 'cell', table: 0, row: 0, cell: 1 }],
      ['乙', { kind: 'cell', table: 0, row: 0, cell: 2 }],
      ['一', { kind: 'cell', table: 0, row: 1, cell: 0 }],
      ['1', { kind: 'cell', table: 0, row: 1, cell: 1 }],
      ['2', { kind: 'cell', table: 0, row: 1, cell: 2 }],
      ['中间', { kind: 'paragraph', index: 2 }],
      // A single line with a tab is no table.
      ['单独\t行', { kind: 'paragraph', index: 3 }],
      ['尾', { kind: 'paragraph', index: 4 }],
    ]);
  });
});

describe('annotateReport dispatch', () => {
  it('goes by content: Word stays Word, PDF stays PDF, text becomes Word', async () => {
    const docx = sampleBytes('000_a5e6e1e0a8da6139.docx');
    const pdf = sampleBytes('000_a5e6e1e0a8da6139.pdf');
    const txt = sampleBytes('000_a5e6e1e0a8da6139.txt');
    expect([sniffFormat(docx), sniffFormat(pdf), sniffFormat(txt)]).toEqual([
      'docx',
      'pdf',
      'other',
    ]);
    const s = await loadSample('000_a5e6e1e0a8da6139', 'txt');
    const entry = s.entry([findingAt(s.doc, '普法宣传')]);
    const fromTxt = await annotateReport(txt, entry, options);
    expect(fromTxt.ok && fromTxt.value.extension).toBe('docx');
    const asPdf = await annotateReport(txt, { ...entry, format: 'pdf' }, options);
    expect(asPdf.ok || asPdf.error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringContaining('不是 PDF 文件'),
    });
    const w = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const fromDocx = await annotateReport(docx, w.entry([findingAt(w.doc, '普法宣传')]), options);
    expect(fromDocx.ok && [fromDocx.value.extension, fromDocx.value.notes]).toEqual(['docx', 1]);
  });
});
