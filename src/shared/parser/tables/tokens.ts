// Turns the text of a table region into label, value and gap tokens, whatever the layout:
// tab-separated rows (Word), one cell per line, or space-separated numbers (PDF text).
import type { Span } from '../../model/schema';
import { splitLines } from '../../text/lines';
import { parsePlainNumber } from '../../text/numbers';

export type Token =
  | { kind: 'label'; text: string; span: Span; line: number }
  | {
      kind: 'value';
      raw: string;
      span: Span;
      line: number;
      /** The number, or null for a blank marker ("/", "—", "无"). */
      value: number | null;
      /** Why the cell is not a clean count: a unit in it, text … */
      problem: 'unit' | null;
    }
  /** An empty tab field between two filled fields of one line: a blank cell or merge padding. */
  | { kind: 'gap'; span: Span; line: number };

const BLANK_MARKERS = new Set(['/', '／', '—', '——', '-', '－', '--', '无', '空', '\\']);
const WITH_UNIT = /^([-+]?\d+(?:\.\d+)?)\s*(万元|元|件|条|个|次|项)$/;

/** Reads one cell's text as a value token, or null when it is a label. */
const asValue = (raw: string): { value: number | null; problem: 'unit' | null } | null => {
  if (BLANK_MARKERS.has(raw)) return { value: null, problem: null };
  const n = parsePlainNumber(raw);
  if (n !== null) return { value: n, problem: null };
  const u = WITH_UNIT.exec(raw);
  if (u) return { value: Number(u[1]), problem: 'unit' };
  return null;
};

interface Piece {
  text: string;
  start: number;
}

/** Splits on runs of spaces, keeping offsets. */
const words = (text: string, base: number): Piece[] => {
  const out: Piece[] = [];
  const re = /[^ ]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: base + m.index });
  return out;
};

/**
 * A field's words: a leading label (kept whole, spaces and all) and then a trailing run of
 * values. Numbers inside a label ("1.属于国家秘密", "共 3 件") stay part of the label.
 */
const fieldTokens = (text: string, start: number, line: number): Token[] => {
  const ws = words(text, start);
  let firstValue = ws.length;
  while (firstValue > 0 && asValue(ws[firstValue - 1]!.text) !== null) firstValue--;
  // A lone "-" or "/" after a label is more likely punctuation than a blank cell.
  const tokens: Token[] = [];
  if (firstValue > 0) {
    const first = ws[0]!;
    const last = ws[firstValue - 1]!;
    tokens.push({
      kind: 'label',
      text: text.slice(first.start - start, last.start - start + last.text.length),
      span: [first.start, last.start + last.text.length],
      line,
    });
  }
  for (const w of ws.slice(firstValue)) {
    const v = asValue(w.text)!;
    tokens.push({
      kind: 'value',
      raw: w.text,
      span: [w.start, w.start + w.text.length],
      line,
      ...v,
    });
  }
  return tokens;
};

/** Tokenizes text[start, end). */
export const tokenize = (text: string, start: number, end: number): Token[] => {
  const tokens: Token[] = [];
  for (const l of splitLines(text.slice(start, end))) {
    const lineStart = start + l.start;
    const fields: Piece[] = [];
    let offset = 0;
    for (const f of l.text.split('\t')) {
      fields.push({ text: f, start: lineStart + offset });
      offset += f.length + 1;
    }
    const filled = fields.map((f) => f.text.trim() !== '');
    const firstFilled = filled.indexOf(true);
    const lastFilled = filled.lastIndexOf(true);
    fields.forEach((f, i) => {
      if (filled[i]) tokens.push(...fieldTokens(f.text, f.start, l.index));
      else if (fields.length > 1 && i > firstFilled && i < lastFilled)
        tokens.push({ kind: 'gap', span: [f.start, f.start], line: l.index });
    });
  }
  return tokens;
};
