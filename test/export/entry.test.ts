import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { quoteSpan, sectionName } from '../../src/main/export/describe';
import { entryFromChecked } from '../../src/main/export/from-checked';
import { rawRange } from '../../src/main/export/locate';
import { piecesOf } from '../../src/shared/text/places';
import { categoryName, selectFindings } from '../../src/main/export/select';
import { entryFromParsed, parseEntry } from '../../src/main/export/types';
import { parseReport } from '../../src/shared/parser';
import { findingFingerprint } from '../../src/shared/rules/engine';
import { findingAt, loadSample, samplePath } from './support/entries';

describe('parseEntry', () => {
  it('accepts a checked report and fills the defaults', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'txt');
    const e = s.entry([]);
    const parsed = parseEntry({
      ...e,
      decisions: undefined,
      comments: undefined,
      segments: undefined,
      origin: undefined,
      rawText: undefined,
    });
    expect(
      parsed.ok && [parsed.value.decisions, parsed.value.comments, parsed.value.origin],
    ).toEqual([{}, [], null]);
  });

  it('names the problem in Chinese when the input is incomplete or inconsistent', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'txt');
    const e = s.entry([]);
    const noName = parseEntry({ ...e, fileName: '' });
    expect(noName.ok || noName.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('（fileName）'),
    });
    const shortOrigin = parseEntry({ ...e, origin: [0, 1, 2] });
    expect(shortOrigin.ok || shortOrigin.error.message).toContain(
      '原文位置映射与报告文本长度不一致',
    );
    const badDecision = parseEntry({ ...e, decisions: { x: { decision: 'maybe' } } });
    expect(badDecision.ok).toBe(false);
    expect(parseEntry(null).ok).toBe(false);
  });
});

describe('rawRange and piecesOf', () => {
  it('maps a span of the normalized text back over removed artifacts and full-width digits', () => {
    const raw = '标题\n[bookmark: _GoBack]２０２４年，我局收到申请３件。\n';
    const doc = parseReport(raw);
    const entry = entryFromParsed({ fileName: 'a.txt', format: 'txt', doc, findings: [] });
    const start = doc.report.text.indexOf('2024年');
    expect(start).toBeGreaterThan(0);
    const [s, e] = rawRange(entry, [start, start + 5]);
    expect(raw.slice(s, e)).toBe('２０２４年');
    const segments = [
      { start: 0, end: 2, loc: { kind: 'line' as const, line: 1 } },
      { start: 3, end: raw.length - 1, loc: { kind: 'line' as const, line: 2 } },
    ];
    expect(piecesOf(segments, [s, e])).toEqual([{ segment: segments[1], from: s - 3, to: e - 3 }]);
    // A range over two segments is cut in two.
    expect(piecesOf(segments, [1, 5]).map((p) => [p.segment.loc, p.from, p.to])).toEqual([
      [{ kind: 'line', line: 1 }, 1, 2],
      [{ kind: 'line', line: 2 }, 0, 2],
    ]);
  });
});

describe('selection and wording', () => {
  it('selects by decision and scope', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'txt');
    const [a, b, c] = ['普法宣传', '法律援助', '领导小组'].map((p) => findingAt(s.doc, p));
    const fp = (f: typeof a) => findingFingerprint(f!, s.doc.report.text);
    const entry = s.entry([a!, b!, c!], {
      decisions: {
        [fp(a)]: { decision: 'confirmed' },
        [fp(b)]: { decision: 'dismissed', reason: '误报' },
      },
    });
    const quotes = (list: ReturnType<typeof selectFindings>) => list.map((d) => d.finding.message);
    expect(quotes(selectFindings(entry, 'confirmed'))).toEqual([a!.message]);
    expect(quotes(selectFindings(entry, 'all'))).toEqual([a!.message, c!.message]);
    expect(selectFindings(entry, 'all', true).map((d) => d.decision.decision)).toEqual([
      'confirmed',
      'dismissed',
      'pending',
    ]);
  });

  it('quotes trimmed and shortened text, names sections and categories', async () => {
    const s = await loadSample('000_a5e6e1e0a8da6139', 'txt');
    const text = s.doc.report.text;
    expect(quoteSpan('  甲\t乙\n丙  ', [0, 9])).toBe('甲 乙 丙');
    expect(quoteSpan('一二三四五六', [0, 6], 4)).toBe('一二三…');
    expect(sectionName(s.doc.report, 0)).toBe('标题及开头');
    expect(sectionName(s.doc.report, text.indexOf('（二）依申请公开'))).toBe(
      '第一部分「总体情况」',
    );
    expect(sectionName(s.doc.report, text.length - 1)).toBe('第六部分「其他需要报告的事项」');
    expect(categoryName('arith.requests-balance')).toBe('表内勾稽');
    expect(categoryName('local.deadline')).toBe('local');
  });
});

describe('entryFromChecked', () => {
  it('turns a checked file into an entry, and an unreadable one into null', async () => {
    const checked = await checkFile(samplePath('002_73996fd1531b3677.txt'));
    const entry = entryFromChecked(checked, {
      comments: [{ span: [0, 4], text: '标题', reviewer: null }],
    })!;
    expect(entry.fileName).toBe('002_73996fd1531b3677.txt');
    expect(entry.agency).toBe('佳木斯市前进区司法局');
    expect(entry.findings).toEqual(checked.result.findings);
    expect(entry.rawText).toBe(checked.extracted);
    expect(entry.origin?.length).toBe(entry.report.text.length + 1);
    expect(entry.comments).toHaveLength(1);
    expect(entryFromChecked(await checkFile('/nonexistent/report.docx'))).toBeNull();
  });
});
