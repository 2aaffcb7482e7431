// Finds the six section headings, whatever their numbering ("一、", "2、", "第二部分", none).
import type { SectionId } from '../model/schema';
import { splitLines, type TextLine } from '../text/lines';
import type { HeadingInfo, HeadingPlacement } from './types';

/** The official heading of each section (国办公开办函〔2021〕30号). */
export const officialHeadings: Record<SectionId, string> = {
  '1': '一、总体情况',
  '2': '二、主动公开政府信息情况',
  '3': '三、收到和处理政府信息公开申请情况',
  '4': '四、政府信息公开行政复议、行政诉讼情况',
  '5': '五、存在的主要问题及改进情况',
  '6': '六、其他需要报告的事项',
};

/** What each heading must say (after its numbering); wording variants seen in real reports. */
const HEADING_PATTERNS: Record<SectionId, RegExp> = {
  '1': /^(?:(?:(?:19|20)\d{2}年度?)?(?:政府信息公开|政务公开)?(?:工作)?总体(?:工作)?情况|基本情况|总体概况|总体概述|概述)/,
  // "二、行政机关主动公开政府信息情况", "三、行政机关收到和处理…": the wording of many 2019–2020 reports.
  '2': /^(?:(?:行政机关)?主动公开政府信息(?:的)?情况|主动公开政府信息|政府信息主动公开情况)/,
  '3': /^(?:(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况|收到和处理政府信息公开申请|依申请公开政府信息情况|政府信息公开申请(?:的)?(?:收到和处理|办理)情况)/,
  '4': /^(?:(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议[、和及与]?(?:提起)?行政诉讼(?:的)?情况|政府信息公开行政复议[、和]?行政诉讼|行政复议[、和及]?行政诉讼(?:的)?情况)/,
  '5': /^(?:(?:政府信息公开(?:工作)?)?存在的主要问题(?:及|和|与)?(?:改进情况|改进措施|改进举措|整改情况|整改措施)?|主要问题(?:及|和)(?:改进|整改)(?:情况|措施|举措)|存在的问题(?:及|和)(?:改进|整改)(?:情况|措施|举措))/,
  '6': /^(?:其他需要报告的事项|其他需要报告事项|其他事项)/,
};

const NUMBERING =
  /^(?:第[一二三四五六七八九十]+部分|第[一二三四五六七八九十]+章|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十]{1,2}[）)]|[（(]\d{1,2}[）)]|[、.．](?=[\u4e00-\u9fff]))?\s*/;

const CHINESE_ORDINAL: Record<string, SectionId> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
};

/** The section a numbering points at ("二、" → 2, "2、" → 2), if any. */
const numberedAs = (numbering: string): SectionId | null => {
  const m = /([一二三四五六]|[1-6])/.exec(numbering);
  if (!m) return null;
  const c = m[1]!;
  return CHINESE_ORDINAL[c] ?? (/[1-6]/.test(c) ? (c as SectionId) : null);
};

interface Candidate {
  id: SectionId;
  line: TextLine;
  /** Where the heading starts (the line's start, or inside the line for an inline heading). */
  start: number;
  /** End of the heading: the line's end, or the end of a heading run into its first sentence. */
  end: number;
  numbering: string;
  text: string;
  placement: HeadingPlacement;
}

/** A heading line is short: a sentence that merely names a heading is not a section start. */
const MAX_HEADING_LENGTH = 40;

/**
 * "一、总体情况：2024年，我局……" — a numbered heading run into its first sentence. Only the
 * heading part is taken, and only when it is numbered and closed by a colon or full stop.
 */
const INLINE_HEADING =
  /^((?:[一二三四五六]\s*[、.．]|[1-6]\s*[、.．])\s*[^：:。，,]{2,30}?)[：:。]/;

