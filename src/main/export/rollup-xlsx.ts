// The roll-up as an Excel workbook: 汇总表 in the official layout (merged headers as in the form,
// landscape, fit to width, title rows repeated, page numbers), 各单位数据 (every agency's row),
// 汇总核对 (findings of the table rules and the drill-down marks), 未汇总 and 审核情况汇总表.
import ExcelJS from 'exceljs';
import { allCellPaths, describeCell } from '../../shared/model/form';
import { formLayouts, type FormLayout, type LayoutCell } from '../../shared/model/form-layout';
import { severityLabel } from '../../shared/model/schema';
import { displayValues, legacySixOf } from '../../shared/rollup/display';
import type { RollupView } from '../../shared/rollup/view';
import { displayWidth } from './issue-xlsx';
import { addRegisterSheet } from './register-xlsx';
import { printSetup } from './print-setup';
import { rollupTitle } from './rollup-title';

const FONT = '宋体';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Columns of the widest table (表四: 3 groups × 5). */
const WIDTH = 15;

/** Column widths of 汇总表: the three label columns of 表三 wide enough for its row names. */
const COLUMN_WIDTHS = [16, 16, 34, ...Array.from({ length: WIDTH - 3 }, () => 10)];

/** Rows tall enough for a label that wraps (Excel does not fit merged cells by itself). */
const fitHeight = (
  sheet: ExcelJS.Worksheet,
  r: number,
  col: number,
  colSpan: number,
  rowSpan: number,
  text: string,
): void => {
  const width = COLUMN_WIDTHS.slice(col - 1, col - 1 + colSpan).reduce((s, w) => s + w, 0);
  const lines = Math.ceil(displayWidth(text) / Math.max(1, width - 1));
  const height = (lines * 14 + 4) / rowSpan;
  const row = sheet.getRow(r);
  if (lines > 1 && height > (row.height ?? 15)) row.height = height;
};

/**
 * Writes one table of the form at `top`: each layout cell takes the next free column of its row
 * (rows spanned from above are occupied), spans become merges. Returns the next free row.
 */
