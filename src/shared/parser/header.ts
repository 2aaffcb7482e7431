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
/** A reporting year; never a serial number's year ("（2024年第1号）", an announcement's number). */
const YEAR = /((?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s*年度?(?!\s*第\s*\d)/;

const toYear = (s: string): number | null =>
  /^\d{4}$/.test(s) ? Number(s) : chineseDigitsToNumber(s.replace(/○/g, '〇'));

/** Removes the spaces that a PDF puts around numbers: "2023 年" → "2023年". */
const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * A Markdown heading mark, a list bullet ("• 标题：…", a page's field list), a page-viewer
 * header ("Page 8 - ") or a site's content-type tag ("【图文】") before the title.
 */
const LEAD_MARK =
  /^(?:[#＃*•·●▪◆■]+|Page\s*\d+\s*[-–—]|【(?:图文|视频|图解|音频|组图|原文|全文|转载|置顶|最新|热点)】)\s*/i;
/** A site's menu label standing alone on its line (or read as a title's agency): "政府信息公开", "政务公开", "信息公开". */
const PAGE_LABEL = /^\s*(?:政府信息公开|政务公开|信息公开)(?:目录|专栏)?\s*$/;
/** The agency named in a title: what precedes the year, or precedes 政府信息公开 once the year is cut. */
export const agencyFromTitle = (title: string): string | null => {
  // A site's content-type tag before the title ("【图文】某局2022年…") is no part of the name.
  const t = compact(title).replace(LEAD_MARK, '').replace(/^关于/, '');
  const core = TITLE_CORE.exec(t);
  const head = core ? t.slice(0, core.index) : t;
  const withoutYear = head
    .replace(new RegExp(YEAR.source, 'g'), '')
    // "某州人民政府（州政府办公室）": a second name in brackets stays in them (run together the
    // two names would make a third); brackets left empty by the year, or unpaired, go.
    .replace(/[（(]([^（()）]*)[）)]|[（(）)【】《》“”"]/g, (_, inner?: string) =>
      inner ? `（${inner}）` : '',
    );
  const agency = withoutYear.replace(/的$/, '').trim();
  if (PAGE_LABEL.test(agency)) return null;
  return agency.length >= 2 && agency.length <= 40 ? agency : null;
};

/** A web page's breadcrumb ("您的位置:首页 > 政府信息公开 > 年报 > 关区报告"). */
export const BREADCRUMB = /当前位置|您的位置|首页\s*[>＞»]|[>＞»]\s*政府信息公开/;
/** Lines that are page furniture or citations, never the title. */
const NOT_TITLE =
  /当前位置|您的位置|首页\s*[>＞»]|[>＞»]\s*政府信息公开|[《》〈〉]|关于印发|的通知|^(?:名\s*称|标\s*题|栏\s*目|索引号|主题分类|发布机构|发文机关|文号|成文日期|发布日期|原文链接|本地目录)\s*[:：]/;
/**
 * A web page's field labels before their value ("名称 宿迁市2017年…", "文件下载 …"; normalization
 * may have dropped the space): never the title, since no body's name starts so.
 */
const FIELD_LABEL =
  /^\s*(?:[•·●▪◆■]\s*)?(?:名\s*称|信息名称|栏\s*目|索引号|主题分类|发布机构|发文机关|文\s*号|成文日期|发布日期|原文链接|本地目录|文件下载|附\s*件)/;
/** A web page's "标题：" field: the title when the body has none of its own. */
const TITLE_FIELD = /^(?:[•·●▪◆■]\s*)?标\s*题\s*[:：]\s*/;
/**
 * What a first sentence run into the title starts with ("…年度报告根据《条例》…", or a page
 * flattened to one line: "…年度报告 2024年，区水利局…", the year then a comma).
 */
const SENTENCE_START =
  /^(?:根据|依据|按照|为|本报告|本年度报告|现将|现公布|(?:19|20)\d{2}年度?[，,])/;

interface TitleLine {
  text: string;
  start: number;
  end: number;
}

/**
 * The title in `candidate` (compacted): it names the 年度报告 and ends there, or a sentence
 * follows it directly; null for a citation, a breadcrumb or a label.
 */
const titleIn = (candidate: string): { title: string; cut: boolean } | null => {
  const c = candidate.replace(LEAD_MARK, '');
  const core = TITLE_CORE.exec(c);
  if (!core) return null;
  const end = core.index + core[0].length;
  // Only the title part can be a citation or a breadcrumb: a first sentence run into the title
  // ("…年度报告 根据《中华人民共和国政府信息公开条例》…") may cite what it likes.
  if (NOT_TITLE.test(c.slice(0, end))) return null;
  const rest = c.slice(end).replace(/^[（(]全文[）)]/, '');
  if (rest === '') return end <= 60 ? { title: c.slice(0, end), cut: false } : null;
  if (SENTENCE_START.test(rest) && end <= 60) return { title: c.slice(0, end), cut: true };
  return null;
};

/**
 * Finds the title among the first lines: the line naming the 年度报告, joined with the line
 * before it when the title wraps ("攀枝花市西区司法局" / "2023 年政府信息公开工作年度报告") or
 * with the line after it ("…政府信息公开工作年" / "度报告"). Never a breadcrumb, a cited notice
 * ("关于印发…格式…的通知"), a Markdown "#" or a "名称：" label; a first sentence run into the
 * title is cut off.
 */
export const findHeader = (text: string, firstSectionStart: number): Header => {
  const own = findTitle(text, firstSectionStart, false);
  return own.title !== null ? own : findTitle(text, firstSectionStart, true);
};

/** How many characters of `s` hold its first `n` characters that are not spaces. */
const spacedLength = (s: string, n: number): number => {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    if (seen === n) return i;
    if (!/\s/.test(s[i]!)) seen++;
  }
  return s.length;
};

/** True when a line from `from` on holds a title naming both an agency and a year. */
const datedTitleAfter = (lines: readonly TitleLine[], from: number): boolean =>
  lines.slice(from).some((l) => {
    if (FIELD_LABEL.test(l.text)) return false;
    const t = titleIn(compact(l.text.trim()));
    return t !== null && YEAR.test(t.title) && agencyFromTitle(t.title) !== null;
  });

const findTitle = (text: string, firstSectionStart: number, fromField: boolean): Header => {
  const limit = firstSectionStart > 0 ? firstSectionStart : Math.min(text.length, 2000);
  const lines: TitleLine[] = splitLines(text.slice(0, limit)).filter((l) => l.text.trim() !== '');
  const short = (l: TitleLine | undefined, n: number): l is TitleLine =>
    l !== undefined && compact(l.text).length <= n && !/[。，；：:,]/.test(l.text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fromField && !TITLE_FIELD.test(line.text.trim())) continue;
    if (FIELD_LABEL.test(line.text)) continue;
    const label = fromField ? (TITLE_FIELD.exec(line.text.trim())?.[0] ?? '') : '';
    let found = titleIn(compact(line.text.trim().slice(label.length)));
    let first = line;
    let last = line;
    const next = lines[i + 1];
    if (!found && short(next, 12) && compact(line.text).length <= 50) {
      found = titleIn(compact(line.text) + compact(next.text));
      last = next;
    }
    if (!found) continue;
    let title = found.title;
    const prev = lines[i - 1];
    if (
      !fromField &&
      prev &&
      agencyFromTitle(title) === null &&
      short(prev, 30) &&
      !NOT_TITLE.test(prev.text) &&
      // A page's menu label ("政府信息公开") names a column of the site, never the agency.
      !PAGE_LABEL.test(prev.text)
    ) {
      title = compact(prev.text).replace(LEAD_MARK, '') + title;
      first = prev;
    }
    // A page's heading without the agency ("2022年政府信息公开工作年度报告"), then the
    // document's own title wrapped over two lines ("某县某镇人民政府" / "2022年…年度报告"):
    // the document's title is the one to read.
    const after = lines[i + 1];
    const own = lines[i + 2] && titleIn(compact(lines[i + 2]!.text));
    if (
      !fromField &&
      agencyFromTitle(title) === null &&
      short(after, 30) &&
      !NOT_TITLE.test(after.text) &&
      own &&
      agencyFromTitle(compact(after.text) + own.title) !== null
    )
      continue;
    // …or the document's own title on the next line ("政府信息公开工作年度报告", a column of
    // the site, then "某县教育和体育局2024年政府信息公开工作年度报告").
    const below = lines[lines.indexOf(last) + 1];
    const next1 = below && titleIn(compact(below.text));
    if (!fromField && agencyFromTitle(title) === null && next1 && agencyFromTitle(next1.title))
      continue;
    // …or a page heading that announces the report ("某部（2024年第1号）：某部2023年政府信息
    // 公开工作报告"): what precedes the colon is the announcement's, and the report's own
    // dated title follows further down.
    if (!fromField && /[:：]/.test(title) && datedTitleAfter(lines, lines.indexOf(last) + 1))
      continue;
    // …or a site's column label without a year ("• 乡镇政府信息公开年度报告", the page's
    // category) above the page's field list and the document's own dated title further down.
    if (!fromField && !YEAR.test(title) && datedTitleAfter(lines, lines.indexOf(last) + 1))
      continue;
    const year = YEAR.exec(title);
    const from = first.start + (label ? line.text.indexOf(label.trim()) + label.length : 0);
    // The title was read without spaces ("乌兰苏木 2021 年…"): its end in the line has them.
    const end = found.cut
      ? from + spacedLength(text.slice(from, last.end), title.length)
      : last.end;
    return {
      title,
      titleSpan: [from, found.cut && first === last ? Math.min(end, last.end) : last.end],
      agency: agencyFromTitle(title),
      year: year ? toYear(year[1]!) : null,
    };
  }
  return { title: null, titleSpan: null, agency: null, year: null };
};

// "20231月1日至202312月31日": web copies of several reports lost the 年 of the period (the
// same slip on pages of unrelated agencies: the page's, not the report's); the year is still
// certain, four digits before the month.
const PERIOD =
  /(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(?:度\s*)?)?(?:1|一)\s*月\s*(?:1|一)\s*日\s*(?:起\s*)?(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d{2})\s*年?\s*)?(?:12|十二)\s*月\s*(?:31|三十一)\s*日/;

/** The statistics period "2024年1月1日至12月31日", searched in the prose view (PDF lines re-joined). */
export const findPeriod = (text: string): Period | null => {
  const view = proseView(text);
  const m = PERIOD.exec(view.text);
  if (!m) return null;
  const startYear = Number(m[1]);
  const endYear = m[2] ? Number(m[2]) : startYear;
  return { startYear, endYear, span: viewRangeToBase(view, m.index, m.index + m[0].length) };
};

/** "现公布区统计局2023年政府信息公开工作年度报告": a sentence naming the report and its year. */
const NAMED_REPORT = new RegExp(
  `((?:19|20)\\d{2})\\s*年度?[^。；;，,\\n]{0,12}?${TITLE_CORE.source}`,
  'g',
);
/** "截至2023年12月31日": the end of the reporting year, stated in the overview. */
const AS_OF_YEAR_END = /截[至止]\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;

/**
 * "2019年，我局共主动公开…", "2020年度我街办未接到…", "2020年我镇…", "2020年某某镇严格按照…": a
 * sentence of the overview that opens with its year (a comma, 年度, the agency speaking as 我/本
 * after it, or the agency's own name: words ending in the name of a body).
 */
const OPENS_WITH_YEAR =
  /(?:^|[。！；\n])\s*((?:19|20)\d{2})\s*(?:年度?\s*[，,]|年度|年(?=[我本])|年(?=[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|局|委员会|办公室|人民政府|中心)))/g;
/** How much of the overview's start is read for it. */
const OVERVIEW_HEAD = 600;

/** The one year all matches of `re` in `text` agree on, or null. */
const agreedYear = (text: string, re: RegExp): number | null => {
  const years = new Set([...text.matchAll(re)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
};

/**
 * The reporting year when neither a title nor the statistics period says it: from the opening
 * sentence that names the report ("现公布…2023年政府信息公开工作年度报告"), else from the
 * overview's "截至2023年12月31日", else from the overview's sentences that open with a year
 * ("2019年，我局共主动公开…"). Null when the text is silent or names several years.
 */
export const yearFromText = (text: string, firstSectionStart: number): number | null => {
  const intro = text.slice(
    0,
    firstSectionStart > 0 ? firstSectionStart : Math.min(text.length, 2000),
  );
  const overview =
    firstSectionStart >= 0 ? text.slice(firstSectionStart, firstSectionStart + OVERVIEW_HEAD) : '';
  return (
    agreedYear(compact(intro), NAMED_REPORT) ??
    agreedYear(compact(text.slice(0, 6000)), AS_OF_YEAR_END) ??
    agreedYear(overview, OPENS_WITH_YEAR)
  );
};
