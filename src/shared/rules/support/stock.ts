// Statements of the narrative about the agency's own 规章 and 规范性文件: "制发规范性文件3件，
// 废止1件，现行有效12件", "本年度未制发规范性文件".
import { findCounts } from './counts';
import { clausesOf, yearsOf, type NarrativeSentence } from './narrative';

export type StockRow = 'regulations' | 'normativeDocs';
export type StockColumn = 'issued' | 'repealed' | 'valid';

/** Table 二's two rows with a stock (制发, 废止, 现行有效), with their labels. */
export const STOCK_ROWS: ReadonlyArray<{ id: StockRow; label: string }> = [
  { id: 'regulations', label: '规章' },
  { id: 'normativeDocs', label: '行政规范性文件' },
];

export interface StockStatement {
  row: StockRow;
  column: StockColumn;
  value: number;
  negated: boolean;
  sentence: NarrativeSentence;
  clause: { start: number; end: number; text: string };
}

const VERBS: ReadonlyArray<[StockColumn, RegExp]> = [
  ['issued', /制发|印发|制定|出台/],
  ['repealed', /废止|废除|宣布失效/],
  ['valid', /现行有效/],
];
/**
 * Figures that are not the agency's own 制发: documents of the whole district or of the
 * government it drafts for, documents it reviewed, cleaned up, filed or merely published.
 */
const NOT_OWN =
  /全区|全县|全市|全省|全国|全州|全旗|各乡镇|各部门|清理|审查|审核|备案|公开|发布|梳理|录入|指导|起草|参与|征求意见|解读|宣传|培训|报送|转发|合法性|代拟|牵头|累计|历年|较|同比|增加|减少/;
/**
 * Said earlier in the same sentence, these make its figures the result of a cleanup or review
 * ("经清理，已宣布废止规范性文件5件"), not the agency's own 废止 of the year.
 */
const NOT_OWN_CONTEXT = /清理|全[区县市省州旗]|各乡镇|各部门|审查|备案|梳理/;
/** The government it works for; a report of the 人民政府 itself counts its own documents. */
const GOVERNMENT = /政府/;
const NONE = /(?:未|没有|尚未|均未|并未|无)(制发|印发|制定|出台|废止)/;
const UNITS = new Set(['件', '个', '部', '份', '项', '篇', '条']);

const rowOf = (s: string): StockRow | null => {
  const regulations = s.includes('规章');
  const docs = s.includes('规范性文件');
  if (regulations === docs) return null;
  return regulations ? 'regulations' : 'normativeDocs';
};

const columnOf = (s: string): StockColumn | null => {
  const found = VERBS.filter(([, re]) => re.test(s));
  return found.length === 1 ? found[0]![0] : null;
};

/**
 * The statements of one sentence. `year` is the report's year and `agency` its agency (null
 * when unknown).
 */
export const stockStatements = (
  sentence: NarrativeSentence,
  year: number | null,
  agency: string | null,
): StockStatement[] => {
  const isGovernment = agency !== null && GOVERNMENT.test(agency);
  if (!/规章|规范性文件/.test(sentence.text)) return [];
  const out: StockStatement[] = [];
  let row: StockRow | null = null;
  const yearAt = yearsOf(sentence.text);
  for (const clause of clausesOf(sentence.text)) {
    const text = clause.text;
    const named = /规章|规范性文件/.test(text);
    // "制发规范性文件3件，废止1件": the later clauses go on about the same row.
    if (named) row = rowOf(text);
    if (row === null || (!named && columnOf(text) === null)) {
      if (!named) row = null;
      continue;
    }
    if (NOT_OWN.test(text) || (!isGovernment && GOVERNMENT.test(text))) break;
    if (NOT_OWN_CONTEXT.test(sentence.text.slice(0, clause.start))) break;
    const said = yearAt(clause.end);
    if (year !== null && said !== null && said !== year) break;
    let from = 0;
    for (const c of findCounts(text)) {
      if (c.approx || c.inParens || !UNITS.has(c.unit)) continue;
      const column = columnOf(text.slice(from, c.start));
      from = c.end;
      if (column) out.push({ row, column, value: c.value, negated: false, sentence, clause });
    }
    const none = from === 0 ? NONE.exec(text) : null;
    if (none) {
      const column = columnOf(none[1]!);
      if (column) out.push({ row, column, value: 0, negated: true, sentence, clause });
    }
  }
  return out;
};
