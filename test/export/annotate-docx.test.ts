import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/main/export/annotate-docx';
import { entryFromParsed } from '../../src/main/export/types';
import { parseReport } from '../../src/shared/parser';
import { findingFingerprint } from '../../src/shared/rules/engine';
import { docxSource } from './support/docx-source';
import { cellFinding, findingAt, loadSample, sampleBytes, samples } from './support/entries';
import {
  compact,
  formattedChars,
  readDocx,
  structureOnly,
  wellFormed,
  xmlText,
} from './support/read-docx';

const options = {
  reviewer: '张审核',
  date: new Date('2025-01-20T08:00:00Z'),
  scope: 'all' as const,
};
const EDITED = [
  'word/document.xml',
  'word/comments.xml',
  'word/_rels/document.xml.rels',
  '[Content_Types].xml',
];

/** The anchored text each finding should get: its first span's text. */
const spanText = (text: string, span: readonly [number, number]): string =>
  text.slice(span[0], span[1]);

describe('annotateDocx on the real samples, with findings on chosen passages', () => {
  it('anchors a passage inside one run, one across runs, table cells, a remark and a whole-report note', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const inRun = findingAt(s.doc, '我单位深入学习二十届三中全会精神');
    const acrossRuns = findingAt(s.doc, '2024 年，我单位', {
      ruleId: 'year.mismatch',
      severity: 'error',
    });
    const cells = cellFinding(s.doc, ['requests/3.7/total', 'requests/1/natural']);
    const whole = { ...findingAt(s.doc, '一、总体情况'), spans: [], message: '缺少落款日期' };
    const remarkStart = s.doc.report.text.indexOf('（二）依申请公开');
    const entry = s.entry([inRun, acrossRuns, cells, whole], {
      comments: [
        {
          span: [remarkStart, remarkStart + 8],
          text: '请补充依申请公开的办理情况',
          reviewer: '李复核',
        },
      ],
    });
    const result = await annotateDocx(sampleBytes('000_a5e6e1e0a8da6139.docx'), entry, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.stats).toMatchObject({ notes: 5, exact: 4, paragraph: 0, unplaced: 1 });
    const out = await readDocx(result.value.bytes);
    // Findings come in reading order (the engine's order is kept), remarks last.
    const byText = (needle: string) => out.comments.filter((c) => c.text.includes(needle));
    expect(byText('我单位深入学习')[0]!.anchored).toBe('我单位深入学习二十届三中全会精神');
    expect(compact(byText('2024 年，我单位')[0]!.anchored)).toBe(compact('2024 年，我单位'));
    expect(byText('【错误·年度】')).toHaveLength(1);
    // The cell finding: the main comment on the first cell, a related one on the second.
    const cellNotes = byText('表内数字不平衡');
    expect(cellNotes).toHaveLength(2);
    expect(cellNotes.map((c) => c.anchored)).toEqual(['0', '0']);
    expect(cellNotes[1]!.text.startsWith('【关联位置】')).toBe(true);
    expect(cellNotes[0]!.text).toContain('应为：1；实为：0');
    // No span at all: on the title, saying so.
    const wholeNote = byText('缺少落款日期')[0]!;
    expect(wholeNote.text).toContain('（涉及全文）');
    expect(compact(wholeNote.anchored)).toBe(
      compact('牧野区司法局 2024 年政府信息公开工作年度报告'),
    );
    const remark = byText('请补充依申请公开')[0]!;
    expect(remark.author).toBe('李复核');
    expect(remark.anchored).toBe('（二）依申请公开');
    expect(out.comments.filter((c) => c.author === '张审核')).toHaveLength(5);
    expect(out.comments.every((c) => c.date === '2025-01-20T08:00:00Z')).toBe(true);
  });

  it('keeps every other part byte for byte, and the text and formatting of the document', async () => {
    const s = await loadSample('002_73996fd1531b3677', 'docx');
    const original = sampleBytes('002_73996fd1531b3677.docx');
    const findings = [
      findingAt(s.doc, '2个依申请'), // starts and ends inside runs: both are split
      cellFinding(s.doc, ['requests/3.7/total']),
    ];
    const result = await annotateDocx(original, s.entry(findings), options);
    if (!result.ok) throw new Error(result.error.message);
    const before = await readDocx(original);
    const after = await readDocx(result.value.bytes);
    for (const name of Object.keys(before.zip.files)) {
      if (EDITED.includes(name)) continue;
      const a = await before.zip.file(name)?.async('uint8array');
      const b = await after.zip.file(name)?.async('uint8array');
      expect(b, name).toEqual(a);
    }
    expect(xmlText(after.documentXml)).toBe(xmlText(before.documentXml));
    expect(formattedChars(after.documentXml)).toEqual(formattedChars(before.documentXml));
    expect(structureOnly(after.documentXml)).toBe(structureOnly(before.documentXml));
    expect(wellFormed(after.documentXml)).toBe(true);
    expect(after.comments.find((c) => c.text.includes('2个依申请'))!.anchored).toBe('2个依申请');
    // Content types and relationships only gain the comments part.
    const types = await after.zip.file('[Content_Types].xml')!.async('string');
    const oldTypes = await before.zip.file('[Content_Types].xml')!.async('string');
    expect(types.replace(/<Override PartName="\/word\/comments\.xml"[^>]*\/>/, '')).toBe(oldTypes);
    const rels = await after.zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).toMatch(/relationships\/comments" Target="comments\.xml"/);
  });

  it.each(['auto', 'test'] as const)(
    'every finding of the catalogue on every sample lands on exactly its text (source map: %s)',
    async (source) => {
      for (const name of samples) {
        const s = await loadSample(name, 'docx', { source });
        const entry = s.entry();
        const result = await annotateDocx(sampleBytes(`${name}.docx`), entry, options);
        if (!result.ok) throw new Error(result.error.message);
        const out = await readDocx(result.value.bytes);
        const placed = entry.findings.filter((f) => f.spans.length > 0);
        expect(result.value.stats.exact, name).toBe(placed.length);
        expect(result.value.stats.paragraph, name).toBe(0);
        const mains = out.comments.filter(
          (c) => !c.text.startsWith('【关联位置】') && !c.text.includes('（涉及全文）'),
        );
        expect(mains.map((c) => compact(c.anchored))).toEqual(
          placed.map((f) => compact(spanText(entry.report.text, f.spans[0]!))),
        );
        const { messages } = await mammoth.convertToHtml({
          buffer: Buffer.from(result.value.bytes),
        });
        expect(
          messages.filter((m) => m.type === 'error'),
          name,
        ).toEqual([]);
      }
    },
  );

  it('finds paragraphs when the source map numbers them differently (empty paragraphs dropped)', async () => {
    const s = await loadSample('003_bd471127bf420aa0', 'docx', { dropEmptyParagraphs: true });
    const late = s.doc.report.text.lastIndexOf('。') - 10;
    const phrase = s.doc.report.text.slice(late, late + 10);
    const result = await annotateDocx(
      sampleBytes('003_bd471127bf420aa0.docx'),
      s.entry([findingAt(s.doc, phrase)]),
      options,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.stats.exact).toBe(1);
    const out = await readDocx(result.value.bytes);
    expect(compact(out.comments[0]!.anchored)).toBe(compact(phrase));
  });

  it('reads past a numbering label the XML has no text for, and falls back to the paragraph inside it', async () => {
    // What the extractor does with automatic numbering: the label is written before the text.
    const source = await docxSource(sampleBytes('000_a5e6e1e0a8da6139.docx'));
    const at = source.raw.indexOf('（二）依申请公开');
    const label = '第二项';
    const raw = source.raw.slice(0, at) + label + source.raw.slice(at);
    const segments = source.segments.map((g) =>
      g.start === at
        ? { ...g, end: g.end + label.length }
        : g.start > at
          ? { ...g, start: g.start + label.length, end: g.end + label.length }
          : g,
    );
    const doc = parseReport(raw);
    const entry = entryFromParsed({
      fileName: 'a.docx',
      format: 'docx',
      doc,
      findings: [
        findingAt(doc, '第二项（二）依申请'),
        findingAt(doc, '第二项', { message: '只在编号上' }),
      ],
      segments,
      rawText: raw,
    });
    const result = await annotateDocx(sampleBytes('000_a5e6e1e0a8da6139.docx'), entry, options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.stats).toMatchObject({ exact: 1, paragraph: 1, unplaced: 0 });
    const out = await readDocx(result.value.bytes);
    expect(out.comments.map((c) => c.anchored)).toEqual(['（二）依申请', '（二）依申请公开']);
  });

  it('without the raw text, trusts segment offsets and still anchors', async () => {
    const s = await loadSample('004_e6a1a50ddf61be61', 'docx');
    const phrase = '政府信息公开';
    const entry = { ...s.entry([findingAt(s.doc, phrase)]), rawText: null };
    const result = await annotateDocx(sampleBytes('004_e6a1a50ddf61be61.docx'), entry, options);
    if (!result.ok) throw new Error(result.error.message);
    const out = await readDocx(result.value.bytes);
    expect(compact(out.comments[0]!.anchored)).toBe(phrase);
  });

  it('mammoth reads the comments back with their text', async () => {
    const s = await loadSample('001_f5110ba79a44df9c', 'docx');
    const f = findingAt(s.doc, '采用率', { message: '采用率计算有误', suggestion: '改为 17%' });
    const result = await annotateDocx(
      sampleBytes('001_f5110ba79a44df9c.docx'),
      s.entry([f]),
      options,
    );
    if (!result.ok) throw new Error(result.error.message);
    const html = (
      await mammoth.convertToHtml(
        { buffer: Buffer.from(result.value.bytes) },
        { styleMap: ['comment-reference => sup'] },
      )
    ).value;
    expect(html).toMatch(/采用率<sup><a href="#comment-0"/);
    expect(html).toContain('采用率计算有误');
    expect(html).toContain('修改建议：改为 17%');
  });
});

