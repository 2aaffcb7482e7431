// Table 三 as a PDF-to-Markdown converter wrote it: wrapped row labels outside the pipe tables,
// one-row tables whose header row is a row of numbers, labelled rows wider than the header
// declares, and a lone "1" (conversion noise) before a row's numbers.
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/main/extract/markdown';
import { parseReport } from '../../src/shared/parser';
import { buildReportText } from '../support/report-builder';

const zeros = '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
const sep7 = '|---|---|---|---|---|---|---|';
const sep8 = '|---|---|---|---|---|---|---|---|';
const labelled = (label: string, values: string) => `| ${label} | ${values} |`;
const z = '0 | 0 | 0 | 0 | 0 | 0 | 0';

const messyTable3 = (numbersBefore62: string, row62: string): string =>
  [
    labelled('一、本年新收政府信息公开申请数量', '32 | 2 | 0 | 0 | 0 | 0 | 34'),
    sep8,
    labelled('二、上年结转政府信息公开申请数量', '2 | 0 | 0 | 0 | 0 | 0 | 2'),
    labelled('三、本年度办理结果 | （一）予以公开', '9 | 0 | 0 | 0 | 0 | 0 | 9'),
    labelled('（二）部分公开', z),
    labelled('（三）不予公开 1.属于国家秘密', z),
    labelled('2.其他法律行政法规禁止公开', z),
    labelled('3.危及“三安全一稳定”', z),
    labelled('4.保护第三方合法权益', z),
    labelled('5.属于三类内部事务信息', z),
    labelled('6.属于四类过程性信息', '1 | 0 | 0 | 0 | 0 | 0 | 1'),
    labelled('7.属于行政执法案卷', z),
    labelled('8.属于行政查询事项', z),
    labelled('（四）无法提供 1.本机关不掌握相关政府信息', '1 | 0 | 0 | 0 | 0 | 0 | 1'),
    labelled('2.没有现成信息需要另行制作', z),
    labelled('3.补正后申请内容仍不明确', z),
    labelled('（五）不予处理 1.信访举报投诉类申请', z),
    labelled('2.重复申请', z),
    labelled('3.要求提供公开出版物', z),
    '',
    '（五）不',
    '予处理4.无正当理由大量反复',
    '申请',
    '5.要求行政机关确认或',
    '重新出具已获取信息',
    '（六）其他处理1.申请人无正当理由逾',
    '期不补正、行政机关不',
    '再处理其政府信息公开',
    '申请',
    zeros,
    sep7,
    zeros,
    sep7,
    '| 8 | 2 | 0 | 0 | 0 | 0 | 10 |',
    sep7,
    '',
    '2.申请人逾期未按收费',
    '通知要求缴纳费用、行',
    '政机关不再处理其政府',
    '信息公开申请',
    numbersBefore62,
    row62,
    sep7,
    labelled('3.其他', '4 | 0 | 0 | 0 | 0 | 0 | 4'),
    sep8,
    labelled('（七）总计', '23 | 2 | 0 | 0 | 0 | 0 | 25'),
    labelled('四、结转下年度继续办理', '11 | 0 | 0 | 0 | 0 | 0 |  '),
    '',
  ].join('\n');

/** The generated report with its table 三 rows replaced by the messy Markdown. */
const report = (table3: string) => {
  const base = buildReportText();
  const from = base.indexOf('一、本年新收政府信息公开申请数量');
  const to = base.indexOf('\n', base.indexOf('四、结转下年度继续办理')) + 1;
  const md = base.slice(0, from) + table3 + base.slice(to);
  const doc = extractMarkdown(md, []);
  return parseReport(doc.text, { grids: doc.grids });
};

const columns = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
const row = (cells: Record<string, { value: number | null }>, id: string) =>
  columns.map((c) => cells[`requests/${id}/${c}`]!.value);

describe('table 三 from messy PDF-to-Markdown pipe tables', () => {
  it('reads every row exactly: certain labelled rows hold, the lone number is not a cell', () => {
    const { report: r } = report(messyTable3('1', zeros));
    expect(row(r.cells, '3.6.1')).toEqual([8, 2, 0, 0, 0, 0, 10]);
    expect(row(r.cells, '3.6.2')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(r.cells, '3.6.3')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(row(r.cells, '3.7')).toEqual([23, 2, 0, 0, 0, 0, 25]);
    // The empty last field is a blank cell, not a place for a shifted number.
    expect(row(r.cells, '4')).toEqual([11, 0, 0, 0, 0, 0, null]);
    expect(row(r.cells, '1')).toEqual([32, 2, 0, 0, 0, 0, 34]);
    expect(row(r.cells, '3.3.6')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('leaves rows unread, with a diagnostic, when their numbers do not fit: never shifted', () => {
    // 3.6.2's numbers are one short: its seven cells cannot be told apart from the noise.
    const short = '| 0 | 0 | 0 | 0 | 0 | 0 |';
    const { report: r, diagnostics } = report(messyTable3('1\n5', short));
    expect(row(r.cells, '3.6.2')).toEqual([null, null, null, null, null, null, null]);
    expect(diagnostics.some((d) => d.kind === 'row-unaligned' && d.row === '3.6.2')).toBe(true);
    // The certain rows after it are still read exactly.
    expect(row(r.cells, '3.6.3')).toEqual([4, 0, 0, 0, 0, 0, 4]);
    expect(row(r.cells, '3.7')).toEqual([23, 2, 0, 0, 0, 0, 25]);
  });
});
