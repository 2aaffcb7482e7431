import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/shared/parser';
import { runRules } from '../../../src/shared/rules/engine';
import { deadline, unitKind } from '../../../src/shared/rules/year/deadline';
import { flattenLikePdf } from '../../support/pdf-like';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** A 2024 report of `agency`, with `signature` after section 六. */
const signed = (signature: string, agency = '某县司法局'): string =>
  `${buildReportText({ agency })}\n${signature}\n`;

ruleTester(deadline, {
  valid: [
    { name: 'no date at all', text: buildReportText() },
    { name: 'a department on 20 January', text: signed('某县司法局\n2025年1月20日') },
    { name: 'on the deadline itself', text: signed('2025年1月31日') },
    {
      name: 'a county government on 20 March',
      text: signed('2025年3月20日', '某县人民政府'),
    },
    {
      name: 'a township: its date is set by local notices',
      text: signed('2025年3月1日', '某县城关镇人民政府'),
    },
    {
      name: 'a date inside a sentence of section 六 is no 落款',
      text: buildReportText({
        prose: { '6': '本年度未收取信息处理费。本报告将于2025年3月1日前在门户网站公布' },
      }),
    },
    {
      name: 'a line of section 六 that ends in a date is no 落款',
      text: buildReportText({
        prose: { '6': '本年度未收取信息处理费\n本报告数据统计截止日期为2024年12月31日' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a department after 31 January',
      text: signed('某县司法局\n2025年2月10日\n- 5 -'),
      findings: [
        {
          message:
            '报告落款日期为2025年2月10日，晚于县级以上人民政府部门公布2024年度报告的期限（2025年1月31日）',
          severity: 'warning',
          expected: '2025年1月31日前',
          actual: '2025年2月10日',
          quotes: ['2025年2月10日'],
        },
      ],
    },
    {
      name: 'the agency and the date on one line, Chinese numerals',
      text: signed('某县司法局    二〇二五年二月十日'),
      findings: [{ actual: '2025年2月10日', quotes: ['二〇二五年二月十日'] }],
    },
    {
      name: 'PDF-like text with spaces inside the date',
      text: flattenLikePdf(signed('某县司法局\n2025 年 2 月 10 日')),
      findings: [{ actual: '2025年2月10日', quotes: ['2025 年 2 月 10 日'] }],
    },
    {
      name: 'a county government after 31 March',
      text: signed('2025年4月2日', '某县人民政府'),
      findings: [
        {
          message: '晚于县级以上人民政府公布2024年度报告的期限（2025年3月31日）',
          expected: '2025年3月31日前',
        },
      ],
    },
    {
      name: 'a 发布日期 line at the top of a web page',
      text: `发布日期：2025-02-05\n${buildReportText()}`,
      findings: [{ actual: '2025年2月5日', quotes: ['2025-02-05'] }],
    },
  ],
});

describe('year.deadline options and unit kinds', () => {
  const check = (text: string, options: Record<string, unknown>) =>
    runRules(parseReport(text), [deadline], {
      profile: { rules: { 'year.deadline': { options } } },
    });

  it('reads the unit kind from the agency name', () => {
    expect(unitKind('渠县司法局')).toBe('department');
    expect(unitKind('某市人民政府办公室')).toBe('department');
    expect(unitKind('渠县人民政府')).toBe('government');
    expect(unitKind('某自治区人民政府')).toBe('government');
    expect(unitKind('某县城关镇人民政府')).toBe('township');
    expect(unitKind('某区五山街道办事处')).toBe('township');
    expect(unitKind(null)).toBe('unknown');
  });

  it('holds a township to townshipDeadline when a profile sets one', () => {
    const text = signed('2025年3月1日', '某县城关镇人民政府');
    const findings = check(text, { townshipDeadline: '02-15' });
    expect(findings.map((f) => f.message)).toEqual([
      '报告落款日期为2025年3月1日，晚于乡镇人民政府（街道办事处）公布2024年度报告的期限（2025年2月15日）',
    ]);
  });

  it('uses a local departmentDeadline', () => {
    const text = signed('2025年1月20日');
    expect(check(text, {})).toEqual([]);
    expect(check(text, { departmentDeadline: '01-15' }).map((f) => f.expected)).toEqual([
      '2025年1月15日前',
    ]);
  });

  it('says in Chinese when an option is malformed, and does not guess', () => {
    const findings = check(signed('2025年1月20日'), { governmentDeadline: '3月31日' });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('选项 governmentDeadline 应为“月-日”格式');
  });
});
