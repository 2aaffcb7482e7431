// text.year-unit: a year written without 年.
import { yearUnit } from '../../../src/shared/rules/text/year-unit';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const withOverview = (overview: string, year = 2024): string =>
  buildReportText({ year, prose: { '1': overview } });

ruleTester(yearUnit, {
  valid: [
    { name: 'years written with 年', text: withOverview('2024年，维护基层政务公开专栏。') },
    {
      name: 'a list of years ends with 年',
      text: withOverview('2022、2023，2024年连续三年开展专项检查。'),
    },
    {
      name: 'numbers after words, ranges and far-off years are not bare years',
      text: withOverview(
        '档案编号为2024，已归档。2023-2024，两个年度的数据已核对。1949，新中国成立的纪念展已结束。',
      ),
    },
    {
      name: 'a space between the year and 年, as PDF text has it',
      text: withOverview('2024 年，维护基层政务公开专栏。'),
    },
  ],
  invalid: [
    {
      name: 'sample 004: 2024，维护',
      text: withOverview('（一）主动公开。推动信息全面公开。2024，维护基层政务公开专栏。'),
      findings: [
        {
          message: '年份「2024」后缺少“年”字：第一部分「总体情况」「2024，维护基层政…」',
          quotes: ['2024'],
          expected: '2024年',
          actual: '2024',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'one finding per year, listing every place',
      text: withOverview('2023以来，持续推进公开。\n2024，完善制度。2023，开展检查。'),
      findings: [
        { message: '年份「2023」', quotes: ['2023', '2023'] },
        { message: '年份「2024」', quotes: ['2024'] },
      ],
    },
  ],
});
