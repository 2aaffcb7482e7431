import { rowMissing } from '../../../src/shared/rules/table/row-missing';
import { buildReportText, consistentCells } from '../../support/report-builder';
import { flattenLikePdf } from '../../support/pdf-like';
import { ruleTester } from '../../support/rule-tester';

const cells = consistentCells(21);
const full = buildReportText({ cells });
const rowCells = (row: string): string[] =>
  ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(
    (c) => `requests/${row}/${c}`,
  );
/** The report of the 2019 trial format: one row （六）其他处理 with the sums of its sub-rows. */
const legacy = (): string => {
  const sum = (c: string): number =>
    ['3.6.1', '3.6.2', '3.6.3'].reduce((s, r) => s + Number(cells[`requests/${r}/${c}`]), 0);
  const values = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'].map(sum);
  return full
    .replace(/^\t\(六\) 其他处理\t1\..*$/m, `\t(六) 其他处理\t${values.join('\t')}`)
    .replace(/^\t\t2\. 申请人逾期未按.*\n/m, '')
    .replace(/^\t\t3\. 其他\t.*\n/m, '');
};

/**
 * Table 二's 规章 row as a PDF→Markdown conversion leaves it: its own one-row table of three
 * cells under the four-column header, one cell lost (the grid the Markdown reader passes on).
 */
const lostColumn = (): {
  text: string;
  parse: { grids: { start: number; end: number; columns: number }[] };
} => {
  const text = full.replace(/^规章\t.*$/m, '规章\t41\t377');
  const start = text.indexOf('规章\t41');
  return { text, parse: { grids: [{ start, end: text.indexOf('\n', start) + 1, columns: 3 }] } };
};

ruleTester(rowMissing, {
  valid: [
    { name: 'every row of a Word-style report', text: full },
    { name: 'every row of a PDF-style report with wrapped labels', text: flattenLikePdf(full) },
    { name: 'the 2019 single row （六）其他处理 is not three missing rows', text: legacy() },
    {
      name: 'a row present with every cell empty is blank, not missing',
      text: buildReportText({
        cells: { ...cells, ...Object.fromEntries(rowCells('3.2').map((p) => [p, null])) },
      }),
    },
  ],
  invalid: [
    {
      name: 'a row deleted from table 三',
      text: full.replace(/^.*属于行政查询事项.*\n/m, ''),
      findings: [
        {
          message:
            '表三「收到和处理政府信息公开申请情况」缺少「三、（三）不予公开 8.属于行政查询事项」一行',
          cells: rowCells('3.3.8'),
          quotes: ['三、收到和处理政府信息公开申请情况'],
        },
      ],
    },
    {
      name: 'many rows lost: one finding lists them',
      text: full.replace(/^\t\t[2-7]\. (?:其他法律|危及|保护|属于).*\n/gm, ''),
      findings: [
        {
          message:
            '表三「收到和处理政府信息公开申请情况」有 6 行未能识别：「三、（三）不予公开 2.其他法律行政法规禁止公开」',
          cells: ['3.3.2', '3.3.3', '3.3.4', '3.3.5', '3.3.6', '3.3.7'].flatMap(rowCells),
        },
      ],
    },
    {
      name: 'a row with two numbers cannot be placed in seven columns',
      text: full.replace(/^(一、本年新收政府信息公开申请数量)\t.*$/m, '$1\t5\t9'),
      findings: [
        {
          message: '表三「一、本年新收政府信息公开申请数量」一行只读到 2 个数（5、9），表格有 7 列',
          cells: rowCells('1'),
          actual: '5、9',
          quotes: ['一、本年新收政府信息公开申请数量\t5\t9'],
        },
      ],
    },
    {
      name: 'a grid row one cell short (a conversion lost a column): an info, cells unread',
      ...lostColumn(),
      findings: [
        {
          message:
            '表二「规章」一行在转换后的表格中只有 2 格（41、377），表格有 3 列：原表的一列在转换中丢失',
          severity: 'info',
          cells: [
            'active/regulations/issued',
            'active/regulations/repealed',
            'active/regulations/valid',
          ],
          quotes: ['规章\t41\t377'],
        },
      ],
    },
    {
      name: 'the same short row in plain text (no grid) stays an error: nothing says a column was lost',
      text: lostColumn().text,
      findings: [
        { message: '表二「规章」一行只读到 2 个数（41、377），表格有 3 列', severity: 'error' },
      ],
    },
    {
      name: 'table 四 with 14 numbers',
      text: full.replace(/^(\d+\t){14}\d+$/m, (line) => line.split('\t').slice(1).join('\t')),
      findings: [
        {
          message: '表四「政府信息公开行政复议、行政诉讼情况」读到 14 个数，应为 15 个',
          severity: 'error',
        },
      ],
    },
  ],
});
