// The report's own date: the 落款 under section 六 ("2025年1月20日" on its own line, maybe after
// the agency's name), or a "发布日期：" line that a web page puts at the top.
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { chineseNumberToNumber } from '../../text/numbers';
import { splitLines, type TextLine } from '../../text/lines';
import { yearValue } from './years';

export interface SigningDate {
  year: number;
  month: number;
  day: number;
  span: Span;
  /** The date as written, without spaces. */
  text: string;
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR = '((?:19|20)\\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})';
/**
 * A line that is only a date, perhaps after the agency's name — a name has no digits and no
 * 年/月/日/至/为, so "统计期限为2024年1月1日至2024年12月31日" is no 落款.
 */
const SIGNATURE = new RegExp(
  `^([^\\d。，,；;：:年月日至为于止是在了]{0,30})${YEAR}年${NUM}月${NUM}日$`,
);
/** "发布日期：2025-01-20", "成文日期：2025年1月20日". */
const LABELLED = new RegExp(
  `^(?:发布|印发|成文|公开|公布)(?:日期|时间)[:：]${YEAR}(?:年|[-/.])${NUM}(?:月|[-/.])${NUM}日?`,
);
const PAGE_NUMBER = /^[-—－–\s]*\d{1,3}[-—－–\s]*$|^第\d+页/;

const toDate = (y: string, m: string, d: string): [number, number, number] | null => {
  const year = yearValue(y);
  const month = chineseNumberToNumber(m);
  const day = chineseNumberToNumber(d);
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return [year, month, day];
};

/** The line's date and its span in the base text (spaces inside the line are allowed). */
const dateOnLine = (line: TextLine, re: RegExp, group: number): SigningDate | null => {
  // Offsets of the line without its spaces, so the match maps back to the line.
  const kept: number[] = [];
  let compact = '';
  for (let i = 0; i < line.text.length; i++) {
    if (/\s/.test(line.text[i]!)) continue;
    compact += line.text[i];
    kept.push(line.start + i);
  }
  const m = re.exec(compact);
  if (!m) return null;
  const date = toDate(m[group]!, m[group + 1]!, m[group + 2]!);
  if (!date) return null;
  const from = group === 2 ? m[1]!.length : compact.indexOf(m[group]!);
  const to = m.index + m[0].length;
  return {
    year: date[0],
    month: date[1],
    day: date[2],
    span: [kept[from]!, kept[to - 1]! + 1],
    text: compact.slice(from, to),
  };
};

/**
 * The date the report was signed or published: the last lines of the text (after section 六
 * when it is there) holding only a date, else a labelled "发布日期" near the top or the end.
 * Null when there is none: a report need not carry one.
 */
export const signingDate = (doc: ParsedDocument): SigningDate | null => {
  const text = doc.report.text;
  const six = doc.report.sections.find((s) => s.id === '6');
  const from = six ? six.span[0] : Math.max(0, text.length - 600);
  const lines = splitLines(text)
    .filter((l) => l.end > from && l.text.trim() !== '' && !PAGE_NUMBER.test(l.text.trim()))
    .slice(-4);
  for (const line of [...lines].reverse()) {
    const d = dateOnLine(line, SIGNATURE, 2) ?? dateOnLine(line, LABELLED, 1);
    if (d) return d;
  }
  const head = splitLines(text.slice(0, Math.min(text.length, 1500))).slice(0, 12);
  for (const line of head) {
    const d = dateOnLine(line, LABELLED, 1);
    if (d) return d;
  }
  return null;
};

/** "2025年1月20日". */
export const formatDate = (d: { year: number; month: number; day: number }): string =>
  `${d.year}年${d.month}月${d.day}日`;
