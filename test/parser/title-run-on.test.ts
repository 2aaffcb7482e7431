// A document dump can flatten the title and the first paragraph into one line, the title still
// carrying the spaces of its PDF/Word wrapping: "某镇 2022 年政府信息 公开工作年度报告 根据
// 《中华人民共和国政府信息公开条例》…". The title is the part up to 年度报告; the 《…》 of the
// sentence after it does not make it a citation.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const body = buildReportText({ year: 2022 }).slice(
  buildReportText({ year: 2022 }).indexOf('一、总体情况'),
);

describe('a title run into its first sentence on one line', () => {
  it('is the title, up to 年度报告, even when the sentence cites 《…》', () => {
    const text = `某县某镇 2022 年政府信息 公开工作年度报告 根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n${body}`;
    const doc = parseReport(text);
    expect(doc.report.title).toBe('某县某镇2022年政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某县某镇');
    const [s, e] = doc.titleSpan!;
    // The span covers the whole title in the text, spaces and all, and nothing of the sentence.
    expect(doc.report.text.slice(s, e).replace(/\s+/g, '')).toBe(
      '某县某镇2022年政府信息公开工作年度报告',
    );
  });

  it('a cited report inside 《…》 at the start of a sentence is still no title', () => {
    const text = `根据《某县某镇2021年政府信息公开工作年度报告》的格式，编制本报告。\n${body}`;
    expect(parseReport(text).report.title).toBeNull();
  });
});

describe('a page flattened to one line: the title, then a sentence opening with the year', () => {
  it('cuts the title at 年度报告 before "2024年，…"', () => {
    const text = `某区林业局 2024年度政府信息公开工作年度报告 2024年，区林业局认真落实《条例》要求，现将有关情况报告如下： ${body}`;
    const doc = parseReport(text);
    expect(doc.report.title).toBe('某区林业局2024年度政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某区林业局');
    expect(doc.report.year).toBe(2024);
  });
});
