// Where the prose rules stop: the tables' own lines, not prose written above or below them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/shared/parser';
import { docSentences, tableBodies } from '../../../src/shared/rules/support/prose';
import { buildReportText } from '../../support/report-builder';

const samples = join(import.meta.dirname, '..', '..', 'fixtures', 'samples');

describe('tableBodies', () => {
  it('keeps a sentence written above table 三 as prose, and no table label', () => {
    const doc = parseReport(
      buildReportText({ prose: { '3': '本年度共收到政府信息公开申请0件，未收取信息处理费。' } }),
    );
    const texts = docSentences(doc).map((s) => doc.report.text.slice(...s.span));
    expect(texts).toContain('本年度共收到政府信息公开申请0件，未收取信息处理费');
    expect(texts.some((t) => /勾稽关系|予以公开|结果维持|行政事业性收费/.test(t))).toBe(false);
    const requests = tableBodies(doc)[doc.tables.findIndex((t) => t.table === 'requests')]!;
    expect(doc.report.text.slice(...requests).trimStart()).toMatch(/^（?\(?本列数据的勾稽关系/);
  });

  it('covers every cell of a real report (sample 001)', () => {
    const doc = parseReport(readFileSync(join(samples, '001_f5110ba79a44df9c.txt'), 'utf8'));
    const bodies = tableBodies(doc);
    expect(bodies).toHaveLength(3);
    for (const cell of Object.values(doc.report.cells)) {
      if (!cell.span) continue;
      expect(bodies.some(([s, e]) => cell.span![0] >= s && cell.span![1] <= e)).toBe(true);
    }
  });
});
