// The report's prose outside the three tables, as sentences mapped back to `report.text`, and
// how a message names a place (the section, a short quote). Shared by the text and content rules.
import type { SectionId, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { proseView, viewRangeToBase, type ProseView, viewIndexAt } from '../../text/prose';
import { tableBodies } from './tables';

export { inTable, tableBodies } from './tables';

/** A sentence of prose: view offsets, and its range in `report.text` (trimmed, no final 。). */
export interface ProseSentence {
  text: string;
  start: number;
  end: number;
  span: Span;
  section: SectionId | null;
}

/** How messages name the six sections. */
export const sectionNames: Record<SectionId, string> = {
  '1': '第一部分「总体情况」',
  '2': '第二部分「主动公开政府信息情况」',
  '3': '第三部分「收到和处理政府信息公开申请情况」',
  '4': '第四部分「政府信息公开行政复议、行政诉讼情况」',
  '5': '第五部分「存在的主要问题及改进情况」',
  '6': '第六部分「其他需要报告的事项」',
};

const SENTENCE_END = /[。！？!?；;\n]/;
const TRIM_END = /[\s。！？!?；;，,]+$/;

/** The section holding `offset`, or null before the first heading. */
export const sectionAt = (doc: ParsedDocument, offset: number): SectionId | null =>
  doc.report.sections.find((s) => offset >= s.span[0] && offset < s.span[1])?.id ?? null;

/** "第一部分「总体情况」", "标题" or "正文开头": where `offset` stands, for a message. */
export const placeOf = (doc: ParsedDocument, offset: number): string => {
  const section = sectionAt(doc, offset);
  if (section) return sectionNames[section];
  const title = doc.titleSpan;
  return title && offset >= title[0] && offset < title[1] ? '标题' : '正文开头';
};

/**
 * The prose sentences of a document (split at 。！？； and paragraph ends), leaving out every
 * sentence that touches a table region or a tab-separated table row.
 */
export const proseSentences = (doc: ParsedDocument, view: ProseView): ProseSentence[] => {
  const out: ProseSentence[] = [];
  const t = view.text;
  const text = doc.report.text;
  const tables = tableBodies(doc);
  let from = 0;
  const flush = (to: number): void => {
    const raw = t.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.slice(lead).replace(TRIM_END, '');
    if (body !== '') {
      const span = viewRangeToBase(view, from + lead, from + lead + body.length);
      const touchesTable = tables.some((r) => span[0] < r[1] && r[0] < span[1]);
      if (!touchesTable && !text.slice(span[0], span[1]).includes('\t')) {
        out.push({ text: raw, start: from, end: to, span, section: sectionAt(doc, span[0]) });
      }
    }
    from = to;
  };
  for (let i = 0; i < t.length; i++) if (SENTENCE_END.test(t[i]!)) flush(i + 1);
  flush(t.length);
  return out;
};

/** `text[s, e)` with a little context, on one line, for quoting in a message. */
export const excerpt = (text: string, s: number, e: number, context = 8): string => {
  const lineStart = text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = Math.max(lineStart, s - context);
  let to = Math.min(lineEnd, e + context);
  // Do not cut a number in two ("…4 年" for "2024 年").
  while (from > lineStart && /\d/.test(text[from - 1]!) && /\d/.test(text[from]!)) from--;
  while (to < lineEnd && /\d/.test(text[to - 1]!) && /\d/.test(text[to]!)) to++;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
};

/** A sentence as quoted in a message: trimmed, at most `max` characters. */
export const quote = (s: string, max = 40): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** "第一部分「总体情况」2 处、第五部分「…」1 处": where a group of places stands. */
export const countByPlace = (doc: ParsedDocument, offsets: readonly number[]): string => {
  const counts = new Map<string, number>();
  for (const o of offsets) {
    const p = placeOf(doc, o);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].map(([p, n]) => `${p} ${n} 处`).join('、');
};

/** Appends `value` to the list kept under `key` (grouping places of one finding). */
export const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const views = new WeakMap<ParsedDocument, ProseView>();
const sentenceLists = new WeakMap<ParsedDocument, ProseSentence[]>();

/**
 * The prose view of the whole report, built once per document and shared by these rules (the
 * engine's `ctx.prose()` is built again for every rule, which costs ~0.5 s per MB).
 */
export const docProse = (doc: ParsedDocument): ProseView => {
  let view = views.get(doc);
  if (!view) views.set(doc, (view = proseView(doc.report.text)));
  return view;
};

/** `proseSentences` of the whole report's prose view, built once per document. */
export const docSentences = (doc: ParsedDocument): ProseSentence[] => {
  let list = sentenceLists.get(doc);
  if (!list) sentenceLists.set(doc, (list = proseSentences(doc, docProse(doc))));
  return list;
};

/**
 * A section's body (after its heading line) in the shared prose view, with its range in
 * `report.text`; null when the section is absent.
 */
export const sectionBody = (
  doc: ParsedDocument,
  id: SectionId,
): { text: string; start: number; end: number } | null => {
  const section = doc.report.sections.find((s) => s.id === id);
  if (!section) return null;
  const heading = doc.headings.find((h) => h.id === id);
  const start = heading?.found ? heading.span[1] : section.span[0];
  const end = section.span[1];
  const view = docProse(doc);
  return { text: view.text.slice(viewIndexAt(view, start), viewIndexAt(view, end)), start, end };
};

/** "a、b、c等 12 处": a list for a message, cut after `max` items. */
export const listSome = (items: readonly string[], max = 3, unit = '处'): string =>
  items.length <= max
    ? items.join('、')
    : `${items.slice(0, max).join('、')}等 ${items.length} ${unit}`;
