// The 审核情况汇总表: one line per report of the area (agency, year, version, status, errors and
// warnings found and still open, dates returned and approved), printable on its own.
import ExcelJS from 'exceljs';
import { reportStatusLabel } from '../../shared/ipc/review';
import type { RollupView } from '../../shared/rollup/view';
import { registerTitle } from './rollup-title';
import { printSetup } from './print-setup';

const COLUMNS: Array<{ header: string; width: number }> = [
  { header: '序号', width: 6 },
  { header: '单位', width: 30 },
  { header: '年度', width: 8 },
  { header: '版本', width: 6 },
  { header: '审核状态', width: 10 },
  { header: '发现错误', width: 9 },
  { header: '发现警告', width: 9 },
  { header: '未解决错误', width: 10 },
  { header: '未解决警告', width: 10 },
  { header: '退回日期', width: 12 },
  { header: '通过日期', width: 12 },
  { header: '数据已汇总', width: 10 },
];

/** The date part of an ISO time, in the reviewer's own calendar day (UTC+8). */
export const dayOf = (iso: string | null): string => {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso.slice(0, 10);
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
};

const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const addRegisterSheet = (wb: ExcelJS.Workbook, view: RollupView): void => {
  const sheet = wb.addWorksheet('审核情况汇总表');
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const title = sheet.getCell(1, 1);
  title.value = registerTitle(view);
  title.font = { name: '黑体', size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  const head = sheet.getRow(2);
  head.values = COLUMNS.map((c) => c.header);
  head.font = { name: '宋体', bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  view.register.forEach((r, i) => {
    sheet.addRow([
      i + 1,
      r.agency,
      r.year,
      r.version,
      reportStatusLabel[r.status],
      r.found.error,
      r.found.warning,
      r.open.error,
      r.open.warning,
      dayOf(r.returnedAt),
      dayOf(r.approvedAt),
      r.joined ? '是' : '否',
    ]);
  });
  for (let r = 2; r <= view.register.length + 2; r++)
    for (let c = 1; c <= COLUMNS.length; c++) sheet.getCell(r, c).border = border;
  printSetup(sheet, '1:2');
};

export const writeRegisterXlsx = async (view: RollupView): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报审查';
  addRegisterSheet(wb, view);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
