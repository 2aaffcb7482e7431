// The one section model of the rules: the parser's headings and sections, how messages name a
// section, where its body stands, and heading lines that merge two sections.
import type { SectionId, Span } from '../../model/schema';
import { officialHeadings } from '../../parser/sections';
import type { HeadingInfo, ParsedDocument } from '../../parser/types';
import { splitLines } from '../../text/lines';
import { sectionOf, sectionPart } from '../../text/places';
import { viewIndexAt, type ProseView } from '../../text/prose';

export { ORDINAL as ordinal, sectionNames, sectionPart } from '../../text/places';

export const sectionIds: readonly SectionId[] = ['1', '2', '3', '4', '5', '6'];

/** The table that belongs to a section, named as a reviewer knows it. */
export const sectionTable: Partial<Record<SectionId, string>> = {
  '2': '表二',
  '3': '表三',
  '4': '表四',
};

/** "第二部分「二、主动公开政府信息情况」": a section as the form numbers it. */
export const sectionLabel = (id: SectionId): string =>
  `${sectionPart(id)}「${officialHeadings[id]}」`;

/** The section holding `offset`, or null before the first heading. */
export const sectionAt = (doc: ParsedDocument, offset: number): SectionId | null =>
  sectionOf(doc.report, offset);

/** A section's body, after its heading line, in a prose view. */
export interface SectionBody {
  view: ProseView;
  /** The body's text in the view. */
  text: string;
  /** The body in view offsets. */
  from: number;
  to: number;
  /** The body in `report.text`. */
  start: number;
  end: number;
  /** The body without its surrounding blank space, in `report.text`. */
  trimmed: Span;
  /** Where its heading stands (the body's start when the section has none). */
  headSpan: Span;
}

/** Where section `id`'s body stands in `view` (the document's prose view), or null when absent. */
export const sectionBodyIn = (
  doc: ParsedDocument,
  view: ProseView,
  id: SectionId,
): SectionBody | null => {
  const section = doc.report.sections.find((s) => s.id === id);
  if (!section) return null;
  const heading = doc.headings.find((h) => h.id === id);
  const start = heading?.found ? heading.span[1] : section.span[0];
  const end = section.span[1];
  const from = viewIndexAt(view, start);
  const to = viewIndexAt(view, end);
  const raw = doc.report.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed: Span = [start + lead, start + raw.trimEnd().length];
  const headSpan: Span = heading?.span ?? [start, start];
  return { view, text: view.text.slice(from, to), from, to, start, end, trimmed, headSpan };
};

/** How far a heading is quoted: a heading run into its first sentence is cut short. */
const HEADING_QUOTE = 24;

/** A heading as a message quotes it: one line, at most a short clause. */
export const quoteHeading = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > HEADING_QUOTE ? `${t.slice(0, HEADING_QUOTE - 1)}…` : t;
};

/** The official wording of a heading without its numbering: "主动公开政府信息情况". */
export const officialWording = (id: SectionId): string => officialHeadings[id].slice(2);

/**
 * The part of a heading's wording that matters: spaces, punctuation, 的/和/及/与, the filler
 * words 工作/情况/方面 and a leading "政府信息公开" (what the whole report is about) carry no
 * meaning of their own, so "主动公开政府信息的情况：", "政府信息公开行政复议行政诉讼情况" and
 * "政府信息公开工作存在的主要问题及改进情况" count as the official wording.
 */
export const essentialWording = (s: string): string =>
  s
    .replace(/\s+/g, '')
    .replace(/[：:。.．，,、；;“”"]/g, '')
    .replace(/^政府信息公开/, '')
    .replace(/[的和及与]/g, '')
    .replace(/工作|情况|方面/g, '');

/** Phrases that only the heading of one section uses (a merged heading holds two of them). */
const KEY_PHRASES: Record<SectionId, RegExp> = {
  '1': /总体情况/,
  '2': /主动公开政府信息/,
  '3': /收到和处理政府信息公开申请/,
  '4': /行政复议/,
  '5': /存在的主要问题|改进情况/,
  '6': /其他需要报告|其他事项/,
};

const HEADING_START =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))/;

/** A line of running prose cut short by the page width: long, without a closing mark. */
const continuesSentence = (previous: string | undefined): boolean => {
  const t = previous?.trim() ?? '';
  return t.length >= 20 && !/[。！？!?；;：:」”"）)]$/.test(t);
};

export interface MergedHeading {
  /** The sections named on the line, in the order of the form. */
  ids: SectionId[];
  text: string;
  span: Span;
}

/**
 * Heading lines that put two sections under one heading, e.g. "五、存在的主要问题及改进情况
 * 和其他需要报告的事项". A sentence that lists the parts of the report is not a heading.
 */
export const mergedHeadings = (doc: ParsedDocument): MergedHeading[] => {
  const out: MergedHeading[] = [];
  const lines = splitLines(doc.report.text);
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length < 6 || text.length > 60) continue;
    if (/[。；;]|组成|构成|包括|分为|如下/.test(text)) continue;
    const body = text.replace(HEADING_START, '').trim();
    if (body === text && !Object.values(KEY_PHRASES).some((re) => re.exec(text)?.index === 0))
      continue;
    // Without numbering, a line that goes on from a long unfinished line is that sentence
    // wrapped (a PDF line of "本报告包括……"), not a heading.
    if (body === text && continuesSentence(lines[line.index - 1]?.text)) continue;
    const ids = sectionIds.filter((id) => KEY_PHRASES[id].test(body));
    if (ids.length < 2) continue;
    const lead = line.text.length - line.text.trimStart().length;
    out.push({ ids, text, span: [line.start + lead, line.start + lead + text.length] });
  }
  return out;
};

/** Where a heading stands; for a table standing in for a lost heading, that table's first line. */
export const headingSpan = (doc: ParsedDocument, h: HeadingInfo): Span => {
  if (h.found) return h.span;
  const text = doc.report.text;
  const end = text.indexOf('\n', h.span[0]);
  const lineEnd = end < 0 ? text.length : end;
  const raw = text.slice(h.span[0], lineEnd);
  return [h.span[0], h.span[0] + raw.trimEnd().length];
};
