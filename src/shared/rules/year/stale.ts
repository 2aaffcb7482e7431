// year.stale: text left from an earlier year's report — an account that opens with last year,
// last year's statistics period or report name, a 落款 dated inside the reporting year.
import type { SectionId, Span } from '../../model/schema';
import { proseView, viewRangeToBase, type ProseView } from '../../text/prose';
import { defineRule, type RuleContext } from '../types';
import { formatDate, signingDate } from '../support/signing';
import { sectionPart } from '../support/sections';
import { bodyYear } from '../support/years';

const ACCOUNT_SECTIONS: readonly SectionId[] = ['1', '2', '3', '4', '5'];

/** Pieces read on their own: split at 。！？；：, and line ends. */
const PIECE_END = /[。！？!?；;：:\n]/;

/**
 * A piece that opens with a year as its account: "2023年，我局…", "（一）2023年度我局…". Not
 * "2023年底", "2023年以来", "2023年至2024年", "2023年1月…" (a dated event).
 */
const OPENING =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．])?\s*(\d{4})\s*年\s*(?:度)?(?!\s*(?:底|末|初|以来|以前|之前|前|后|至|到|起|[-—~～]|\d|[一二三四五六七八九十]{1,2}\s*月|上半年|下半年|第))/;
/**
 * A piece that compares, carries over, or looks back on purpose: last year's problems and
 * their 整改/改进 ("（一）2024年工作中存在问题的改进情况" in a 2025 report).
 */
const LOOKS_BACK =
  /上年|去年|上一年|同比|相比|较|比上|以来|今年|本年|当年|结转|转结|整改|改进|报告|年报/;
/**
 * After the opening year, a noun phrase that names that year's 决算 ("2023年部门决算总收入…"):
 * a year's final accounts are published in the following year, so a report on that year
 * rightly speaks of them. A comma in between ("2023年，我局公开预决算…") is an account again.
 */
const FINAL_ACCOUNTS = /^[^，,、。；;：:]{0,16}?决算/;

