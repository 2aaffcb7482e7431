// table.cell-blank on a table 二 of the 2019 form (国办公开办函〔2019〕60号) and on a 2021 table
// whose first part kept the 2019 headers: the blank cells are the report's own cells, named by
// its own form ("「规范性文件」本年新公开数量", "「行政许可」本年增/减", "处理决定数量"), never the
// 2021 form's "本年处理决定数量" cells the report does not have.
import { readFileSync } from 'node:fs';
import { activeTable2019 } from '../../../src/shared/model/form';
import { cellBlank } from '../../../src/shared/rules/table/cell-blank';
import { fixture } from '../../extract/helpers';
import { buildReportText } from '../../support/report-builder';
import { ruleTester } from '../../support/rule-tester';

/** Table 二 of the 2019 form, every part, with the given rows' cells (tab-separated). */
const table2019 = (rows: Record<string, string[]>): string => {
  const line = (label: string, id: string) => [label, ...rows[id]!].join('\t');
  return [
    '第二十条第（一）项',
    '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    line('规章', 'regulations'),
    line('规范性文件', 'normativeDocs'),
    '第二十条第（五）项',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    line('行政许可', 'licensing'),
    line('其他对外管理服务事项', 'otherServices'),
    '第二十条第（六）项',
    '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
    line('行政处罚', 'punishment'),
    line('行政强制', 'coercion'),
    '第二十条第（八）项',
    '信息内容\t上一年项目数量\t本年增/减',
    line('行政事业性收费', 'fees'),
    '第二十条第（九）项',
    '信息内容\t采购项目数量\t采购总金额',
    line('政府集中采购', 'procurement'),
  ].join('\n');
};

const filled: Record<string, string[]> = {
  regulations: ['0', '0', '0'],
  normativeDocs: ['3', '3', '21'],
  licensing: ['12', '2', '340'],
  otherServices: ['5', '0', '61'],
  punishment: ['30', '-1', '17'],
  coercion: ['4', '0', '2'],
  fees: ['2', '0'],
  procurement: ['6', '85.5万元'],
};

/** A 2019 report (built by the test's report builder) with table 二 in the 2019 form. */
const report2019 = (rows: Record<string, string[]>): string => {
  const base = buildReportText({ year: 2019 });
  const start = base.indexOf('第二十条第（一）项');
  const end = base.indexOf('三、收到和处理');
  return `${base.slice(0, start)}${table2019({ ...filled, ...rows })}\n\n${base.slice(end)}`;
};

/** A 2021 report whose part （一） kept the 2019 headers (本年新制作数量 …). */
const mixedReport = (docs: string[]): string => {
  const base = buildReportText({ year: 2021 });
  const first = [
    '第二十条第（一）项',
    '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    '规章\t0\t0\t0',
    ['行政规范性文件', ...docs].join('\t'),
    '',
  ].join('\n');
  const start = base.indexOf('第二十条第（一）项');
  return `${base.slice(0, start)}${first}${base.slice(base.indexOf('第二十条第（五）项'))}`;
};

const blankFixture = readFileSync(fixture('form2019/blank-table-two.txt'), 'utf8');
const all2019Cells = activeTable2019.rows.flatMap((r) =>
  activeTable2019.columnsOf(r.id).map((c) => `active/${r.id}/${c.id}`),
);
const rowCells = (row: string) => all2019Cells.filter((p) => p.startsWith(`active/${row}/`));

ruleTester(cellBlank, {
  valid: [
    {
      name: 'a 2019 table 二 with every cell filled (a negative 本年增/减 too)',
      text: report2019({}),
    },
    {
      name: 'money in 采购项目数量 beside a blank 采购总金额 is table.money-in-count’s',
      text: report2019({ procurement: ['13575394432.52元', ''] }),
    },
    { name: 'a mixed table with its 2019 first part filled', text: mixedReport(['2', '2', '9']) },
  ],
  invalid: [
    {
      name: 'a blank 2019 table 二: every one of its 22 cells, as the table',
      text: blankFixture,
      findings: [
        {
          message: '表二「主动公开政府信息情况」全部空白，没有填写任何数字',
          cells: all2019Cells,
        },
      ],
    },
    {
      name: 'a blank 2019 table 二 but for one number: every blank row by its 2019 name',
      text: blankFixture.replace('规章\n', '规章\n0\n'),
      findings: [
        {
          message:
            '表二「主动公开政府信息情况」有 19 格没有填写数字：「规范性文件」一行 3 格均为空白；「行政许可」一行 3 格均为空白；「其他对外管理服务事项」一行 3 格均为空白；「行政处罚」一行 3 格均为空白等（共 7 处）。',
          cells: all2019Cells.filter((p) => !p.startsWith('active/regulations/')),
        },
      ],
    },
    {
      name: 'the 本年增/减 column left blank: named as the 2019 form names it',
      text: report2019({
        licensing: ['0', '', '0'],
        otherServices: ['0', '', '0'],
        fees: ['0', ''],
      }),
      findings: [
        {
          message:
            '表二「主动公开政府信息情况」有 3 格没有填写数字：「行政许可」本年增/减为空白；「其他对外管理服务事项」本年增/减为空白；「行政事业性收费」本年增/减为空白。',
          cells: ['active/licensing/change', 'active/otherServices/change', 'active/fees/change'],
        },
      ],
    },
    {
      name: 'a blank 处理决定数量 and a "/" 采购总金额',
      text: report2019({ coercion: ['4', '0', ''], procurement: ['6', '/'] }),
      findings: [
        {
          message:
            '有 2 格没有填写数字：「行政强制」处理决定数量为空白；「政府集中采购」采购总金额为「/」。',
          cells: ['active/coercion/decisions', 'active/procurement/amount'],
        },
      ],
    },
    {
      name: 'a 2019 row left empty',
      text: report2019({ normativeDocs: ['', '', ''] }),
      findings: [
        {
          message: '表二「规范性文件」一行 3 格均为空白，没有填写数字。',
          cells: rowCells('normativeDocs'),
        },
      ],
    },
    {
      name: 'a mixed table: the 2019 column under the 2021 row name',
      text: mixedReport(['2', '', '9']),
      findings: [
        {
          message: '表二「行政规范性文件」本年新公开数量为空白，没有填写数字。',
          cells: ['active/normativeDocs/published'],
        },
      ],
    },
  ],
});
