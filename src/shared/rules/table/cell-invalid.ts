// table.cell-invalid: a count that is negative, fractional or not a number; a unit in a cell.
import type { Cell } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { defineRule } from '../types';
import { isOutOfRangeNumber, MAX_NUMBER_DIGITS } from '../../text/numbers';
import { activeFormOfDoc, BLANK_MARKS, cellName, fmt } from '../support/places';
import { moneyInCount } from '../support/money-cells';

const FEE_CELL = 'active/fees/amount';
/** The 2019 form's 采购总金额: money, with its unit as written (元/万元). */
const PROCUREMENT_AMOUNT = 'active/procurement/amount';
/** The 2019 form's 本年增/减 column: a change, negative when items were dropped. */
const CHANGE = /\/change$/;
/** A number followed by a unit, as the parser still reads it ("251000元", "12件"). */
const UNIT = /(万元|元|件|条|个|次|项)\s*$/;

/** Cells of rows the parser could not place (reported by table.row-missing). */
const unplaced = (doc: ParsedDocument): Set<string> =>
  new Set(
    doc.diagnostics.flatMap((d) =>
      d.kind === 'row-unaligned' ? [d.row === '*' ? `${d.table}/` : `${d.table}/${d.row}/`] : [],
    ),
  );

/** A raw too long to quote whole (a 400-digit number): its start and its length. */
const shown = (raw: string): string =>
  raw.length > 40 ? `${raw.slice(0, 20)}…（共 ${raw.length} 个字符）` : raw;

interface Problem {
  text: string;
  /** The corrected content, when it can be known. */
  fix: string | null;
  severity?: 'info';
}

/** What is wrong with one cell's content (nothing for a well-formed cell). */
export const cellProblems = (path: string, cell: Pick<Cell, 'raw' | 'value'>): Problem[] => {
  const raw = cell.raw.trim();
  const fee = path === FEE_CELL;
  if (cell.value === null) {
    if (BLANK_MARKS.has(raw)) return [];
    if (isOutOfRangeNumber(raw.replace(UNIT, '').trim()))
      return [{ text: `数字超过 ${MAX_NUMBER_DIGITS} 位，超出年度报告可能的范围`, fix: null }];
    return [{ text: '不是数字', fix: null }];
  }
  // Money with its unit as written: only a negative amount is wrong.
  if (path === PROCUREMENT_AMOUNT) return cell.value < 0 ? [{ text: '为负数', fix: null }] : [];
  const out: Problem[] = [];
  const unit = UNIT.exec(raw)?.[1];
  const number = fmt(cell.value);
  // A fee in 元 is arith.fee-unit's finding; "万元" in the 万元 column is only redundant.
  if (unit && fee && unit === '万元')
    out.push({ text: '格内带有单位“万元”（表头已注明单位）', fix: number, severity: 'info' });
  else if (unit && !fee) out.push({ text: `格内带有单位“${unit}”，只应填数字`, fix: number });
  if (cell.value < 0 && !CHANGE.test(path)) out.push({ text: '为负数', fix: null });
  if (!fee && !Number.isInteger(cell.value)) out.push({ text: '件数不是整数', fix: null });
  return out;
};

export const cellInvalid = defineRule({
  meta: {
    id: 'table.cell-invalid',
    category: 'table',
    severity: 'error',
    title: '单元格内容不合规',
    description:
      '表格中的件数须为非负整数，收费金额（万元）须为非负数、可有小数；格内不应带单位（如“251000元”“12件”），也不应填文字。2019年试行格式表二的“本年增/减”可为负数，“采购总金额”按所写单位填写。',
  },
  check(ctx) {
    const skip = unplaced(ctx.doc);
    const form = activeFormOfDoc(ctx.doc);
    for (const path of Object.keys(ctx.doc.report.cells)) {
      if ([...skip].some((prefix) => path.startsWith(prefix))) continue;
      // Money in a count cell beside a blank amount: table.money-in-count says it once.
      if (moneyInCount(ctx.doc, path)) continue;
      const cell = ctx.cell(path)!;
      const problems = cellProblems(path, cell);
      if (problems.length === 0) continue;
      const fix = problems.length === 1 ? problems[0]!.fix : null;
      const info = problems.every((p) => p.severity === 'info');
      ctx.report({
        message: `${cellName(path, form)}填为「${shown(cell.raw.trim())}」，${problems.map((p) => p.text).join('，')}。`,
        spans: cell.span ? [cell.span] : [],
        cells: [path],
        expected: fix,
        actual: cell.raw.trim(),
        suggestion:
          fix !== null
            ? `改为 ${fix}`
            : '请填写正确的数字（非负整数；收费金额以万元计，可有小数）。',
        ...(info ? { severity: 'info' as const } : {}),
      });
    }
  },
});
