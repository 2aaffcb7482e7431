// Turns the text of a table region into label, value and gap tokens, whatever the layout:
// tab-separated rows (Word), one cell per line, or space-separated numbers (PDF text).
import type { Span } from '../../model/schema';
import { splitLines } from '../../text/lines';
import { isOutOfRangeNumber, parsePlainNumber } from '../../text/numbers';

export type ValueProblem = 'unit' | 'text' | null;

export type Token =
  | { kind: 'label'; text: string; span: Span; line: number }
  | {
      kind: 'value';
      raw: string;
      span: Span;
      line: number;
      /** The number, or null for a blank marker ("/", "—", "无") or text in a number cell. */
      value: number | null;
      /** Why the cell is not a clean count: a unit in it ("251000元"), or words ("十二", "无此项"). */
      problem: ValueProblem;
    }
  /**
   * An empty tab field after a row's label: a blank cell, or padding of merged cells. Which of
   * the two only the placement of the row's numbers can tell.
   */
  | { kind: 'gap'; span: Span; line: number };

const BLANK_MARKERS = new Set(['/', '／', '—', '——', '-', '－', '--', '\\', '无', '空']);
/** Markers that are also characters of labels (a vertical "无法提供" is one character per line). */
const WORD_MARKERS = new Set(['无', '空']);
const WITH_UNIT = /^([-+]?\d+(?:\.\d+)?)\s*(万元|元|件|条|个|次|项)$/;
/**
 * The 2019 form's 本年增/减 written in words: "减4", "增加2". The number with its sign; a cell
 * like this is never part of a label, which would swallow the row's next number. It is a number
 * only in a 本年增/减 cell: readTables empties the value of any other cell read from it.
 */
const SIGNED_IN_WORDS = /^(增|减)(?:加|少)?(\d+)$/;
/** The same column saying there was no change at all: "未增未减", "无增减" — a change of 0. */
const NO_CHANGE_IN_WORDS = /^(?:未增未减|无增无减|不增不减|无增减|未增减)$/;

/** True for a cell written as 本年增/减 in words ("减4", "未增未减"). */
export const isSignedInWords = (raw: string): boolean =>
  SIGNED_IN_WORDS.test(raw.trim()) || NO_CHANGE_IN_WORDS.test(raw.trim());
/** Words written in a number cell of a Word table: "十二", "无此项", "不适用". */
const TEXT_IN_CELL = /^(?:[零〇一二三四五六七八九十百千两]{1,6}|无此项|不适用|暂无|没有)$/;

/** Reads one cell's text as a value token, or null when it is a label. */
const asValue = (
  raw: string,
  inTabRow: boolean,
): { value: number | null; problem: ValueProblem } | null => {
  if (BLANK_MARKERS.has(raw) && (inTabRow || !WORD_MARKERS.has(raw)))
    return { value: null, problem: null };
  const n = parsePlainNumber(raw);
  if (n !== null) return { value: n, problem: null };
  // A number too long for any report is still the cell's value token: kept as raw, value null.
  if (isOutOfRangeNumber(raw)) return { value: null, problem: null };
  const signed = SIGNED_IN_WORDS.exec(raw);
  if (signed) return { value: (signed[1] === '减' ? -1 : 1) * Number(signed[2]), problem: null };
  if (NO_CHANGE_IN_WORDS.test(raw)) return { value: 0, problem: null };
  const u = WITH_UNIT.exec(raw);
  if (u) return { value: parsePlainNumber(u[1]!), problem: 'unit' };
  return null;
};

interface Piece {
  text: string;
  start: number;
}

/**
 * Splits on runs of spaces, keeping offsets. A pipe is a cell border too: a web table copied as
 * text keeps its cells as "| 规章 | 0 | 0 | 0 |" or one "0 |" per line, without the separator row
 * that would make it a Markdown table.
 */
const words = (text: string, base: number): Piece[] => {
  const out: Piece[] = [];
  const re = /[^ |｜]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "000": zero cells fused by a tight PDF layout are zeros, one per cell.
    if (/^0{2,6}$/.test(m[0]))
      for (let i = 0; i < m[0].length; i++) out.push({ text: '0', start: base + m.index + i });
    else out.push({ text: m[0], start: base + m.index });
  }
  return out;
};

/**
 * A field's words: a leading label (kept whole, spaces and all) and then a trailing run of
 * values. Numbers inside a label ("1.属于国家秘密", "共 3 件") stay part of the label.
 */
const fieldTokens = (text: string, start: number, line: number, inTabRow: boolean): Token[] => {
  const ws = words(text, start);
  let firstValue = ws.length;
  while (firstValue > 0 && asValue(ws[firstValue - 1]!.text, inTabRow) !== null) firstValue--;
  // "无 0 0" is a row of values; a lone "无" on a line of PDF text is a letter of a label.
  if (
    !inTabRow &&
    firstValue < ws.length &&
    ws.slice(firstValue).every((w) => WORD_MARKERS.has(w.text))
  ) {
    firstValue = ws.length;
  }
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
    const v = asValue(w.text, inTabRow)!;
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

/**
 * A cell border of a web table copied as text. A line with two or more is a row of fields like
 * a tab row ("一、本年新收… | 0 | | | | | | 0 |": the empty fields are blank cells).
 */
const PIPE = /[|｜]/;
const PIPE_G = /[|｜]/g;
/** A line of words closed by a single cell border: "行政事业性收费 |". */
const TRAILING_BORDER = /[^\s|｜][ \t\u3000]*[|｜]\s*$/;

/** How many blank lines stand before each filled line (the first filled line: none). */
const blankRuns = (lines: ReadonlyArray<{ text: string }>): number[] => {
  const runs: number[] = [];
  let blank = -1;
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (blank >= 0) blank++;
      runs.push(0);
      continue;
    }
    runs.push(Math.max(blank, 0));
    blank = 0;
  }
  return runs;
};

