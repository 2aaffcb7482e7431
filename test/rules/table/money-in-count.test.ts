import { cellInvalid } from '../../../src/shared/rules/table/cell-invalid';
import { moneyInCountRule } from '../../../src/shared/rules/table/money-in-count';
import { rowMissing } from '../../../src/shared/rules/table/row-missing';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** Table 二 of the 2019 form, every row, its 政府集中采购 row reading `items` and `amount`. */
const table2019 = (items: string, amount: string): string =>
  [
    '第二十条第（一）项',
    '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    '规章\t0\t0\t0',
    '规范性文件\t7\t7\t52',
    '第二十条第（五）项',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    '行政许可\t210\t4\t96',
    '其他对外管理服务事项\t3\t0\t11',
    '第二十条第（六）项',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    '行政处罚\t830\t-6\t122',
    '行政强制\t41\t0\t9',
    '第二十条第（八）项',
    '信息内容\t上一年项目数量\t本年增/减',
    '行政事业性收费\t12\t-2',
    '第二十条第（九）项',
    '信息内容\t采购项目数量\t采购总金额',
    `政府集中采购\t${items}\t${amount}`,
  ].join('\n');

/** A 2019 report (2019 form) with that table 二. */
const procurement = (items: string, amount: string): string => {
  const text = buildReportText({ year: 2019, cells: consistentCells(9) });
  const start = text.indexOf('第二十条第（一）项');
  const end = text.indexOf('三、收到和处理政府信息公开申请情况');
  return `${text.slice(0, start)}${table2019(items, amount)}\n\n${text.slice(end)}`;
};

/** The same row inside a Word table (a grid of three columns): each field is its cell. */
const inGrid = (text: string) => {
  const start = text.indexOf('政府集中采购');
  return { text, parse: { grids: [{ start, end: text.indexOf('\n', start) + 1, columns: 3 }] } };
};

const ranTogether = inGrid(procurement('24681357.90元', ''));

ruleTester(moneyInCountRule, {
  valid: [
    { name: 'count and amount each in its cell', ...inGrid(procurement('12', '5394432.52元')) },
    {
      name: 'a 2021 report has no count beside an amount',
      text: buildReportText({ cells: consistentCells(5) }),
    },
  ],
  invalid: [
    {
      name: 'money in the count cell of a Word table, the amount cell blank',
      ...ranTogether,
      findings: [
        {
          message:
            '表二「政府集中采购」采购项目数量填为「24681357.90元」，而同行的采购总金额为空：件数与金额连在一起或填错了列，无法分列',
          severity: 'info',
          cells: ['active/procurement/items', 'active/procurement/amount'],
          quotes: ['24681357.90元'],
        },
      ],
    },
    {
      name: 'the same row in plain text: one sum of money for two columns',
      text: procurement('24681357.90元', ''),
      findings: [{ message: '无法分列', severity: 'info' }],
    },
  ],
});

// The same cell is not also an error elsewhere: one finding for one habit.
ruleTester(cellInvalid, {
  valid: [{ name: 'money in a count cell is table.money-in-count', ...ranTogether }],
  invalid: [
    {
      name: 'a decimal count beside a filled amount is still not an integer',
      ...inGrid(procurement('12.5', '5394432.52元')),
      findings: [{ message: '件数不是整数', severity: 'error' }],
    },
  ],
});

ruleTester(rowMissing, {
  valid: [
    {
      name: 'one sum of money in a plain-text row of two columns is table.money-in-count',
      text: procurement('24681357.90元', ''),
    },
  ],
  invalid: [
    {
      name: 'a plain-text count alone in that row is still unplaceable',
      text: procurement('7', '').replace('政府集中采购\t7\t', '政府集中采购 7'),
      findings: [
        { message: '表二「政府集中采购」一行只读到 1 个数（7），表格有 2 列', severity: 'error' },
      ],
    },
  ],
});
