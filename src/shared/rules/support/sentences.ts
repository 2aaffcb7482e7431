// The one sentence splitter of the rules: the pieces of a prose view between end marks, trimmed,
// mapped back to `report.text`, with the section each stands in.
import type { SectionId, Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { viewRangeToBase, type ProseView } from '../../text/prose';
import { sectionAt } from './sections';

export interface Sentence {
  /** The sentence as split, with its leading spaces and end mark (view coordinates). */
  text: string;
  /** Offsets of `text` in the prose view. */
  start: number;
  end: number;
  /** The sentence in `report.text`, without surrounding spaces and its final mark. */
  span: Span;
  /** The section (一…六 as "1".."6") the sentence stands in, or null before section 一. */
  section: SectionId | null;
  /** True when a line break (or the end) follows: the sentence closes its paragraph. */
  paragraphEnd: boolean;
}

/** Sentences end at 。！？ and line ends; with semicolons, at ；too. */
export const HARD_ENDS: ReadonlySet<string> = new Set(['。', '！', '？', '!', '?', '\n']);
export const SOFT_ENDS: ReadonlySet<string> = new Set([...HARD_ENDS, '；', ';']);
const TRIM_MARK = /[\s。！？!?；;，,]/;
/**
 * `s` without its trailing spaces and end marks. A backward scan, not /[…]+$/: that regex tries
 * every start in a run of spaces inside the text, quadratic in a table row of thousands of tabs.
 */
const trimEnd = (s: string): string => {
  let end = s.length;
  while (end > 0 && TRIM_MARK.test(s[end - 1]!)) end--;
  return s.slice(0, end);
};

const endClasses = new WeakMap<ReadonlySet<string>, string>();
/** The marks of `ends` as a character class: the view is searched for them, not walked. */
const endClass = (ends: ReadonlySet<string>): string => {
  let source = endClasses.get(ends);
  if (source === undefined) {
    // Only a single UTF-16 unit can equal one character of the text.
    const marks = [...ends].filter((m) => m.length === 1);
    source =
      marks.length === 0
        ? '(?!)'
        : `[${marks.map((m) => `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
    endClasses.set(ends, source);
  }
  return source;
};

/**
 * The sentences of `view`, split after every mark of `ends`; `keep` decides from a sentence's
 * span in `report.text` whether it belongs (e.g. not inside a table).
 */
export const splitSentences = (
  doc: ParsedDocument,
  view: ProseView,
  ends: ReadonlySet<string>,
  keep: (span: Span) => boolean = () => true,
): Sentence[] => {
  const out: Sentence[] = [];
  const t = view.text;
  let from = 0;
  const flush = (to: number): void => {
    const raw = t.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = trimEnd(raw.slice(lead));
    if (body === '') return;
    const span = viewRangeToBase(view, from + lead, from + lead + body.length);
    if (!keep(span)) return;
    const paragraphEnd = t[to - 1] === '\n' || to >= t.length || t[to] === '\n';
    out.push({
      text: raw,
      start: from,
      end: to,
      span,
      section: sectionAt(doc, span[0]),
      paragraphEnd,
    });
  };
  const end = new RegExp(endClass(ends), 'g');
  for (let m = end.exec(t); m; m = end.exec(t)) {
    flush(m.index + 1);
    from = m.index + 1;
  }
  flush(t.length);
  return out;
};