const PERIOD =
  /(\d{4})\s*年\s*(?:度\s*)?(?:1|一)\s*月\s*(?:1|一)\s*日\s*(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(?:12|十二)\s*月\s*(?:31|三十一)\s*日/g;
const AS_OF = /截[至止]\s*(\d{4})\s*年\s*(?:12\s*月\s*31\s*日|底|年底)/g;
const CARRIED = /结转|转结|上年|去年|上一年|较|同比|整改/;
const REPORT_NAME =
  /(\d{4})\s*年\s*度?\s*[^\d。，,；;\n]{0,12}?政府信息公开(?:工作)?(?:情况)?(?:年度)?(?:工作)?(?:报告|年报)/g;

/** From this month on, a 落款 inside the reporting year is an early issue, not last year's. */
const LATE_MONTH = 7;

const quote = (s: string): string => {
  const t = s.trim().replace(/[。；;，,：:]+$/, '');
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
};

/** The piece of `view` around `at` (between the delimiters before and after). */
const pieceAround = (view: ProseView, at: number): { text: string; start: number } => {
  let s = at;
  while (s > 0 && !PIECE_END.test(view.text[s - 1]!)) s--;
  let e = at;
  while (e < view.text.length && !PIECE_END.test(view.text[e]!)) e++;
  return { text: view.text.slice(s, e), start: s };
};

const trimmedSpan = (view: ProseView, start: number, text: string): Span => {
  const lead = text.length - text.trimStart().length;
  const body = text.trim().replace(/[。；;，,：:]+$/, '');
  return viewRangeToBase(view, start + lead, start + lead + body.length);
};

const staleOpenings = (ctx: RuleContext, year: number): void => {
  for (const id of ACCOUNT_SECTIONS) {
    const body = ctx.section(id);
    if (!body) continue;
    const { view } = body;
    let from = body.from;
    for (let i = body.from; i <= body.to; i++) {
      if (i < body.to && !PIECE_END.test(view.text[i]!)) continue;
      const piece = view.text.slice(from, i);
      const start = from;
      from = i + 1;
      // Trimmed first: OPENING's ^\s* then \s* is quadratic on a run of thousands of tabs.
      const opening = piece.trimStart();
      const m = OPENING.exec(opening);
      const stated = m ? Number(m[1]) : NaN;
      if (!(stated >= 1990 && stated < year) || LOOKS_BACK.test(piece)) continue;
      if (m && FINAL_ACCOUNTS.test(opening.slice(m.index + m[0].length))) continue;
      if (new RegExp(`${year}\\s*年`).test(piece)) continue;
      ctx.report({
        message: `${sectionPart(id)}「${quote(piece)}」以${stated}年开头叙述工作，而本报告是${year}年度报告，疑为沿用往年报告未改的内容`,
        spans: [trimmedSpan(view, start, piece)],
        expected: year,
        actual: stated,
        suggestion: `核实这段写的是否为${year}年的情况；是的，将年份改为${year}年并更新内容`,
      });
    }
  }
};

const staleDates = (ctx: RuleContext, year: number): void => {
  const view = ctx.prose();
  const own = ctx.doc.period?.span;
  for (const m of view.text.matchAll(PERIOD)) {
    const end = Number(m[2] ?? m[1]);
    const span = viewRangeToBase(view, m.index, m.index + m[0].length);
    if (end >= year || (own && span[0] < own[1] && own[0] < span[1])) continue;
    const quoted = m[0].replace(/\s+/g, '');
    ctx.report({
      message: `「${quoted}」是往年的统计期限，本报告为${year}年度报告`,
      spans: [span],
      expected: `${year}年1月1日至${year}年12月31日`,
      actual: quoted,
      suggestion: `改为${year}年1月1日至${year}年12月31日`,
    });
  }
  for (const m of view.text.matchAll(AS_OF)) {
    const stated = Number(m[1]);
    if (stated >= year || CARRIED.test(pieceAround(view, m.index).text)) continue;
    const quoted = m[0].replace(/\s+/g, '');
    ctx.report({
      message: `「${quoted}」是往年的时点，本报告为${year}年度报告，统计时点应为${year}年12月31日`,
      spans: [viewRangeToBase(view, m.index, m.index + m[0].length)],
      expected: `截至${year}年12月31日`,
      actual: quoted,
      suggestion: `核实数据时点，改为截至${year}年12月31日`,
    });
  }
};

/** Before section 一: "编制…2023年政府信息公开工作年度报告" inside a 2024 report. */
const staleReportName = (ctx: RuleContext, year: number): void => {
  const first = ctx.doc.headings[0]?.span[0];
  if (first === undefined) return;
  const view = proseView(ctx.text, 0, first);
  const title = ctx.doc.titleSpan;
  for (const m of view.text.matchAll(REPORT_NAME)) {
    const stated = Number(m[1]);
    const span = viewRangeToBase(view, m.index, m.index + m[0].length);
    if (stated >= year || (title && span[0] < title[1] && title[0] < span[1])) continue;
    const quoted = m[0].replace(/\s+/g, '');
    ctx.report({
      message: `报告开头写的是「${quoted}」，而本报告是${year}年度报告`,
      spans: [span],
      expected: year,
      actual: stated,
      suggestion: `将其中的年份改为${year}年`,
    });
  }
};

export const stale = defineRule({
  meta: {
    id: 'year.stale',
    category: 'year',
    severity: 'warning',
    title: '沿用往年内容',
    description:
      '正文中疑似沿用往年报告未改的内容：第一至五部分以上一年份开头叙述工作（如2024年度报告中的“2023年，我局…”）、往年的统计期限或报告名称、早于报告年度结束的落款日期。“2023年底结转”“较2023年”、对上年问题的整改、对次年的计划和所引文件的日期不在此列。',
  },
  check(ctx) {
    const year = ctx.doc.report.year;
    if (year === null) return;
    // When section 一 as a whole reports on another year, year.mismatch says so once.
    const body = bodyYear(ctx);
    if (body && body.year !== year) return;
    staleReportName(ctx, year);
    staleOpenings(ctx, year);
    staleDates(ctx, year);
    const signed = signingDate(ctx.doc);
    if (signed && signed.year <= year)
      ctx.report({
        // Last year's 落款 left in place falls early in the year (when last year's report came
        // out); one late in the reporting year is a report issued before its period ended.
        message: `报告落款日期为${formatDate(signed)}，早于${year}年度结束，${
          signed.year === year && signed.month >= LATE_MONTH
            ? `报告在统计期限届满前印发，所报数据未覆盖${year}年全年`
            : '疑为沿用上年报告的落款'
        }`,
        spans: [signed.span],
        expected: `${year + 1}年`,
        actual: formatDate(signed),
        suggestion: `改为本报告实际的印发日期（应在${year + 1}年）`,
      });
  },
});
