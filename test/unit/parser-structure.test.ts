import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const ids = (text: string) => parseReport(text).report.sections.map((s) => s.id);

describe('section headings', () => {
  it('finds headings numbered 一、 / 一. / 2、 / 第二部分 / none', () => {
    const text = buildReportText({
      headings: {
        '1': '第一部分 总体情况',
        '2': '2、主动公开政府信息情况',
        '3': '三. 收到和处理政府信息公开申请情况',
        '4': '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况',
        '5': '五、存在的主要问题和改进举措',
        '6': '其他需要报告的事项',
      },
    });
    const doc = parseReport(text);
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.headings.map((h) => h.numbering)).toEqual([
      '第一部分',
      '2、',
      '三.',
      '四、',
      '五、',
      '',
    ]);
  });

  it('does not take a heading named inside an intro sentence, nor a sub-heading (一)主动公开', () => {
    const intro =
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。';
    const text = buildReportText({ title: `某县司法局2024年政府信息公开工作年度报告\n${intro}` });
    const doc = parseReport(text);
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.report.sections[0]!.heading).toBe('一、总体情况');
    expect(doc.report.sections[1]!.heading).toBe('二、主动公开政府信息情况');
  });

  it('reads a heading wrapped over two lines', () => {
    const text = buildReportText({ headings: { '4': '四、政府信息公开行政复议、行政诉讼情\n况' } });
    expect(ids(text)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('lets a table stand in for its lost heading', () => {
    const text = buildReportText().replace('三、收到和处理政府信息公开申请情况\n', '');
    const doc = parseReport(text);
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.headings.find((h) => h.id === '3')!.found).toBe(false);
    expect(doc.report.cells['requests/1/total']!.value).toBe(0);
  });

  it('reports what is missing rather than inventing it', () => {
    const doc = parseReport(buildReportText({ omit: ['5'] }));
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '6']);
  });
});

describe('title, agency, year, period', () => {
  it('joins a title wrapped over two lines', () => {
    const doc = parseReport(
      buildReportText({ title: '攀枝花市西区司法局\n\n2023 年政府信息公开工作年度报告' }),
    );
    expect(doc.report.title).toBe('攀枝花市西区司法局2023年政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('攀枝花市西区司法局');
    expect(doc.report.year).toBe(2023);
  });

  it('reads a year written before the agency and in Chinese numerals', () => {
    const doc = parseReport(
      buildReportText({ title: '二〇二四年度某市交通运输局政府信息公开工作年度报告' }),
    );
    expect(doc.report.agency).toBe('某市交通运输局');
    expect(doc.report.year).toBe(2024);
  });

  it('finds the statistics period across PDF line wraps', () => {
    const doc = parseReport(
      buildReportText({
        title:
          '某县司法局2024年政府信息公开工作年度报告\n所列数据统计期限为 2024 年 1\n\n月 1 日至 12 月 31日。',
      }),
    );
    expect(doc.period).toMatchObject({ startYear: 2024, endYear: 2024 });
    expect(doc.report.text.slice(doc.period!.span[0], doc.period!.span[1])).toBe(
      '2024 年 1\n\n月 1 日至 12 月 31日',
    );
  });

  it('has no title when there is none, without failing', () => {
    const doc = parseReport('一、总体情况\n本年度工作正常。');
    expect(doc.report.title).toBeNull();
    expect(doc.report.agency).toBeNull();
  });
});

describe('normalization keeps offsets into the original', () => {
  it('maps every cell span back to the same digits in the raw text', () => {
    const raw = buildReportText({ cells: { 'requests/1/natural': 12, 'requests/1/total': 12 } })
      .replace(/\t12\t/, '\t１２\t')
      .replace('规章', '规 章')
      .replace('一、总体情况', '一、总体情况[bookmark: _GoBack]');
    const doc = parseReport(raw);
    const cell = doc.report.cells['requests/1/natural']!;
    expect(cell.value).toBe(12);
    const [s, e] = [doc.norm.origin[cell.span![0]]!, doc.norm.origin[cell.span![1] - 1]! + 1];
    expect(raw.slice(s, e)).toBe('１２');
    expect(doc.report.text).toContain('规章\t');
    expect(doc.norm.notes).toContainEqual(
      expect.objectContaining({ kind: 'bookmark', raw: '[bookmark: _GoBack]' }),
    );
  });
});

describe('a numbered heading run into its first sentence', () => {
  it('is a section start, and an unnumbered sentence is not', () => {
    const text = buildReportText({
      headings: {
        '1': '一、总体情况：2024年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序推进。',
      },
      prose: { '1': '（一）主动公开\n本年度及时主动公开政府信息。' },
    });
    const doc = parseReport(text);
    expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(doc.report.sections[0]!.heading).toBe('一、总体情况');
  });
});

describe('the body of a section whose heading runs into its first sentence', () => {
  it('starts right after the heading, so the first sentence is read as the section', () => {
    const doc = parseReport(
      buildReportText({
        headings: { '6': '六、其他需要报告的事项：本年度未收取信息处理费。' },
        prose: { '6': '' },
      }),
    );
    const h = doc.headings.find((x) => x.id === '6')!;
    expect(doc.report.text.slice(h.span[0], h.span[1])).toBe('六、其他需要报告的事项：');
  });
});
