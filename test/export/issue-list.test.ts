import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvField, formatIssueCsv } from '../../src/main/export/issue-csv';
import { issueColumns } from '../../src/main/export/issue-rows';
import { displayWidth, writeIssueXlsx } from '../../src/main/export/issue-xlsx';
import type { ReportEntry } from '../../src/main/export/types';
import { describeCell } from '../../src/shared/model/form';
import { findingFingerprint } from '../../src/shared/rules/engine';
import { cellFinding, findingAt, loadSample } from './support/entries';

const HEADERS = [
  '单位',
  '年度',
  '文件',
  '位置',
  '原文摘录',
  '问题类别',
  '严重程度',
  '问题说明',
  '应为',
  '实为',
  '修改建议',
  '审核结论',
  '审核意见',
];

/** RFC 4180 reader, to read the CSV back the way a spreadsheet does. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
};

let entries: ReportEntry[];
let tricky: ReportEntry;

beforeAll(async () => {
  const a = await loadSample('001_f5110ba79a44df9c', 'txt');
  const b = await loadSample('002_73996fd1531b3677', 'txt');
  const c = await loadSample('001_f5110ba79a44df9c', 'pdf');
  const first = findingAt(a.doc, '采用率', { severity: 'error', ruleId: 'consistency.percentage' });
  const second = cellFinding(a.doc, ['requests/3.7/total']);
  const third = findingAt(a.doc, '政务信息', { severity: 'info', ruleId: 'text.typo' });
  const text = a.doc.report.text;
  const decisions = {
    [findingFingerprint(first, text)]: {
      decision: 'confirmed' as const,
      reason: '核实无误',
      reviewer: '张',
    },
    [findingFingerprint(second, text)]: {
      decision: 'dismissed' as const,
      reason: '表格正确',
      reviewer: '李',
    },
  };
  const remarkAt = b.doc.report.text.indexOf('一、总体情况');
  entries = [
    a.entry([first, second, third], { decisions }),
    b.entry(undefined, {
      comments: [{ span: [remarkAt, remarkAt + 6], text: '请补充', reviewer: '王' }],
    }),
    c.entry([findingAt(c.doc, '（三）政府信息管理')]),
  ];
  const t = await loadSample('000_a5e6e1e0a8da6139', 'txt');
  tricky = t.entry([
    findingAt(t.doc, '一、总体情况', {
      message: '含逗号,引号"和\n换行',
      suggestion: '=SUM(A1)',
      expected: -1,
    }),
  ]);
});

const readBook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
};

const sheetRows = (sheet: ExcelJS.Worksheet): string[][] => {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? '')),
    );
  });
  return rows;
};

describe('writeIssueXlsx', () => {
  it('lists every finding and remark with place, quote, category, severity and decision', async () => {
    const wb = await readBook(await writeIssueXlsx(entries));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['问题清单', '按单位汇总']);
    const sheet = wb.getWorksheet('问题清单')!;
    const [header, ...rows] = sheetRows(sheet);
    expect(header).toEqual(HEADERS);
    const expectedCount = entries.reduce((n, e) => n + e.findings.length + e.comments.length, 0);
    expect(rows).toHaveLength(expectedCount);
    const col = (name: string) => HEADERS.indexOf(name);
    const rate = rows.find((r) => r[col('原文摘录')] === '「采用率」')!;
    expect(rate[col('单位')]).toBe('孟津区司法局');
    expect(rate[col('年度')]).toBe('2022');
    // A text file knows lines: the line of the raw text holding the passage.
    const raw = entries[0]!.rawText!;
    const line = raw.slice(0, raw.indexOf('采用率')).split('\n').length;
    expect(rate[col('位置')]).toBe(`第一部分「总体情况」，第${line}行`);
    expect(rate[col('问题类别')]).toBe('文表一致');
    expect(rate[col('严重程度')]).toBe('错误');
    expect(rate[col('审核结论')]).toBe('已确认');
    expect(rate[col('审核意见')]).toBe('核实无误（张）');
    const cell = rows.find((r) => r[col('问题说明')] === '测试：表内数字不平衡')!;
    expect(cell[col('位置')]).toContain(describeCell('requests/3.7/total'));
    expect(cell[col('原文摘录')]).toBe(`${describeCell('requests/3.7/total')}：0`);
    expect([cell[col('应为')], cell[col('实为')], cell[col('审核结论')]]).toEqual([
      '1',
      '0',
      '已排除',
    ]);
    expect(rows.filter((r) => r[col('审核结论')] === '待审核')).toHaveLength(expectedCount - 3);
    const remark = rows.find((r) => r[col('问题类别')] === '审核批注')!;
    expect([remark[col('问题说明')], remark[col('审核意见')], remark[col('原文摘录')]]).toEqual([
      '请补充',
      '王',
      '「一、总体情况」',
    ]);
    // The PDF report knows pages.
    expect(rows.find((r) => r[col('文件')] === '001_f5110ba79a44df9c.pdf')![col('位置')]).toBe(
      '第一部分「总体情况」，第1页',
    );
  });

  it('freezes and filters the header, wraps text, and sizes columns for Chinese text', async () => {
    const wb = await readBook(await writeIssueXlsx(entries));
    const sheet = wb.getWorksheet('问题清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:M1');
    expect(sheet.getRow(2).getCell(8).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const agencyWidth = Math.max(...entries.map((e) => displayWidth(e.agency ?? '')));
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(agencyWidth);
    issueColumns.forEach((c, i) => {
      const width = sheet.getColumn(i + 1).width!;
      expect(width, c.header).toBeGreaterThanOrEqual(displayWidth(c.header));
      expect(width, c.header).toBeLessThanOrEqual(c.width);
    });
  });

  it('prints each sheet landscape, one page wide, the header row on every page, 页码 at the foot', async () => {
    const zip = await JSZip.loadAsync(await writeIssueXlsx(entries));
    const book = await zip.file('xl/workbook.xml')!.async('string');
    for (const [i, name] of ['问题清单', '按单位汇总'].entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      expect(xml, name).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
      const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
      expect(setup, name).toContain('orientation="landscape"');
      expect(setup, name).toContain('fitToWidth="1"');
      expect(setup, name).toContain('fitToHeight="0"');
      expect(xml, name).toMatch(/<oddFooter>[^<]*&amp;P[^<]*&amp;N[^<]*<\/oddFooter>/);
      // The header row repeats on every printed page.
      expect(book).toContain(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">&apos;${name}&apos;!$1:$1</definedName>`,
      );
    }
  });

  it('heads the rows of a report with the reviewer note on its status (why it is returned)', async () => {
    const returned = {
      ...entries[0]!,
      status: 'returned' as const,
      statusNote: '表三不平，请核对',
    };
    const wb = await readBook(await writeIssueXlsx([returned]));
    const [, first] = sheetRows(wb.getWorksheet('问题清单')!);
    const col = (name: string) => HEADERS.indexOf(name);
    expect([first![col('问题类别')], first![col('问题说明')], first![col('审核结论')]]).toEqual([
      '审核说明',
      '表三不平，请核对',
      '已退回',
    ]);
  });

  it('sums per agency by severity, category and decision, with a total row', async () => {
    const wb = await readBook(await writeIssueXlsx(entries));
    const [header, ...rows] = sheetRows(wb.getWorksheet('按单位汇总')!);
    expect(header!.slice(0, 6)).toEqual(['单位', '报告数', '报告年度', '错误', '警告', '提示']);
    // The rule category 年度 has a column too: no two columns share a name.
    expect(header).toContain('年度');
    expect(new Set(header).size).toBe(header!.length);
    const at = (row: string[], name: string) => Number(row[header!.indexOf(name)]);
    const mengjin = rows.find((r) => r[0] === '孟津区司法局')!;
    const own = entries.filter((e) => e.agency === '孟津区司法局').flatMap((e) => e.findings);
    expect(at(mengjin, '报告数')).toBe(2);
    for (const [label, key] of [
      ['错误', 'error'],
      ['警告', 'warning'],
      ['提示', 'info'],
    ] as const) {
      expect(at(mengjin, label), label).toBe(own.filter((f) => f.severity === key).length);
    }
    expect(at(mengjin, '已确认') + at(mengjin, '已排除') + at(mengjin, '待审核')).toBe(own.length);
    expect(at(mengjin, '合计')).toBe(own.length);
    const total = rows[rows.length - 1]!;
    expect(total[0]).toBe('合计');
    expect(at(total, '合计')).toBe(
      entries.reduce((n, e) => n + e.findings.length + e.comments.length, 0),
    );
  });

  it('with scope "confirmed" keeps only confirmed findings (and the remarks)', async () => {
    const wb = await readBook(await writeIssueXlsx(entries, { scope: 'confirmed' }));
    const [, ...rows] = sheetRows(wb.getWorksheet('问题清单')!);
    expect(
      rows.map((r) => [r[HEADERS.indexOf('原文摘录')], r[HEADERS.indexOf('审核结论')]]),
    ).toEqual([
      ['「采用率」', '已确认'],
      ['「一、总体情况」', '已确认'],
    ]);
  });
});

describe('issue list as CSV', () => {
  it('has a BOM, CRLF lines and the same rows as the workbook', async () => {
    const csv = formatIssueCsv(entries);
    expect(csv.startsWith('\ufeff单位,年度,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const wb = await readBook(await writeIssueXlsx(entries));
    expect(parseCsv(csv.slice(1))).toEqual(sheetRows(wb.getWorksheet('问题清单')!));
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    const csv = formatIssueCsv([tricky]);
    const [, row] = parseCsv(csv.slice(1));
    expect(row![HEADERS.indexOf('问题说明')]).toBe('含逗号,引号"和\n换行');
    expect(row![HEADERS.indexOf('修改建议')]).toBe("'=SUM(A1)");
    expect(row![HEADERS.indexOf('应为')]).toBe('-1');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('普通')).toBe('普通');
  });
});
