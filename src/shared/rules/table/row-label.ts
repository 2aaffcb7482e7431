// table.row-label: a row whose label is misspelled ("2.其他法律行政止公开") is read in its place
// among its siblings (the parser's row-label-typo diagnostic); the label itself is reported.
import { defineRule } from '../types';
import { activeFormOfDoc, rowCells, rowLabel, rowName } from '../support/places';

export const rowLabelTypo = defineRule({
  meta: {
    id: 'table.row-label',
    category: 'table',
    severity: 'warning',
    title: '表格行名有误',
    description:
      '表格某行的行名与官方格式不一致（错字、漏字），但从它在同组各行中的位置和数字个数可以确定是哪一行：该行按所在位置读取并参与核对，行名另行提示。',
  },
  check(ctx) {
    const form = activeFormOfDoc(ctx.doc);
    for (const d of ctx.doc.diagnostics) {
      if (d.kind !== 'row-label-typo') continue;
      const official = rowLabel(d.table, d.row, form);
      ctx.report({
        message:
          d.label === ''
            ? `${rowName(d.table, d.row, form)}一行没有行名；已按其位置读作该行，数字参与核对`
            : `${rowName(d.table, d.row, form)}一行的行名写作「${d.label}」，与格式规定不一致；已按其位置读作该行，数字参与核对`,
        spans: [d.span],
        cells: rowCells(d.table, d.row, form),
        expected: official,
        actual: d.label,
        suggestion:
          d.label === '' ? `补上行名「${official}」` : `将行名改为格式规定的「${official}」`,
      });
    }
  },
});