const writeLayout = (
  sheet: ExcelJS.Worksheet,
  layout: FormLayout,
  top: number,
  values: Readonly<Record<string, number | null>>,
): number => {
  const title = sheet.getRow(top);
  title.getCell(1).value = layout.heading;
  title.getCell(1).font = { name: FONT, bold: true, size: 12 };
  const taken = new Set<string>();
  const rows = [...layout.head, ...layout.body];
  rows.forEach((row, i) => {
    const r = top + 1 + i;
    let col = 1;
    for (const cell of row as LayoutCell[]) {
      while (taken.has(`${r}:${col}`)) col++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.kind === 'label' ? (cell.rowSpan ?? 1) : 1;
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr}:${col + dc}`);
      const target = sheet.getCell(r, col);
      if (cell.kind === 'label') {
        fitHeight(sheet, r, col, colSpan, rowSpan, cell.text);
        target.value = cell.text;
        target.font = { name: FONT, bold: !!cell.head, size: cell.note ? 8 : 10 };
        target.alignment = {
          vertical: 'middle',
          horizontal: cell.head ? 'center' : 'left',
          wrapText: true,
        };
      } else {
        target.value = values[cell.path] ?? null;
        target.font = { name: FONT, size: 10 };
        target.alignment = { vertical: 'middle', horizontal: 'center' };
      }
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) sheet.getCell(r + dr, col + dc).border = thin;
      if (colSpan > 1 || rowSpan > 1) sheet.mergeCells(r, col, r + rowSpan - 1, col + colSpan - 1);
      col += colSpan;
    }
  });
  return top + 1 + rows.length + 1;
};

const addFormSheet = (wb: ExcelJS.Workbook, view: RollupView): void => {
  const sheet = wb.addWorksheet('汇总表');
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, WIDTH);
  sheet.getCell(1, 1).value = rollupTitle(view);
  sheet.getCell(1, 1).font = { name: '黑体', size: 16, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, WIDTH);
  sheet.getCell(2, 1).value = rollupNote(view);
  sheet.getCell(2, 1).font = { name: FONT, size: 10 };
  sheet.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };
  const values = displayValues(view.rollup);
  let row = 4;
  for (const layout of formLayouts(legacySixOf(view.rollup))) {
    // 表四 starts a page of its own rather than breaking after its header.
    if (layout.id === 'review') sheet.getRow(row - 1).addPageBreak();
    row = writeLayout(sheet, layout, row, values);
  }
  printSetup(sheet, '1:2');
};

/** What the sums cover, in one line under the title. */
export const rollupNote = (view: RollupView): string => {
  const { members, excluded, legacyOther } = view.rollup;
  const old = members.filter((m) => m.format === '2019').length;
  const corrected = members.filter((m) => m.corrected.length > 0).length;
  return [
    `汇总 ${members.length} 个单位的报告`,
    old > 0 ? `其中 ${old} 份为 2019 年格式，按两版共有的格汇总` : '',
    legacyOther ? '（六）其他处理合为一行' : '',
    corrected > 0 ? `${corrected} 份含审核人更正的数字` : '',
    excluded.length > 0 ? `${excluded.length} 份未汇总（见「未汇总」表）` : '',
  ]
    .filter(Boolean)
    .join('；');
};

const header = (row: ExcelJS.Row): void => {
  row.font = { name: FONT, bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.border = thin;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
};

/** One row per agency with every cell's value; corrected values shaded; the sums last. */
const addMembersSheet = (wb: ExcelJS.Workbook, view: RollupView): void => {
  const sheet = wb.addWorksheet('各单位数据', {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }],
  });
  sheet.addRow(['单位', '版本', '格式', ...allCellPaths.map((p) => describeCell(p))]);
  header(sheet.getRow(1));
  sheet.getRow(1).height = 60;
  sheet.getColumn(1).width = 28;
  for (let c = 4; c <= allCellPaths.length + 3; c++) sheet.getColumn(c).width = 14;
  for (const m of view.rollup.members) {
    const row = sheet.addRow([
      m.agency,
      m.version,
      m.format === '2019' ? '2019 年格式' : '2021 年格式',
      ...allCellPaths.map((p) => m.values[p] ?? null),
    ]);
    allCellPaths.forEach((p, i) => {
      if (!m.corrected.includes(p)) return;
      const cell = row.getCell(i + 4);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.note = '审核人更正的数字';
    });
  }
  const total = sheet.addRow([
    '合计',
    null,
    null,
    ...allCellPaths.map((p) => view.rollup.cells[p]?.value ?? null),
  ]);
  total.font = { name: FONT, bold: true };
  printSetup(sheet, '1:1');
};

const addCheckSheet = (wb: ExcelJS.Workbook, view: RollupView): void => {
  const sheet = wb.addWorksheet('汇总核对');
  sheet.columns = [
    { header: '类别', width: 10 },
    { header: '说明', width: 90 },
    { header: '单位', width: 30 },
  ];
  header(sheet.getRow(1));
  const names = new Map(view.rollup.members.map((m) => [m.id, m.agency]));
  for (const f of view.rollup.findings)
    sheet.addRow([
      severityLabel[f.severity],
      f.message,
      f.agencies.map((a) => a.agency).join('、'),
    ]);
  if (view.rollup.findings.length === 0) sheet.addRow(['', '汇总表各项勾稽关系均成立。', '']);
  for (const o of view.rollup.outliers)
    sheet.addRow(['提示', `${o.message}（供核对，非问题）`, names.get(o.memberId) ?? '']);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  printSetup(sheet, '1:1');
};

const addExcludedSheet = (wb: ExcelJS.Workbook, view: RollupView): void => {
  const sheet = wb.addWorksheet('未汇总');
  sheet.columns = [
    { header: '单位', width: 30 },
    { header: '版本', width: 8 },
    { header: '未汇总的原因', width: 90 },
  ];
  header(sheet.getRow(1));
  for (const e of view.rollup.excluded) sheet.addRow([e.agency, e.version, e.reasons.join('\n')]);
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  printSetup(sheet, '1:1');
};

export const writeRollupXlsx = async (view: RollupView): Promise<Uint8Array> => {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报审查';
  addFormSheet(wb, view);
  addMembersSheet(wb, view);
  addCheckSheet(wb, view);
  addExcludedSheet(wb, view);
  addRegisterSheet(wb, view);
  return new Uint8Array(await wb.xlsx.writeBuffer());
};
