import { extraCells } from '../../../src/shared/rules/table/extra-cells';
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
  ],
  invalid: [
    {
      name: 'an eighth number in the (七) 总计 row (sample 001)',
      text: full.replace(/^(\t\(七\) 总计.*)$/m, '$1\t0'),
      findings: [
        {
          message:
            '表三「三、（七）总计」一行有 8 个数，而表格只有 7 列；按第 1–7 个数读取，多出的第 8 个数「0」未计入任何一列',
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
        { message: '按第 2–8 个数读取，多出的第 1 个数「9」未计入任何一列', quotes: ['9'] },
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
          message: `无法确定哪个数是多出的，暂按第 1–7 个数读取，多出的第 8 个数「${cells['requests/3.7/total']}」未计入任何一列，该行未参与勾稽核对`,
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
