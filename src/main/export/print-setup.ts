// Print setup shared by the workbooks (roll-up, register, issue list).
import type ExcelJS from 'exceljs';

/** Landscape, one page wide, the title rows on every page, 第 N 页 at the foot. */
export const printSetup = (sheet: ExcelJS.Worksheet, repeatRows: string): void => {
  sheet.pageSetup = {
    orientation: 'landscape',
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: repeatRows,
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
};