describe('annotateDocx decisions and repeated annotation', () => {
  it('leaves out dismissed findings; the confirmed scope keeps only confirmed ones', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const a = findingAt(s.doc, '普法宣传');
    const b = findingAt(s.doc, '法律援助咨询');
    const c = findingAt(s.doc, '领导小组');
    const text = s.doc.report.text;
    const decisions = {
      [findingFingerprint(a, text)]: {
        decision: 'dismissed' as const,
        reason: '表述无误',
        reviewer: '张',
      },
      [findingFingerprint(b, text)]: {
        decision: 'confirmed' as const,
        reason: null,
        reviewer: '张',
      },
    };
    const entry = s.entry([a, b, c], { decisions });
    const bytes = sampleBytes('000_a5e6e1e0a8da6139.docx');
    const all = await annotateDocx(bytes, entry, { ...options, scope: 'all' });
    const confirmed = await annotateDocx(bytes, entry, { reviewer: '张', date: options.date });
    if (!all.ok || !confirmed.ok) throw new Error('annotate failed');
    expect((await readDocx(all.value.bytes)).comments.map((x) => x.anchored)).toEqual([
      '法律援助咨询',
      '领导小组',
    ]);
    // With decisions present the default scope is "confirmed".
    expect((await readDocx(confirmed.value.bytes)).comments.map((x) => x.anchored)).toEqual([
      '法律援助咨询',
    ]);
  });

  it('annotating an annotated file keeps the first comments and numbers the new ones after them', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const first = await annotateDocx(
      sampleBytes('000_a5e6e1e0a8da6139.docx'),
      s.entry([findingAt(s.doc, '普法宣传')]),
      options,
    );
    if (!first.ok) throw new Error(first.error.message);
    const second = await annotateDocx(
      first.value.bytes,
      s.entry([findingAt(s.doc, '领导小组')]),
      options,
    );
    if (!second.ok) throw new Error(second.error.message);
    const out = await readDocx(second.value.bytes);
    expect(out.comments.map((c) => [c.id, c.anchored])).toEqual([
      ['0', '普法宣传'],
      ['1', '领导小组'],
    ]);
    const rels = await out.zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels.match(/relationships\/comments"/g)).toHaveLength(1);
    const types = await out.zip.file('[Content_Types].xml')!.async('string');
    expect(types.match(/comments\.xml/g)).toHaveLength(1);
  });

  it('returns the original bytes when there is nothing to mark', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const bytes = sampleBytes('000_a5e6e1e0a8da6139.docx');
    const result = await annotateDocx(bytes, s.entry([]), options);
    expect(result.ok && result.value.bytes).toBe(bytes);
  });
});

