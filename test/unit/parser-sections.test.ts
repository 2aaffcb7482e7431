import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const headingsOf = (text: string) =>
  parseReport(text).headings.map((h) => [h.id, h.text, h.placement]);

describe('one section model: headings wherever they stand', () => {
  it('finds headings run into their first sentence with no stop between', () => {
    const text = buildReportText({
      headings: {
        '1': '一、总体情况 2023年，本区坚持以人民为中心，持续推进政务公开。',
        '5': '五、存在的主要问题及改进情况存在的问题主要有以下几个方面：',
        '6': '六、其他需要报告的事项2023年，无收取信息处理费情况。',
      },
    });
    const doc = parseReport(text);
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    const h = (id: string) => doc.headings.find((x) => x.id === id)!;
    expect([h('1').text, h('1').placement]).toEqual(['一、总体情况', 'run-in']);
    expect(h('5').text).toBe('五、存在的主要问题及改进情况');
    expect(doc.report.text.slice(h('6').span[0], h('6').span[1])).toBe('六、其他需要报告的事项');
  });

  it('finds the headings of a text that lost its line breaks', () => {
    const oneLine = buildReportText()
      .split('\n')
      .filter((l) => !l.includes('\t') && !/^\d/.test(l))
      .join(' ');
    const doc = parseReport(oneLine);
    expect(doc.headings.map((h) => h.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.headings.filter((h) => h.placement === 'inline').length).toBeGreaterThanOrEqual(5);
  });

  it('recognises reworded and misspelt headings as their section', () => {
    for (const [id, heading] of [
      ['5', '五、存在的主要问题及整改措施'],
      ['5', '五、政府信息公开工作存在的主要问题及改进情况'],
      ['4', '四、政府信息公开行政法复议、行政诉讼情况 本年度无行政复议。'],
    ] as const) {
      const text = buildReportText({ headings: { [id]: heading } });
      expect(parseReport(text).report.sections.map((s) => s.id)).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
      ]);
    }
  });

  it('does not take a numbered sentence or a sub-heading for a section', () => {
    const text = buildReportText({
      prose: {
        '1': '（二）主动公开政府信息情况\n二是主动公开政府信息情况良好。\n三、收到和处理政府信息公开申请的工作方面，本年度做了很多工作，情况良好。',
      },
    });
    expect(headingsOf(text).map((h) => h[1])).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('keeps section 五 whose heading was lost when its first sub-heading follows table 四', () => {
    const text = buildReportText({
      prose: { '5': '（一）2024 年工作中存在问题的改进情况\n加强培训。' },
    }).replace('五、存在的主要问题及改进情况\n', '');
    const doc = parseReport(text);
    const five = doc.headings.find((h) => h.id === '5')!;
    expect([five.found, five.placement, five.text]).toEqual([
      false,
      'sub-heading',
      '（一）2024 年工作中存在问题的改进情况',
    ]);
    expect(parseReport(buildReportText({ omit: ['5'] })).headings.map((h) => h.id)).not.toContain(
      '5',
    );
  });
});
