// Sentence ranges of a prose view, for rules that read numbers in context.
import type { ProseView } from './prose';

export interface Sentence {
  /** The sentence text (view coordinates). */
  text: string;
  start: number;
  end: number;
}

const END = /[。！？!?；;\n]/;

/** Splits a prose view into sentences at 。！？； and line breaks (the delimiter is included). */
export const sentences = (view: Pick<ProseView, 'text'>): Sentence[] => {
  const out: Sentence[] = [];
  let start = 0;
  const t = view.text;
  for (let i = 0; i < t.length; i++) {
    if (END.test(t[i]!)) {
      if (t.slice(start, i + 1).trim() !== '')
        out.push({ text: t.slice(start, i + 1), start, end: i + 1 });
      start = i + 1;
    }
  }
  if (t.slice(start).trim() !== '') out.push({ text: t.slice(start), start, end: t.length });
  return out;
};