describe('annotateDocx on bad input', () => {
  it('refuses, in Chinese, a document whose body it cannot read rather than dropping the notes', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const zip = await JSZip.loadAsync(sampleBytes('000_a5e6e1e0a8da6139.docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The same document with another prefix for the WordprocessingML namespace (valid XML).
    zip.file('word/document.xml', xml.replace(/\bw:/g, 'x:').replace('xmlns:w=', 'xmlns:x='));
    const odd = await zip.generateAsync({ type: 'uint8array' });
    const result = await annotateDocx(odd, s.entry([findingAt(s.doc, '普法宣传')]), options);
    expect(result.ok || result.error).toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringContaining('未能添加批注'),
    });
  });

  it('gives a Chinese error for a corrupt, truncated or encrypted file', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'docx');
    const entry = s.entry([]);
    const truncated = sampleBytes('000_a5e6e1e0a8da6139.docx').slice(0, 4000);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const cases = [
      [truncated, 'CORRUPT_FILE'],
      [new TextEncoder().encode('not a zip at all'), 'CORRUPT_FILE'],
      [ole, 'ENCRYPTED'],
    ] as const;
    for (const [bytes, code] of cases) {
      const result = await annotateDocx(bytes, entry, options);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(result.error.message).toContain('000_a5e6e1e0a8da6139.docx');
    }
  });
});
