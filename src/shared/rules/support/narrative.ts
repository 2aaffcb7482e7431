// The narrative of a report as sentences and clauses: the prose view outside the three tables,
// with every piece mapped back to `report.text` so a finding can quote it.
import type { Span } from '../../model/schema';
import { viewRangeToBase } from '../../text/prose';
import type { RuleContext } from '../types';
import { docNarrative, docProse, type Sentence } from './prose';
import { HARD_ENDS, SOFT_ENDS } from './sentences';

/** A sentence of the narrative (see `docNarrative`). */
export type NarrativeSentence = Sentence;

/** A clause: a stretch of a sentence between ，；：, offsets relative to the sentence. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
const TRAILING = new Set([...SOFT_ENDS, '，', ',', ' ', '\t', '\r']);

/**
 * The sentences of the whole narrative, tables left out (built once per document). With
 * `semicolons: false` a sentence runs to 。！？ or a line end.
 */
export const narrativeSentences = (
  ctx: Pick<RuleContext, 'doc'>,
  options: { semicolons: boolean } = { semicolons: true },
): NarrativeSentence[] => docNarrative(ctx.doc, options.semicolons);

/** Maps a range of a sentence (offsets relative to it) to `report.text`. */
export const sentenceRangeToBase = (
  ctx: Pick<RuleContext, 'doc'>,
  sentence: NarrativeSentence,
  s: number,
  e: number,
): Span => viewRangeToBase(docProse(ctx.doc), sentence.start + s, sentence.start + e);

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
    if (c !== undefined && (CLAUSE_END.has(c) || HARD_ENDS.has(c))) from = i + 1;
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
