// Title and agency from the report, not from the web page or page viewer around it.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

/** The generated report with `lead` lines put before it, its own title line replaced. */
const pageAround = (lead: string[], title: string): string => {
  const body = buildReportText({ year: 2022 });
  const rest = body.slice(body.indexOf('\n') + 1);
  return [...lead, title, rest].join('\n');
};

describe('page furniture is never the title', () => {
  it('skips a page\'s field labels ("名称 …", "文件下载 …") for the body\'s own title', () => {
    const doc = parseReport(
      pageAround(
        [
          '您当前所在位置:首页 > 信息公开年报',
          '名称 某市农业农村局2022年政府信息公开工作年度报告',
          '索引号 000000/2023-001 分类 年报',
          '文件下载 某市农业农村局2022年政府信息公开工作年度报告',
          '',
        ],
        '某市农业农村局2022年政府信息公开工作年度报告',
      ),
    );
    expect(doc.report.agency).toBe('某市农业农村局');
    expect(doc.report.title).toBe('某市农业农村局2022年政府信息公开工作年度报告');
  });

  it('drops a page viewer\'s "Page 3 - " header before the title', () => {
    const doc = parseReport(pageAround([], 'Page 1 - 某县水利局2022年政府信息公开工作年度报告'));
    expect(doc.report.agency).toBe('某县水利局');
    expect(doc.report.year).toBe(2022);
  });
});

describe('a page heading without the agency before the document’s own title', () => {
  it('takes the document’s title wrapped over two lines ("某镇人民政府" / "2022年…年度报告")', () => {
    const doc = parseReport(
      pageAround(
        ['2022年政府信息公开工作年度报告', '某县某镇人民政府'],
        '2022年政府信息公开工作年度报告',
      ),
    );
    expect(doc.report.title).toBe('某县某镇人民政府2022年政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某县某镇人民政府');
  });

  it('keeps a title without agency when nothing after it names one', () => {
    const doc = parseReport(pageAround([], '2022年政府信息公开工作年度报告'));
    expect(doc.report.title).toBe('2022年政府信息公开工作年度报告');
    expect(doc.report.agency).toBeNull();
  });
});

describe('a page’s field list written as bullets ("• 标  题: …")', () => {
  const lead = [
    '某县水务局 > 信息公开 > 政府信息公开年报',
    '  • 索  引 号:000000-0/2023-001 主题分类:',
    '  • 发文机关:某县水务局 成文日期:2023-01-10',
    '  • 标       题: 某县水务局2022年政府信息公开工作年度报告',
    '  • 文       号:发布日期: 2023-01-10',
    '',
  ];

  it('reads the body’s own title, never the bullet and label', () => {
    const doc = parseReport(pageAround(lead, '某县水务局2022年政府信息公开工作年度报告'));
    expect(doc.report.title).toBe('某县水务局2022年政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某县水务局');
  });

  it('takes the field’s value when the body has no title of its own', () => {
    const doc = parseReport(pageAround(lead, ''));
    expect(doc.report.agency).toBe('某县水务局');
    expect(doc.report.year).toBe(2022);
  });
});

describe('an agency with a second name in brackets', () => {
  it('keeps "（州政府办公室）" in its brackets instead of running the two names together', () => {
    const doc = parseReport(
      pageAround([], '某某州人民政府(州政府办公室)2024年政府信息公开工作年度报告'),
    );
    expect(doc.report.agency).toBe('某某州人民政府（州政府办公室）');
    expect(doc.report.year).toBe(2024);
  });

  it('drops brackets the year leaves empty ("某县水利局（2022年）…")', () => {
    const doc = parseReport(pageAround([], '某县水利局（2022年）政府信息公开工作年度报告'));
    expect(doc.report.agency).toBe('某县水利局');
  });
});

describe('a site’s column names before the document’s title', () => {
  it('reads the title under "政府信息公开" / "政府信息公开工作年度报告", not those labels', () => {
    const doc = parseReport(
      pageAround(
        ['政府信息公开', '政府信息公开工作年度报告', ''],
        '某县教育和体育局2024年政府信息公开工作年度报告',
      ),
    );
    expect(doc.report.agency).toBe('某县教育和体育局');
    expect(doc.report.title).toBe('某县教育和体育局2024年政府信息公开工作年度报告');
    expect(doc.report.year).toBe(2024);
  });
});

describe('a site’s category label without a year above its field list and the document’s title', () => {
  const fields = [
    '  • 镇街年度报告',
    '  • 索引号',
    '    000000/2026-001',
    '  • 发布机构',
    '    某县某镇人民政府',
    '  • 发布日期',
    '    2026-01-20',
    '',
  ];

  it('reads the dated title below, not the category "• 街道政府信息公开年度报告"', () => {
    const doc = parseReport(
      pageAround(
        ['登录 | 注册', '  • 街道政府信息公开年度报告', ...fields],
        '某县某镇2025年政府信息公开工作年度报告',
      ),
    );
    expect(doc.report.title).toBe('某县某镇2025年政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某县某镇');
    expect(doc.report.year).toBe(2025);
  });

  it('keeps a title without a year when nothing below names one', () => {
    const doc = parseReport(pageAround([], '某县某镇政府信息公开工作年度报告'));
    expect(doc.report.title).toBe('某县某镇政府信息公开工作年度报告');
    expect(doc.report.agency).toBe('某县某镇');
  });
});

describe('a site’s content-type tag before the title', () => {
  it('leaves "【图文】" out of the title and the agency', () => {
    const doc = parseReport(
      pageAround(
        ['当前位置:首页 > 政府信息公开年报', ''],
        '【图文】某市林业局2022年度政府信息公开工作年度报告',
      ),
    );
    expect(doc.report.agency).toBe('某市林业局');
    expect(doc.report.title).toBe('某市林业局2022年度政府信息公开工作年度报告');
  });
});

describe('an announcement page around the report', () => {
  it('reads the report’s own title below a heading "某部（2024年第1号）：某部2023年…报告"', () => {
    const body = buildReportText({ year: 2023 });
    const rest = body.slice(body.indexOf('\n') + 1);
    const doc = parseReport(
      [
        '某某部（2024年第1号）：某某部2023年政府信息公开工作报告',
        '发布日期：2024-01-20',
        '按照条例有关要求，我部编制了《某某部2023年政府信息公开工作报告》，现予公布。',
        '某某部',
        '2024年1月20日',
        '某某部2023年政府信息公开工作报告',
        rest,
      ].join('\n'),
    );
    expect(doc.report.title).toBe('某某部2023年政府信息公开工作报告');
    expect(doc.report.agency).toBe('某某部');
    expect(doc.report.year).toBe(2023);
  });

  it('never takes an announcement number’s year for the report’s', () => {
    const doc = parseReport(
      pageAround([], '某某部（2024年第1号）：某某部2023年政府信息公开工作报告'),
    );
    expect(doc.report.year).toBe(2023);
  });
});
