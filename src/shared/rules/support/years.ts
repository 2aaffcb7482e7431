// Years as a report states them: in its title, and in the account of section 一 (the year the
// body reports on). Shared by the year rules and structure.title.
import type { SectionId, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { chineseDigitsToNumber } from '../../text/numbers';
import { viewRangeToBase } from '../../text/prose';
import { sectionBody } from './prose';
import type { RuleContext } from '../types';

export interface YearMention {
  year: number;
  span: Span;
}

const TITLE_YEAR = /((?:19|20)\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})\s*年/;

/** The first year reported on a national form (国办公开办函〔2019〕60号, then 〔2021〕30号). */
export const FIRST_FORM_YEAR = 2019;

/**
 * A report of a year before any national form followed the old outline (概述, 收费及减免…):
 * the form's sections, headings and tables are not there to check; structure.outdated-format
 * says so once.
 */
export const beforeTheForms = (doc: ParsedDocument): boolean =>
  doc.report.year !== null && doc.report.year < FIRST_FORM_YEAR;

/** "2024" or "二〇二四" as a number. */
export const yearValue = (s: string): number | null =>
  /^\d{4}$/.test(s) ? Number(s) : chineseDigitsToNumber(s.replace(/○/g, '〇'));

/** The year written in the title, and where. */
export const titleYear = (doc: ParsedDocument): YearMention | null => {
  if (!doc.titleSpan) return null;
  const [s, e] = doc.titleSpan;
  const m = TITLE_YEAR.exec(doc.report.text.slice(s, e));
  if (!m) return null;
  const year = yearValue(m[1]!);
  return year === null ? null : { year, span: [s + m.index, s + m.index + m[0].length] };
};

/** Ranges of 《…》 in a text: a year inside a cited document's name says nothing. */
export const bookTitleRanges = (text: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') open = i;
    else if (c === '》' && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    } else if (c === '\n') open = -1;
  }
  return out;
};

/** Whether `at` falls in one of `ranges` (sorted, disjoint), by binary search. */
export const inRanges = (at: number, ranges: ReadonlyArray<[number, number]>): boolean => {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
};

const MENTION = /(?<!\d)(\d{4})\s*年/g;
/** Before the year: a comparison or a starting point ("较2023年", "自2023年", "至2024年"). */
const OTHER_YEAR_BEFORE = /(?:较|比|相比|同比|与|自|从|至|到|截至|截止)\s*$/;
/**
 * After "年": the end or start of a year ("2023年底结转"), "以来"/"以前", or a month — a dated
 * event ("2023年12月启动") says when something happened, not which year is reported on.
 */
const OTHER_YEAR_AFTER =
  /^(?:底|末|初|以来|以前|之前|前|\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月)/;

/**
 * The years section `id` reports on: every "20XX年" of its prose, except comparisons
 * ("较2023年"), ends and starts of years ("2023年底"), dated events ("2023年12月"), and years
 * inside 《document names》.
 */
export const yearsInSection = (
  ctx: Pick<RuleContext, 'doc' | 'prose'>,
  id: SectionId,
): Map<number, Span[]> => {
  const years = new Map<number, Span[]>();
  const body = sectionBody(ctx.doc, id);
  if (!body) return years;
  const { view, from: start, text } = body;
  const books = bookTitleRanges(text);
  for (const m of text.matchAll(MENTION)) {
    const year = Number(m[1]);
    if (year < 1990 || year > 2099 || inRanges(m.index, books)) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 5);
    if (OTHER_YEAR_BEFORE.test(before) || OTHER_YEAR_AFTER.test(after)) continue;
    const spans = years.get(year) ?? [];
    spans.push(viewRangeToBase(view, start + m.index, start + m.index + m[0].length));
    years.set(year, spans);
  }
  return years;
};

export interface BodyYear {
  year: number;
  /** Every mention of that year in section 一. */
  spans: Span[];
}

/**
 * The year section 一 reports on, when one year clearly dominates: written at least twice and
 * at least twice as often as any other year. Null when section 一 is absent or unclear.
 */
export const bodyYear = (ctx: Pick<RuleContext, 'doc' | 'prose'>): BodyYear | null => {
  const ranked = [...yearsInSection(ctx, '1').entries()].sort(
    (a, b) => b[1].length - a[1].length || b[0] - a[0],
  );
  const [top, second] = ranked;
  if (!top || top[1].length < 2) return null;
  if (second && top[1].length < 2 * second[1].length) return null;
  return { year: top[0], spans: top[1] };
};

/** The period's year, quoted as written. */
export const periodText = (doc: ParsedDocument): string | null =>
  doc.period ? doc.report.text.slice(...doc.period.span).replace(/\s+/g, '') : null;
