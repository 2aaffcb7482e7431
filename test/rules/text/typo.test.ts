// text.typo: misspelt fixed terms, from the fixed list and from slips of the form's terms.
import { describe, expect, it } from 'vitest';
import { slipsOf } from '../../../src/shared/rules/support/typo-dictionary';
import { typo } from '../../../src/shared/rules/text/typo';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withOverview = (overview: string): string => buildReportText({ prose: { '1': overview } });

ruleTester(typo, {
  valid: [
    { name: 'the official wording', text: buildReportText() },
    {
      name: 'near misses that are correct Chinese',
      text: withOverview(
        '本报告分成六部分。六部分成果均已公开。认真执行规范性文件，做好政府信息公开开展情况统计，依申请公开工作有序推进，行政规范文件及时清理。',
      ),
    },
    {
      name: 'the full platform heading',
      text: withOverview('（四）政府信息公开平台建设\n持续做好政府网站栏目维护。'),
    },
  ],
  invalid: [
    {
      name: '依申公开 twice: one finding, both places',
      text: withOverview('（二）依申公开情况。本年度依申公开工作平稳。'),
      findings: [
        {
          message: '「依申公开」应为「依申请公开」（第一部分「总体情况」 2 处',
          quotes: ['依申公开', '依申公开'],
          expected: '依申请公开',
          actual: '依申公开',
          severity: 'warning',
        },
      ],
    },
    {
      name: '六部分成 and 政府信息平台建设',
      text: withOverview('本报告由六部分成。\n（四）政府信息平台建设\n持续做好网站栏目维护。'),
      findings: [
        { message: '「六部分成」应为「六部分组成」', quotes: ['六部分成'] },
        { message: '应为「政府信息公开平台建设」', quotes: ['政府信息平台建设'] },
      ],
    },
    {
      name: '政府信箱公开申请 (sample 004)',
      text: withOverview('（二）依申请公开。2024年，我局收到政府信箱公开申请0件。'),
      findings: [{ expected: '政府信息公开申请', quotes: ['政府信箱公开申请'] }],
    },
    {
      name: 'slips of the form terms: a doubled, a swapped and a dropped character',
      text: withOverview('做好政府信息息公开工作，加强政府息信管理，清理行政规性文件。'),
      findings: [
        { expected: '政府信息公开', actual: '政府信息息公开' },
        { expected: '政府信息管理', actual: '政府息信管理' },
        { expected: '行政规范性文件', actual: '行政规性文件' },
      ],
    },
  ],
});

describe('typo dictionary', () => {
  it('keeps the first and last two characters of a term in place', () => {
    const slips = slipsOf('政府信息公开');
    expect(slips).toContain('政府信息息公开');
    expect(slips).toContain('政府息公开');
    expect(slips).not.toContain('政府信息公开开');
    expect(slips).not.toContain('府信息公开');
  });
  it('leaves accepted short forms alone', () => {
    expect(slipsOf('行政规范性文件')).not.toContain('行政规范文件');
  });
});