/** Matches a heading text (a whole short line, or the heading part of a longer one). */
const matchHeading = (
  line: TextLine,
  next: TextLine | undefined,
  trimmed: string,
  end: number,
): Candidate | null => {
  if (trimmed.length === 0 || trimmed.length > MAX_HEADING_LENGTH) return null;
  const numbering = (NUMBERING.exec(trimmed)?.[0] ?? '').trim();
  const rest = trimmed.slice(NUMBERING.exec(trimmed)?.[0].length ?? 0).replace(/\s+/g, '');
  // A heading wrapped over two lines: "四、政府信息公开行政复议、行政诉讼情" + "况".
  const joined = next && next.text.trim().length <= 6 ? rest + next.text.trim() : rest;
  for (const id of Object.keys(HEADING_PATTERNS) as SectionId[]) {
    const re = HEADING_PATTERNS[id];
    const m = re.exec(rest) ?? re.exec(joined);
    if (!m) continue;
    const tail = (re.exec(rest) ? rest : joined).slice(m[0].length);
    // After the heading only a short remainder may follow ("情况", "：", "方面").
    if (tail.length > 8 || /[，,。；;]/.test(tail.slice(0, -1))) continue;
    if (
      numbering === '' &&
      !/^(?:总体情况|主动公开政府信息|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/.test(
        rest,
      )
    )
      continue;
    // "（一）主动公开" under 一 is a sub-heading, not section 二.
    if (/^[（(]/.test(numbering)) continue;
    return { id, line, start: line.start, end, numbering, text: trimmed, placement: 'line' };
  }
  return null;
};

/** A numbering that names a section by itself: "一、", "2、", "第二部分". */
const SECTION_NUMBERING =
  /^(?:第[一二三四五六]部分|[一二三四五六]\s*[、.．]|[1-6]\s*[、.．](?!\d))[ \t\u3000]*/;

/** The section's wording at the start of `s`, as long as the patterns allow. */
const wordingAt = (id: SectionId, s: string): string | null =>
  HEADING_PATTERNS[id].exec(s)?.[0] ?? misspeltWording(id, s);

/** Edit distance of two short strings (a heading's wording against the official one). */
export const distance = (a: string, b: string): number => {
  // Two rows of the table, reused: this runs on every numbered line of every report.
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1),
      );
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
};

/**
 * The official wording with one character wrong, added or dropped ("政府信息公开行政法复议、
 * 行政诉讼情况"), or two in a wording of ten or more: still that section's heading once its numbering names the section (the
 * callers ask only then); the wording rule reports the slip.
 */
const misspeltWording = (id: SectionId, s: string): string | null => {
  const official = officialHeadings[id].slice(2);
  if (official.length < 8) return null;
  // A longer wording may carry two slips ("主动公开政府政府情况": a word typed twice).
  const slips = official.length >= 10 ? 2 : 1;
  let best: { text: string; d: number } | null = null;
  for (const n of [official.length, official.length + 1, official.length - 1]) {
    const d = distance(s.slice(0, n), official);
    if (d <= slips && (!best || d < best.d)) best = { text: s.slice(0, n), d };
  }
  return best && best.d > 0 ? best.text : null;
};

/**
 * "一、总体情况 2023年，…", "五、存在的主要问题及改进情况存在的问题主要有…": a heading run into
 * its first sentence with no stop between, as web copies and crawlers leave it. Taken only when
 * the numbering names the very section whose wording follows, so a numbered list item in the
 * prose cannot pass. The heading may wrap onto the next line (PDF text).
 */
const runInCandidate = (line: TextLine, next: TextLine | undefined): Candidate | null => {
  const lead = line.text.length - line.text.replace(/^[\s\u3000]+/, '').length;
  const trimmed = line.text.slice(lead);
  const num = SECTION_NUMBERING.exec(trimmed);
  if (!num) return null;
  const id = numberedAs(num[0]);
  if (!id) return null;
  const rest = trimmed.slice(num[0].length);
  const start = line.start;
  const own = wordingAt(id, rest);
  const nextText = next?.text.trimStart() ?? '';
  const joined = wordingAt(id, rest + nextText);
  let end: number;
  if (joined && joined.length > rest.length && next) {
    end = next.end - nextText.length + (joined.length - rest.length);
  } else if (own) {
    end = start + lead + num[0].length + own.length;
  } else return null;
  const text = (num[0] + (joined && joined.length > rest.length ? joined : own!)).trim();
  return { id, line, start, end, numbering: num[0].trim(), text, placement: 'run-in' };
};

