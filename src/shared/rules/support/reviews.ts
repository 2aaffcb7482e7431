// Statements of the narrative about 行政复议/行政诉讼 over the agency's 政府信息公开:
// "因政府信息公开引发的行政复议或行政诉讼 0 件", "未发生…行政复议", "被申请行政复议1件".
import { findCounts } from './counts';
import { clausesOf, yearsOf, type NarrativeSentence } from './narrative';

export type ReviewRow = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';

export interface ReviewStatement {
  /** The rows of table 四 whose 总计 the number is the sum of. */
  rows: readonly ReviewRow[];
  value: number;
  negated: boolean;
  sentence: NarrativeSentence;
  clause: { start: number; end: number; text: string };
}

const ALL: readonly ReviewRow[] = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
];
const LITIGATION: readonly ReviewRow[] = ['litigationDirect', 'litigationAfterReconsideration'];

/** The sentence must be about 政府信息公开 (or stand in section 四). */
const ABOUT_DISCLOSURE = /信息公开|依申请/;
/**
 * A 司法局 is itself the 行政复议 body and an 应诉 party: its 受理/办理/审理 of cases, its
 * 决定书, its 专栏 are its work, not cases against its 政府信息公开; nor are the cases of a
 * whole county (全县); nor is 纠错/败诉, the outcome of cases, a count of them.
 */
const AGENCY_WORK =
  /受理|办理|审理|审查|审结|纠错|败诉|决定书|听证|调解|出庭|应诉|专栏|培训|宣传|法律援助|代理|指导|案卷|评查|败诉率|全[县区市省州旗]|各乡镇|各街道|各部门|各单位|全系统|各级/;
const NOT_THIS_YEAR = /较|同比|环比|相比|比上年|增加|减少|增长|下降|上升|累计|历年|上一?年|去年/;
const NONE =
  /(?:未|没有|尚未|均未|并未|不存在)(?:因[^，。；]{0,16}?)?(?:发生|出现|产生|被|收到|接到|有|引发|引起|申请|提起|提出)[^，。；]{0,24}?(?:复议|诉讼|起诉)|无(?![法权正需须])(?:因[^，。；]{0,16}?)?[^，。；]{0,8}?(?:行政复议|行政诉讼)/;
const ZERO_WORD = /(?:均|都)?(?:为|是)[ \t]*(?:0|零)(?![\d.])/;
const REVIEW_UNITS = new Set(['件', '起', '宗', '例', '次', '个']);

/** Which rows of table 四 a piece of text speaks of, or null when neither. */
const rowsOf = (segment: string): readonly ReviewRow[] | null => {
  if (/复议后(?:提起|起诉|诉讼)/.test(segment)) return ['litigationAfterReconsideration'];
  const reconsideration = segment.includes('复议');
  const litigation = /诉讼|起诉/.test(segment);
  if (reconsideration && litigation) return ALL;
  if (reconsideration) return ['reconsideration'];
  if (litigation) return LITIGATION;
  return null;
};

/** The statements of one sentence; `year` is the report's year (null when unknown). */
export const reviewStatements = (
  sentence: NarrativeSentence,
  year: number | null,
): ReviewStatement[] => {
  if (!/复议|诉讼|起诉/.test(sentence.text)) return [];
  if (!ABOUT_DISCLOSURE.test(sentence.text) && sentence.section !== '4') return [];
  const out: ReviewStatement[] = [];
  const yearAt = yearsOf(sentence.text);
  for (const clause of clausesOf(sentence.text)) {
    const text = clause.text;
    if (!rowsOf(text) || AGENCY_WORK.test(text) || NOT_THIS_YEAR.test(text)) continue;
    const said = yearAt(clause.end);
    if (year !== null && said !== null && said !== year) continue;
    const push = (rows: readonly ReviewRow[] | null, value: number, negated: boolean): void => {
      if (rows) out.push({ rows, value, negated, sentence, clause });
    };
    let from = 0;
    for (const c of findCounts(text)) {
      if (c.approx || c.inParens || !REVIEW_UNITS.has(c.unit)) continue;
      const segment = text.slice(from, c.start);
      from = c.end;
      // "行政复议、行政诉讼各1件" gives each row, not their sum; 0 reads the same either way.
      if (c.value > 0 && /各|均|分别|都/.test(segment)) continue;
      push(rowsOf(segment), c.value, false);
    }
    if (from > 0) continue;
    const none = NONE.exec(text);
    if (none) {
      push(rowsOf(text.slice(none.index)), 0, true);
      continue;
    }
    const zero = ZERO_WORD.exec(text);
    if (zero) push(rowsOf(text.slice(0, zero.index)), 0, false);
  }
  return out;
};
