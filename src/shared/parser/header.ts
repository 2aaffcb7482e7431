// Title, agency, reporting year and statistics period.
import type { Span } from '../model/schema';
import { splitLines } from '../text/lines';
import { chineseDigitsToNumber } from '../text/numbers';
import { proseView, viewRangeToBase } from '../text/prose';
import type { Period } from './types';

export interface Header {
  title: string | null;
  titleSpan: Span | null;
  agency: string | null;
  year: number | null;
}

const TITLE_CORE = /政府信息公开(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)/;
const YEAR = /((?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s*年度?/;

const toYear = (s: string): number | null =>
  /^\d{4}$/.test(s) ? Number(s) : chineseDigitsToNumber(s.replace(/○/g, '〇'));

/** Removes the spaces that a PDF puts around numbers: "2023 年" → "2023年". */
const compact = (s: string): string => s.replace(/\s+/g, '');

/** The agency named in a title: what precedes the year, or precedes 政府信息公开 once the year is cut. */
export const agencyFromTitle = (title: string): string | null => {
  const t = compact(title).replace(/^关于/, '');
  const core = TITLE_CORE.exec(t);
  const head = core ? t.slice(0, core.index) : t;
  const withoutYear = head
    .replace(new RegExp(YEAR.source, 'g'), '')
    .replace(/[（(）)【】《》“”"]/g, '');
  const agency = withoutYear.replace(/的$/, '').trim();
  return agency.length >= 2 && agency.length <= 40 ? agency : null;
};

/**
 * Finds the title among the first lines: the line naming the 年度报告, joined with the line
 * before it when the title wraps ("攀枝花市西区司法局" / "2023 年政府信息公开工作年度报告").
 */
export const findHeader = (text: string, firstSectionStart: number): Header => {
  const limit = firstSectionStart > 0 ? firstSectionStart : Math.min(text.length, 2000);
  const lines = splitLines(text.slice(0, limit)).filter((l) => l.text.trim() !== '');
  const idx = lines.findIndex(
    (l) => TITLE_CORE.test(compact(l.text)) && compact(l.text).length <= 60,
  );
  if (idx < 0) return { title: null, titleSpan: null, agency: null, year: null };
  const line = lines[idx]!;
  let title = compact(line.text);
  let start = line.start;
  const prev = lines[idx - 1];
  const startsWithAgency = agencyFromTitle(title) !== null;
  if (
    prev &&
    !startsWithAgency &&
    compact(prev.text).length <= 30 &&
    !/[。，；：]/.test(prev.text)
  ) {
    title = compact(prev.text) + title;
    start = prev.start;
  }
  const year = YEAR.exec(title);
  return {
    title,
    titleSpan: [start, line.end],
    agency: agencyFromTitle(title),
    year: year ? toYear(year[1]!) : null,
  };
};

const PERIOD =
  /((?:19|20)\d{2})\s*年\s*(?:度\s*)?(?:1|一)\s*月\s*(?:1|一)\s*日\s*(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年\s*)?(?:12|十二)\s*月\s*(?:31|三十一)\s*日/;

/** The statistics period "2024年1月1日至12月31日", searched in the prose view (PDF lines re-joined). */
export const findPeriod = (text: string): Period | null => {
  const view = proseView(text);
  const m = PERIOD.exec(view.text);
  if (!m) return null;
  const startYear = Number(m[1]);
  const endYear = m[2] ? Number(m[2]) : startYear;
  return { startYear, endYear, span: viewRangeToBase(view, m.index, m.index + m[0].length) };
};
