import { extraCells } from '../../../src/shared/rules/table/extra-cells';
import { with2019Table } from '../../support/form-2019';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(51);
const full = buildReportText({ cells });
const total37 = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(
  (c) => `requests/3.7/${c}`,
);

ruleTester(extraCells, {
  valid: [
    { name: 'seven numbers in each row of table 三', text: full },
    {
      name: 'empty trailing fields of a Word row are not values',
      text: full.replace(/^(\t\(七\) 总计.*)$/m, '$1\t\t\t'),
    },
    {
      name: 'an empty field inside the label columns is not a value',
      text: full.replace(/^\t\(七\) 总计\t/m, '\t(七) 总计\t\t'),
    },
    {
      name: 'the 2019 form’s table 二 has its own columns (a 2020 report)',
      text: with2019Table(2020),
    },
    {
      name: 'the 2019 form’s table 二 in a 2024 report is outdated-format’s finding, not ours',
      text: with2019Table(2024),
    },
  ],
  invalid: [
    {
      name: 'two rows of one table with a surplus: one finding listing both',
      text: full
        .replace(/^(\t\(七\) 总计.*)$/m, '$1\t0')
        .replace(/^(四、结转下年度继续办理.*)$/m, '$1\t0'),
      findings: [
        {
          message:
            '表三「收到和处理政府信息公开申请情况」有 2 行的数字多于表格的列数：「三、（七）总计」一行有 8 个数（应为 7 个），已将前 7 个数依次计入各列，多出的第 8 个数「0」未计入任何一列；「四、结转下年度继续办理」一行有 8 个数（应为 7 个），已将前 7 个数依次计入各列，多出的第 8 个数「0」未计入任何一列',
          cells: [...total37, ...total37.map((p) => p.replace('3.7', '4'))],
        },
      ],
    },
    {
      name: 'an eighth number in the (七) 总计 row (sample 001)',
      text: full.replace(/^(\t\(七\) 总计.*)$/m, '$1\t0'),
      findings: [
        {
          message:
            '表三「三、（七）总计」一行有 8 个数，而表格只有 7 列；已将前 7 个数依次计入各列，多出的第 8 个数「0」未计入任何一列',
          severity: 'warning',
          cells: total37,
          expected: 7,
          actual: 8,
          quotes: ['0'],
        },
      ],
    },
    {
      name: 'a stray number before the row: the window that adds up is taken',
      text: full.replace(/^\t\(七\) 总计\t/m, '\t(七) 总计\t9\t'),
      findings: [
        {
          message: '已将第 2 至第 8 个数依次计入各列，多出的第 1 个数「9」未计入任何一列',
          quotes: ['9'],
        },
      ],
    },
    {
      name: 'a number inserted inside the row: which one is surplus is unknown',
      text: full.replace(
        /^(\t\(七\) 总计\t\d+)\t/m,
        `$1\t${Number(cells['requests/3.7/natural']) + 5}\t`,
      ),
      findings: [
        {
          message: `无法确定哪个数是多出的，暂将前 7 个数依次计入各列，多出的第 8 个数「${cells['requests/3.7/total']}」未计入任何一列，该行未参与勾稽核对`,
          cells: total37,
        },
      ],
    },
    {
      name: 'sixteen numbers in table 四',
      text: full.replace(/^((?:\d+\t){14}\d+)$/m, '$1\t0'),
      findings: [
        {
          message: '表四「政府信息公开行政复议、行政诉讼情况」有 16 个数，而表格只有 15 格',
          expected: 15,
          actual: 16,
        },
      ],
    },
  ],
});