/**
 * Headings inside a line ("…联系。一、总体情况 2023年…", "…5949.08三、收到和处理…"): a text
 * that lost its line breaks, as a crawler leaves it. Numbered as the section (not part of a
 * larger numeral such as 十二、), followed by the section's wording; used only for a section
 * no line names.
 */
/** What stands between the items of a list written in one sentence: a comma, 、 or ；. */
const LIST_BEFORE = /[，,；;、][ \t\u3000]*$/;
const LIST_AFTER = /^[ \t\u3000]*[，,；;、]/;

const inlineCandidates = (text: string, lines: TextLine[]): Candidate[] => {
  const out: Candidate[] = [];
  const re = /(?<![一二三四五六七八九十第])[一二三四五六]\s*、/g;
  let li = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (li + 1 < lines.length && lines[li + 1]!.start <= m.index) li++;
    const line = lines[li]!;
    if (text.slice(line.start, m.index).trim() === '') continue; // a line start: not inline
    const id = numberedAs(m[0]);
    if (!id) continue;
    const wording = wordingAt(id, text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!wording) continue;
    const end = m.index + m[0].length + wording.length;
    // "本报告分为六个部分：一、总体情况，二、主动公开…，六、其他需要报告的事项。": an item of
    // the intro's list of parts (a list comma before or after it), not a heading of the text;
    // "…报告如下：一、总体情况（一）…" stays a heading.
    if (
      LIST_BEFORE.test(text.slice(Math.max(line.start, m.index - 4), m.index)) ||
      LIST_AFTER.test(text.slice(end, end + 4))
    )
      continue;
    out.push({
      id,
      line,
      start: m.index,
      end,
      numbering: m[0].trim(),
      text: text.slice(m.index, end),
      placement: 'inline',
    });
  }
  return out;
};

const candidateOf = (line: TextLine, next: TextLine | undefined): Candidate | null => {
  const trimmed = line.text.replace(/\t/g, ' ').trim();
  const whole = matchHeading(line, next, trimmed, line.end);
  if (whole) return whole;
  const inline = INLINE_HEADING.exec(trimmed);
  if (!inline) return runInCandidate(line, next);
  // The colon or stop after the heading stays with the heading.
  const end = line.start + line.text.indexOf(trimmed) + inline[0].length;
  const c = matchHeading(line, undefined, inline[1]!, end);
  return c ? { ...c, placement: 'run-in' } : runInCandidate(line, next);
};

/**
 * Finds the headings of the six sections. For each section, a candidate numbered as that
 * section wins over one numbered otherwise; among equals the first after the previous
 * section's heading wins, so a phrase repeated later in the text cannot move a section. A
 * heading inside a line counts only for a section that no line names.
 */
export const findHeadings = (text: string): HeadingInfo[] => {
  const lines = splitLines(text);
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    const c = candidateOf(line, lines[i + 1]);
    if (c) candidates.push(c);
  });
  const inline = inlineCandidates(text, lines);
  // A report whose sections are numbered "一、二、…" numbers its sub-headings otherwise: there
  // "1.政府信息主动公开情况" under 一 is a sub-heading, not section 二 misnumbered.
  const chineseNumbered = candidates.some(
    (c) => /^[一二三四五六第]/.test(c.numbering) && numberedAs(c.numbering) === c.id,
  );
  const sections = chineseNumbered
    ? candidates.filter((c) => !/^\d/.test(c.numbering) || numberedAs(c.numbering) === c.id)
    : candidates;
  const chosen: HeadingInfo[] = [];
  let after = -1;
  for (const id of ['1', '2', '3', '4', '5', '6'] as SectionId[]) {
    let own = sections.filter((c) => c.id === id);
    if (own.length === 0) own = inline.filter((c) => c.id === id);
    if (own.length === 0) continue;
    const later = own.filter((c) => c.start > after);
    const pool = later.length > 0 ? later : own;
    const best = pool.find((c) => numberedAs(c.numbering) === id) ?? pool[0]!;
    after = Math.max(after, best.start);
    chosen.push({
      id,
      text: best.text,
      numbering: best.numbering,
      span: [best.start, best.end],
      found: true,
      placement: best.placement,
    });
  }
  return chosen.sort((a, b) => a.span[0] - b.span[0]);
};
