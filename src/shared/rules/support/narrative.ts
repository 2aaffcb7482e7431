// The narrative of a report as sentences and clauses: the prose view outside the three tables,
// with every piece mapped back to `report.text` so a finding can quote it.
import type { Report, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { proseView, viewRangeToBase, type ProseView } from '../../text/prose';
import type { RuleContext } from '../types';

/** A sentence of the narrative (view coordinates) and where it stands in `report.text`. */
export interface NarrativeSentence {
  text: string;
  /** Offset of the sentence in the prose view. */
  start: number;
  end: number;
  /** The sentence in `report.text`, without surrounding spaces and its final 。. */
  span: Span;
  /** The section (一…六 as "1".."6") the sentence stands in, or null before section 一. */
  section: string | null;
  /** True when a line break (or the end) follows: the sentence closes its paragraph. */
  paragraphEnd: boolean;
}

/** A clause: a stretch of a sentence between ，；：, offsets relative to the sentence. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

const HARD_END = new Set(['。', '！', '？', '!', '?', '\n']);
const SOFT_END = new Set([...HARD_END, '；', ';']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
const TRAILING = new Set([...SOFT_END, '，', ',', ' ', '\t', '\r']);

const overlaps = (a: Span, spans: readonly Span[]): boolean =>
  spans.some((b) => a[0] < b[1] && b[0] < a[1]);

/**
 * Where the numbers of each table stand: from the line of its first read cell to its last
 * cell. Not the parser's table region, which may begin with prose written above the table.
 */
export const tableBodies = (report: Pick<Report, 'text' | 'cells'>): Span[] => {
  const bodies = new Map<string, Span>();
  for (const [path, cell] of Object.entries(report.cells)) {
    if (!cell.span) continue;
    const table = path.slice(0, path.indexOf('/'));
    const body = bodies.get(table);
    bodies.set(
      table,
      body
        ? [Math.min(body[0], cell.span[0]), Math.max(body[1], cell.span[1])]
        : [cell.span[0], cell.span[1]],
    );
  }
  return [...bodies.values()].map(([s, e]) => [report.text.lastIndexOf('\n', s - 1) + 1, e]);
};

interface Narrative {
  view: ProseView;
  soft?: NarrativeSentence[];
  hard?: NarrativeSentence[];
}

// The rules of this category read the same sentences: build them once per document.
const cache = new WeakMap<ParsedDocument, Narrative>();

const narrativeOf = (doc: ParsedDocument): Narrative => {
  let n = cache.get(doc);
  if (!n) {
    n = { view: proseView(doc.report.text) };
    cache.set(doc, n);
  }
  return n;
};

const split = (doc: ParsedDocument, view: ProseView, ends: Set<string>): NarrativeSentence[] => {
  const tables = tableBodies(doc.report);
  const sections = doc.report.sections;
  const out: NarrativeSentence[] = [];
  const t = view.text;
  let from = 0;
  const flush = (to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(t[s]!)) s++;
    while (e > s && TRAILING.has(t[e - 1]!)) e--;
    if (e === s) return;
    const span = viewRangeToBase(view, s, e);
    if (overlaps(span, tables)) return;
    const section = sections.find((x) => span[0] >= x.span[0] && span[0] < x.span[1]);
    const paragraphEnd = t[to - 1] === '\n' || to >= t.length || t[to] === '\n';
    const text = t.slice(from, to);
    out.push({ text, start: from, end: to, span, section: section?.id ?? null, paragraphEnd });
  };
  for (let i = 0; i < t.length; i++) {
    if (ends.has(t[i]!)) {
      flush(i + 1);
      from = i + 1;
    }
  }
  flush(t.length);
  return out;
};

/**
 * The sentences of the whole narrative, tables left out. With `semicolons: false` a sentence
 * runs to 。！？ or a line end, so that a list "其中a条；b条" stays in one sentence.
 */
export const narrativeSentences = (
  ctx: Pick<RuleContext, 'doc'>,
  options: { semicolons: boolean } = { semicolons: true },
): NarrativeSentence[] => {
  const n = narrativeOf(ctx.doc);
  if (options.semicolons) return (n.soft ??= split(ctx.doc, n.view, SOFT_END));
  return (n.hard ??= split(ctx.doc, n.view, HARD_END));
};

/** Maps a range of a sentence (offsets relative to it) to `report.text`. */
export const sentenceRangeToBase = (
  ctx: Pick<RuleContext, 'doc'>,
  sentence: NarrativeSentence,
  s: number,
  e: number,
): Span => viewRangeToBase(narrativeOf(ctx.doc).view, sentence.start + s, sentence.start + e);

/** The clauses of a sentence, split at ，；：. */
export const clausesOf = (sentence: string): Clause[] => {
  const out: Clause[] = [];
  let from = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i === sentence.length || CLAUSE_END.has(sentence[i]!)) {
      const text = sentence.slice(from, i);
      if (text.trim() !== '') out.push({ text, start: from, end: i });
      from = i + 1;
    }
  }
  return out;
};

/**
 * Where the clause holding an offset of the sentence begins, leading spaces skipped, looking
 * back at most `limit` characters. Built once per sentence: each lookup is then O(1).
 */
export const clauseStarts = (sentence: string): ((at: number, limit?: number) => number) => {
  const starts = new Int32Array(sentence.length + 1);
  let from = 0;
  for (let i = 0; i <= sentence.length; i++) {
    starts[i] = from;
    const c = sentence[i];
    if (c !== undefined && (CLAUSE_END.has(c) || HARD_END.has(c))) from = i + 1;
  }
  return (at, limit = 200) => {
    let s = Math.max(starts[Math.min(at, sentence.length)]!, at - limit);
    while (s < at && /\s/.test(sentence[s]!)) s++;
    return s;
  };
};

/**
 * The years written in a sentence ("2024年"), as a lookup of the last one before an offset.
 * Built once per sentence, so that asking for every clause stays linear.
 */
export const yearsOf = (sentence: string): ((at: number) => number | null) => {
  const found = [...sentence.matchAll(/(?<!\d)(20\d{2})[ \t]*年/g)].map((m) => ({
    at: m.index,
    year: Number(m[1]),
  }));
  return (at) => {
    let lo = 0;
    let hi = found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (found[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? found[lo - 1]!.year : null;
  };
};

/** A clause as quoted in a message: trimmed, without its final punctuation, at most 40 chars. */
export const quoteClause = (s: string): string => {
  const trimmed = s.trim();
  let end = trimmed.length;
  while (end > 0 && (TRAILING.has(trimmed[end - 1]!) || CLAUSE_END.has(trimmed[end - 1]!))) end--;
  return end > 40 ? `${trimmed.slice(0, 39)}…` : trimmed.slice(0, end);
};