/** Below this many cell breaks a region is too small to tell its layout. */
const MIN_PARAGRAPH_BREAKS = 12;

/**
 * A web table copied one cell per paragraph: every filled cell is followed by one blank line,
 * and an empty cell adds one more ("其他\n\n一、本年新收…\n\n\n\n\n\n\n\n0": six empty cells,
 * then the total). Only when nearly every break between filled lines is exactly one blank line
 * are the extra ones read as empty cells (elsewhere blank lines mean nothing).
 */
const paragraphCells = (runs: readonly number[], filled: readonly boolean[]): boolean => {
  let breaks = 0;
  let single = 0;
  let none = 0;
  for (let i = 1; i < runs.length; i++) {
    if (!filled[i]) continue;
    breaks++;
    if (runs[i] === 1) single++;
    if (runs[i] === 0) none++;
  }
  return breaks >= MIN_PARAGRAPH_BREAKS && none === 0 && single >= 0.8 * breaks;
};

/** Tokenizes text[start, end). */
export const tokenize = (text: string, start: number, end: number): Token[] => {
  const tokens: Token[] = [];
  const lines = splitLines(text.slice(start, end));
  const runs = blankRuns(lines);
  const filled = lines.map((l) => l.text.trim() !== '');
  // The first filled line has no break before it.
  const firstFilled = filled.indexOf(true);
  const lastFilled = filled.lastIndexOf(true);
  const paragraphs = paragraphCells(
    runs.map((r, i) => (i === firstFilled ? 0 : r)),
    filled.map((f, i) => f && i !== firstFilled),
  );
  for (const [i, l] of lines.entries()) {
    const lineStart = start + l.start;
    if (paragraphs && filled[i] && i !== firstFilled)
      for (let k = 1; k < runs[i]!; k++)
        tokens.push({ kind: 'gap', span: [lineStart, lineStart], line: l.index });
    const pipeRow = !l.text.includes('\t') && (l.text.match(PIPE_G) ?? []).length >= 2;
    if (!l.text.includes('\t') && !pipeRow) {
      // A web table copied one cell per line ("0 |"): a lone border is a cell left empty.
      if (/^\s*[|｜]\s*$/.test(l.text)) {
        const at = lineStart + l.text.search(/[|｜]/);
        tokens.push({ kind: 'gap', span: [at, at], line: l.index });
        continue;
      }
      if (l.text.trim() === '') continue;
      const own = fieldTokens(l.text, lineStart, l.index, false);
      tokens.push(...own);
      // The table's last row written as its label and one border ("行政事业性收费 |") with
      // nothing after it: its cells were left empty, the row is there (a blank row, not a
      // missing one).
      if (
        i === lastFilled &&
        own.every((t) => t.kind === 'label') &&
        TRAILING_BORDER.test(l.text)
      ) {
        const at = lineStart + l.text.search(/[|｜]\s*$/);
        tokens.push({ kind: 'gap', span: [at, at], line: l.index });
      }
      continue;
    }
    const fields: Piece[] = [];
    let offset = 0;
    for (const f of l.text.split(pipeRow ? PIPE : '\t')) {
      fields.push({ text: f, start: lineStart + offset });
      offset += f.length + 1;
    }
    // "| 规章 | 0 | 0 | |": the last border closes the row; the field after it is no cell.
    if (pipeRow && /[|｜]\s*$/.test(l.text)) fields.pop();
    let seenFilled = false;
    let seenValue = false;
    for (const f of fields) {
      const trimmed = f.text.trim();
      if (trimmed === '') {
        // Empty fields before anything filled are the merged label columns of a Word table.
        if (seenFilled) tokens.push({ kind: 'gap', span: [f.start, f.start], line: l.index });
        continue;
      }
      const lead = f.text.length - f.text.trimStart().length;
      // Words in a number cell: after a number on the row, or a numeral written as a word.
      if (
        seenFilled &&
        (seenValue || TEXT_IN_CELL.test(trimmed)) &&
        asValue(trimmed, true) === null &&
        !/\s/.test(trimmed)
      ) {
        tokens.push({
          kind: 'value',
          raw: trimmed,
          span: [f.start + lead, f.start + lead + trimmed.length],
          line: l.index,
          value: null,
          problem: 'text',
        });
        continue;
      }
      const fieldToks = fieldTokens(f.text, f.start, l.index, true);
      tokens.push(...fieldToks);
      seenFilled = true;
      if (fieldToks.some((t) => t.kind === 'value')) seenValue = true;
    }
  }
  return tokens;
};
