// The issue list as an Excel workbook: 问题清单 (one row per finding) and 按单位汇总.
import ExcelJS from 'exceljs';
import { issueColumns, batchIssueRows, type IssueListOptions, type IssueRow } from './issue-rows';
import {
  summarize,
  summaryCategories,
  summaryHeader,
  summaryRow,
  type SummaryReport,
} from './issue-summary';
import { printSetup } from './print-setup';
import type { ReportEntry } from './types';

/** Display width of a text in Excel character units: a Han or full-width character takes two. */
export const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return width;
};

/** A width that fits the header and most values, within the column's cap (long text wraps). */
const fitWidth = (values: ReadonlyArray<string | number>, header: string, cap: number): number => {
  const widest = Math.max(
    displayWidth(header) + 4, // room for the auto-filter button
    ...values.map((v) => Math.max(...String(v).split('\n').map(displayWidth))),
  );
  return Math.min(Math.max(widest + 2, 8), cap);
};

const severityFill: Record<string, string> = {
  error: 'FFFDE2E1',
  warning: 'FFFFF2CC',
  info: 'FFE7F0FA',
};

const styleHeader = (row: ExcelJS.Row): void => {
  row.font = { bold: true, name: '宋体' };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
};

const addIssueSheet = (wb: ExcelJS.Workbook, rows: readonly IssueRow[]): void => {
  const sheet = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = issueColumns.map((c) => ({
    header: c.header,
    key: c.key,
    width: fitWidth(
      rows.map((r) => r[c.key]),
      c.header,
      c.width,
    ),
  }));
  styleHeader(sheet.getRow(1));
  for (const row of rows) {
    const added = sheet.addRow(Object.fromEntries(issueColumns.map((c) => [c.key, row[c.key]])));
    added.alignment = { vertical: 'top', wrapText: true };
    added.font = { name: '宋体' };
    if (row.severityKey) {
      added.getCell('severity').fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: severityFill[row.severityKey]! },
      };
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: issueColumns.length } };
  printSetup(sheet, '1:1');
};

const addSummarySheet = (
  wb: ExcelJS.Workbook,
  rows: readonly IssueRow[],
  reports: SummaryReport[],
): void => {
  const categories = summaryCategories(rows);
  const header = summaryHeader(categories);
  const summaries = summarize(rows, reports);
  const body = summaries.map((s) => summaryRow(s, categories));
  const sheet = wb.addWorksheet('按单位汇总', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  sheet.columns = header.map((h, i) => ({
    header: h,
    width: fitWidth(
      body.map((r) => r[i] ?? ''),
      h,
      i === 0 ? 40 : 14,
    ),
  }));
  styleHeader(sheet.getRow(1));
  for (const values of body) {
    sheet.addRow(values).alignment = { vertical: 'top', wrapText: true };
  }
  if (body.length > 1) {
    const totals = header.map((_, i) =>
      i === 0 ? '合计' : i === 2 ? '' : body.reduce((sum, r) => sum + Number(r[i] ?? 0), 0),
    );
    sheet.addRow(totals).font = { bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  printSetup(sheet, '1:1');
};

/** Writes the issue list of one report or a batch as .xlsx bytes. */
export const writeIssueXlsx = async (
  entries: readonly ReportEntry[],
  options: IssueListOptions = {},
): Promise<Uint8Array> =>
  issueRowsXlsx(
    batchIssueRows(entries, options),
    entries.map((e) => ({ agency: e.agency, year: e.year, file: e.fileName })),
  );

/** The workbook of rows already made and the reports they are of (for the summary sheet). */
export const issueRowsXlsx = async (
  rows: readonly IssueRow[],
  reports: SummaryReport[],
): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报审查';
  wb.title = '政府信息公开工作年度报告审查问题清单';
  addIssueSheet(wb, rows);
  addSummarySheet(wb, rows, reports);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
