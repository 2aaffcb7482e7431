// Statements of the narrative about numbers of 政府信息公开申请: "收到申请5件", "上年结转1件",
// "办结5件", "结转下年度2件", "未收到…申请", "有2个依申请公开的案件".
import { findCounts, type Count } from './counts';
import { clausesOf, yearsOf, type Clause, type NarrativeSentence } from './narrative';

/**
 * What a number is said to count. `generic` ("有2个依申请公开的案件", "办理申请3件") may mean the
 * applications received or those handled, and agrees with either.
 */
export type ApplicationKind = 'received' | 'carried' | 'handled' | 'pending' | 'generic';

export interface ApplicationStatement {
  kind: ApplicationKind;
  value: number;
  sentence: NarrativeSentence;
  /** The clause that says it, relative to the sentence. */
  clause: { start: number; end: number; text: string };
  /** True when the text says there were none ("未收到…申请") rather than giving a number. */
  negated: boolean;
}

/** Words that make a clause about 政府信息公开申请. */
const TOPIC = /公开申请|依申请|申请公开|申请(?:政府)?信息公开|信息公开件|申请件/;
/** "收到申请", "的申请" — but not "行政许可申请", "法律援助申请", "申请人". */
const BARE = /(?:^|[^\u4e00-\u9fff]|收到|受理|接到|接收|新收|共收|办理|的|件)申请(?!人)/;
/** Other things counted in the same breath, or counted over a wider area: not this table's. */
const OTHER_TOPIC =
  /复议|诉讼|信访|举报|投诉|咨询|法律援助|来电|来访|备案|热线|留言|异议|调解|公证|仲裁|人次|全[县区市省州旗]|各乡镇|各街道|各部门|各单位|全系统|各级/;
/**
 * Applications for something else, named before "申请件": "城市道路挖掘占用申请件77件" counts
 * permits applied for, not 政府信息公开申请 ("信息公开申请件", "收到申请件" do count them).
 */
const OTHER_APPLICATION = /(?<=[\u4e00-\u9fff])(?<![开依的到理收受接])申请件/;
/** Comparisons, other periods, sums over years: not this year's figure. */
const NOT_THIS_YEAR =
  /较|同比|环比|相比|比上年|增加|减少|增长|下降|上升|持平|累计|历年|近[两三四五]年/;
const PREVIOUS_YEAR = /上一?年|去年/;

const CARRIED = /上一?年度?(?:结转|遗留|未办结|转入)|去年结转/;
const PENDING =
  /结转(?:至|到|入)?下一?年|转(?:至|到|入)?下一?年|下一?年度?继续办理|(?:顺延|延期|延续|推迟|延)(?:至|到)?下一?年|尚未办结|未办结|正在办理/;
/** Result categories, applicant types and channels: parts of a row, not a row of its own. */
const BREAKDOWN =
  /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|不掌握|自然人|法人|企业|组织|机构|网上|网络|当面|现场|信函|邮寄|邮件|传真|电话|其中/;
const HANDLED = /办结|答复|办复|办理完毕|处理完毕|已办理|已处理|处理/;
const RECEIVED = /收到|新收|受理|接到|接收|收悉|共收/;

const NONE =
  /(?:未|没有|尚未|均未|并未)(?:收到|接到|接收|受理|发生|产生|出现|有)|(?:无|没有)(?=[^，。；]{0,6}?(?:依申请|公开申请|信息公开申请))|零申请/g;
const APPLICATION_UNITS = new Set(['件', '宗', '起', '个', '份', '例', '条']);
const ZERO_WORD = /(?:为|是)[ \t]*(?:0|零)(?![\d.])/;

const kindOf = (segment: string): ApplicationKind | null => {
  if (CARRIED.test(segment)) return 'carried';
  if (PENDING.test(segment)) return 'pending';
  if (BREAKDOWN.test(segment) || NOT_THIS_YEAR.test(segment)) return null;
  if (PREVIOUS_YEAR.test(segment)) return null;
  const handled = HANDLED.test(segment);
  const received = RECEIVED.test(segment);
  if (handled && !received) return 'handled';
  if (received && !handled) return 'received';
  return 'generic';
};

