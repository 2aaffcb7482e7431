// The prose layer of the rules, built once per document: the prose view, its sentences (all of
// them outside the tables, or the narrative's), section bodies, and how a message quotes text.
import type { SectionId, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { proseView, type ProseView } from '../../text/prose';
import { placeInReport } from '../../text/places';
import { sectionBodyIn, type SectionBody } from './sections';
import { HARD_ENDS, SOFT_ENDS, splitSentences, type Sentence } from './sentences';
import { cellExtents, tableBodies } from './tables';

export { inTable, tableBodies } from './tables';
export type { Sentence } from './sentences';

/** A sentence of prose outside the tables. */
export type ProseSentence = Sentence;

/** "第一部分「总体情况」", "标题" or "正文开头": where `offset` stands, for a message. */
export const placeOf = (doc: ParsedDocument, offset: number): string =>
  placeInReport(doc.report, offset, doc.titleSpan);

const overlaps = (a: Span, spans: readonly Span[]): boolean =>
  spans.some((b) => a[0] < b[1] && b[0] < a[1]);

/** What is built once per document and shared by every rule. */
interface DocumentProse {
  view: ProseView;
  sentences?: Sentence[];
  narrative?: { soft?: Sentence[]; hard?: Sentence[]; extents?: Span[] };
  sections: Map<SectionId, SectionBody | null>;
}

const cache = new WeakMap<ParsedDocument, DocumentProse>();

const proseOf = (doc: ParsedDocument): DocumentProse => {
  let p = cache.get(doc);
  if (!p) cache.set(doc, (p = { view: proseView(doc.report.text), sections: new Map() }));
  return p;
};

/** The prose view of the whole report (~0.5 s per MB to build: once per document). */
export const docProse = (doc: ParsedDocument): ProseView => proseOf(doc).view;

/**
 * The sentences of the report's prose (split at 。！？； and line ends), leaving out every
 * sentence that touches a table body or a tab-separated table row.
 */
export const docSentences = (doc: ParsedDocument): Sentence[] => {
  const p = proseOf(doc);
  if (!p.sentences) {
    const tables = tableBodies(doc);
    const text = doc.report.text;
    p.sentences = splitSentences(
      doc,
      p.view,
      SOFT_ENDS,
      (span) => !overlaps(span, tables) && !text.slice(span[0], span[1]).includes('\t'),
    );
  }
  return p.sentences;
};

/**
 * The narrative's sentences: outside the stretch where each table's numbers stand. With
 * `semicolons: false` a sentence runs to 。！？ or a line end, so that a list "其中a条；b条"
 * stays in one sentence.
 */
export const docNarrative = (doc: ParsedDocument, semicolons = true): Sentence[] => {
  const p = proseOf(doc);
  const n = (p.narrative ??= {});
  const build = (ends: ReadonlySet<string>): Sentence[] => {
    const extents = (n.extents ??= cellExtents(doc.report));
    return splitSentences(doc, p.view, ends, (span) => !overlaps(span, extents));
  };
  return semicolons ? (n.soft ??= build(SOFT_ENDS)) : (n.hard ??= build(HARD_ENDS));
};

/** A section's body in the document's prose view, or null when the section is absent. */
export const sectionBody = (doc: ParsedDocument, id: SectionId): SectionBody | null => {
  const p = proseOf(doc);
  if (!p.sections.has(id)) p.sections.set(id, sectionBodyIn(doc, p.view, id));
  return p.sections.get(id)!;
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

/** How many Chinese characters a text has: its length as a reader counts it. */
export const hanCount = (s: string): number => (s.match(/[\u3400-\u9fff]/g) ?? []).length;

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

/** "a、b、c等 12 处": a list for a message, cut after `max` items. */
export const listSome = (items: readonly string[], max = 3, unit = '处'): string =>
  items.length <= max
    ? items.join('、')
    : `${items.slice(0, max).join('、')}等 ${items.length} ${unit}`;
