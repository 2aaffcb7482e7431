import { describe, expect, it } from 'vitest';
import { findCounts, findPercents } from '../../../src/shared/rules/support/counts';
import { parseReport } from '../../../src/shared/parser';
import { narrativeSentences } from '../../../src/shared/rules/support/narrative';
import { buildReportText } from '../../support/report-builder';

const read = (s: string) => findCounts(s).map((c) => [c.value, c.unit, c.approx, c.inParens]);

describe('findCounts', () => {
  it('reads Arabic and Chinese numerals with their unit', () => {
    expect(read('收到申请5件，上年结转两件，办结十二件，公开信息 123 条')).toEqual([
      [5, '件', false, false],
      [2, '件', false, false],
      [12, '件', false, false],
      [123, '条', false, false],
    ]);
  });
  it('keeps 人次 whole and marks rough figures', () => {
    expect(read('法律援助咨询 2000 余人次，约30条，近百件')).toEqual([
      [2000, '人次', true, false],
      [30, '条', true, false],
      [100, '件', true, false],
    ]);
  });
  it('skips ordinals, years and 一次性, and marks asides in brackets', () => {
    expect(read('第三条规定，2024年一次性告知，共50条（含转载10条）')).toEqual([
      [50, '条', false, false],
      [10, '条', false, true],
    ]);
  });
  it('reads thousands separators as one number', () => {
    expect(read('共1,234条')).toEqual([[1234, '条', false, false]]);
  });
});

describe('findPercents', () => {
  it('keeps the precision written', () => {
    expect(findPercents('采用率18%，占比 17.1％').map((p) => [p.value, p.decimals])).toEqual([
      [18, 0],
      [17.1, 1],
    ]);
  });
});

describe('narrativeSentences', () => {
  it('keeps prose written above a table and leaves the table rows out', () => {
    const doc = parseReport(
      buildReportText({ prose: { '3': '本年度共收到政府信息公开申请十二件。' } }),
    );
    const texts = narrativeSentences({ doc }, { semicolons: false }).map((s) => s.text.trim());
    expect(texts).toContain('本年度共收到政府信息公开申请十二件。');
    expect(texts.some((t) => t.includes('本年新收政府信息公开申请数量'))).toBe(false);
    expect(texts.some((t) => t.includes('予以公开'))).toBe(false);
  });
});