/**
 * "另有72件申请因…顺延到下年度答复": what becomes of the applications may follow their
 * count, up to the next count of the sentence.
 */
const pendingAfter = (
  sentence: NarrativeSentence,
  clause: Clause,
  c: Count,
  next: Count | undefined,
): ApplicationKind | null => {
  const from = clause.start + c.end;
  const to = next ? clause.start + next.start : sentence.text.length;
  const rest = sentence.text.slice(from, to);
  const own = findCounts(rest).find((x) => countsApplications(rest, x));
  return PENDING.test(own ? rest.slice(0, own.start) : rest) ? 'pending' : null;
};

/** "2个依申请公开的案件" counts applications; "3 个专栏" does not. */
const countsApplications = (clause: string, c: Count): boolean => {
  if (c.approx || c.inParens || !APPLICATION_UNITS.has(c.unit)) return false;
  if (c.unit !== '个') return true;
  const after = clause.slice(c.end, c.end + 16);
  return /^[^，。；]{0,12}?(?:申请|案件)/.test(after) || after.trim() === '';
};

/**
 * The statements of the narrative, in order. `year` is the report's year (null when unknown).
 * An account of applications may go on in the next sentence of its paragraph ("…收到申请5件。
 * 已办结4件，结转下年度1件。"), but only with the words of a continuation (办结, 结转).
 */
export const applicationStatements = (
  sentences: readonly NarrativeSentence[],
  year: number | null,
): ApplicationStatement[] => {
  const out: ApplicationStatement[] = [];
  let onTopic = false;
  for (const sentence of sentences) {
    onTopic = sentenceStatements(sentence, year, onTopic, out) && !sentence.paragraphEnd;
  }
  return out;
};

/** Adds the statements of one sentence to `out`; returns whether it ends on the topic. */
const sentenceStatements = (
  sentence: NarrativeSentence,
  year: number | null,
  carried: boolean,
  out: ApplicationStatement[],
): boolean => {
  if (!carried && !TOPIC.test(sentence.text)) return false;
  let onTopic = carried;
  const yearAt = yearsOf(sentence.text);
  for (const clause of clausesOf(sentence.text)) {
    const text = clause.text;
    if (OTHER_TOPIC.test(text) || OTHER_APPLICATION.test(text)) {
      onTopic = false;
      continue;
    }
    // Once the sentence is about them, a bare "申请" names them too: "…情况：收到申请5件".
    const hasTopic = TOPIC.test(text) || (onTopic && BARE.test(text));
    onTopic ||= hasTopic;
    if (!onTopic) continue;
    const said = yearAt(clause.end);
    if (year !== null && said !== null && said !== year) continue;
    const push = (kind: ApplicationKind | null, value: number, negated: boolean): void => {
      // A clause that does not name applications itself only continues the account of them.
      if (kind === null || (!hasTopic && (kind === 'generic' || kind === 'received'))) return;
      out.push({ kind, value, sentence, clause, negated });
    };
    let from = 0;
    const counts = findCounts(text).filter((c) => countsApplications(text, c));
    counts.forEach((c, i) => {
      const kind = kindOf(text.slice(from, c.start));
      const after = kind === 'generic' ? pendingAfter(sentence, clause, c, counts[i + 1]) : null;
      push(after ?? kind, c.value, false);
      from = c.end;
    });
    if (from > 0) continue;
    // No count: "未收到…申请", "依申请公开数量为0".
    const none = [...text.matchAll(NONE)].find((m) =>
      TOPIC.test(text.slice(m.index, m.index + 40)),
    );
    if (none) {
      push(kindOf(none[0]) === 'received' ? 'received' : 'generic', 0, true);
      continue;
    }
    const zero = ZERO_WORD.exec(text);
    if (zero) push(kindOf(text.slice(0, zero.index)), 0, false);
  }
  return onTopic;
};
