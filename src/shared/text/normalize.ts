// Normalization of extracted text into `report.text`, keeping a map back to the raw offsets.
// Deliberately light: the text is what the reviewer sees, so only noise is changed or removed.
// Brackets keep their width here (text.punctuation needs to see mixed widths); matchers in
// the parser accept both widths instead.

/** Something normalization removed, kept so that a rule can still point at it. */
export interface NormalizationNote {
  kind: 'bookmark' | 'markdown' | 'page-number';
  /** The removed raw text. */
  raw: string;
  /** Offset in the normalized text where it stood. */
  at: number;
}

export interface NormalizedText {
  text: string;
  /** origin[i] = raw offset of text[i]; origin[text.length] = raw.length. */
  origin: Int32Array;
  notes: NormalizationNote[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

/** Spaces other than tab that extraction leaves: NBSP, ideographic, thin, zero-width... */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;

/** Full-width ASCII digits become ASCII (the only width change made to the text). */
const halfDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c;
};

/** A line that is only page furniture: "- 4 -", "— 12 —", "第 3 页 共 9 页", "3/9". */
const PAGE_NUMBER_LINE =
  /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;

/**
 * Where normalization may change something: an artifact's first characters, a zero-width or
 * space-like character, a space, a full-width digit. Everything else is copied unchanged.
 */
const SPECIAL =
  /\[bookmark:|\*\*|[\u200b-\u200d\u2060\ufeff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 \uff10-\uff19]/g;

const INLINE_ARTIFACTS: ReadonlyArray<{ kind: NormalizationNote['kind']; re: RegExp }> = [
  { kind: 'bookmark', re: /\[bookmark:[^\]\n]{0,80}\]/y },
  { kind: 'markdown', re: /\*\*/y },
];

/**
 * The normalized text as it is built: runs of raw text copied as slices (not one character at a
 * time), with the raw offset of every character.
 */
class Builder {
  private readonly parts: string[] = [];
  private origins = new Int32Array(1024);
  private size = 0;
  private lastChar: string | undefined = undefined;

  private room(n: number): void {
    if (this.size + n <= this.origins.length) return;
    const grown = new Int32Array(Math.max(this.origins.length * 2, this.size + n));
    grown.set(this.origins.subarray(0, this.size));
    this.origins = grown;
  }
  push(c: string, rawIndex: number): void {
    this.room(1);
    this.parts.push(c);
    this.origins[this.size++] = rawIndex;
    this.lastChar = c;
  }
  /** Copies raw[from, to) unchanged: each character keeps its own raw offset. */
  pushRun(raw: string, from: number, to: number): void {
    if (to <= from) return;
    this.room(to - from);
    this.parts.push(raw.slice(from, to));
    for (let i = from; i < to; i++) this.origins[this.size++] = i;
    this.lastChar = raw[to - 1];
  }
  get length(): number {
    return this.size;
  }
  last(): string | undefined {
    return this.lastChar;
  }
  /** Drops trailing spaces (not tabs) of the current line. */
  trimLineEnd(): void {
    while (this.lastChar === ' ') {
      const part = this.parts.pop()!;
      const kept = part.slice(0, -1);
      if (kept !== '') this.parts.push(kept);
      this.size--;
      const prev = this.parts[this.parts.length - 1];
      this.lastChar = prev === undefined ? undefined : prev[prev.length - 1];
    }
  }
  finish(rawLength: number): { text: string; origin: Int32Array } {
    const origin = new Int32Array(this.size + 1);
    origin.set(this.origins.subarray(0, this.size));
    origin[this.size] = rawLength;
    return { text: this.parts.join(''), origin };
  }
}

/** Splits raw text into lines with their raw start offsets, treating \r\n, \r and \n alike. */
const rawLines = (raw: string): Array<{ start: number; end: number; next: number }> => {
  const lines: Array<{ start: number; end: number; next: number }> = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    // A form feed (page break) or vertical tab ends a line like a newline does.
    if (c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      const next = c === '\r' && raw[i + 1] === '\n' ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: raw.length, next: raw.length });
  return lines;
};

/**
 * Normalizes extracted text: unified newlines, ASCII digits, plain spaces, no spaces between
 * two Han characters ("规 章"), no conversion artifacts or page-number lines; each line is
 * trimmed of spaces (tabs are kept: they separate table cells).
 */
export const normalizeText = (raw: string): NormalizedText => {
  const out = new Builder();
  const notes: NormalizationNote[] = [];
  const lines = rawLines(raw);
  lines.forEach((line, index) => {
    const content = raw.slice(line.start, line.end);
    if (PAGE_NUMBER_LINE.test(content)) {
      notes.push({ kind: 'page-number', raw: content.trim(), at: out.length });
      return; // the whole line, with its newline, is furniture
    }
    let pendingSpace = -1; // raw index of a space run not yet written
    let lineHasContent = false;
    /** Before the next character `c` is written: the space run before it, if it is kept. */
    const spaceBefore = (c: string): void => {
      if (pendingSpace < 0) return;
      // A space between two Han characters is a gap inside a word ("规 章"); tabs are cells.
      const keep = lineHasContent && !(isHan(out.last()) && isHan(c)) && out.last() !== '\t';
      if (keep && c !== '\t') out.push(' ', pendingSpace);
      pendingSpace = -1;
    };
    let i = line.start;
    while (i < line.end) {
      // Characters up to the next one normalization may change are copied as they are.
      // (Searched in the line only: a search through the rest of the text would be quadratic.)
      SPECIAL.lastIndex = i - line.start;
      const found = SPECIAL.exec(content);
      const stop = found ? line.start + found.index : line.end;
      if (stop > i) {
        spaceBefore(raw[i]!);
        out.pushRun(raw, i, stop);
        lineHasContent = true;
        i = stop;
        continue;
      }
      const first = raw[i];
      if (first === ' ') {
        // A run of plain spaces at once (layout text is half spaces).
        if (pendingSpace < 0) pendingSpace = i;
        while (i < line.end && raw[i] === ' ') i++;
        continue;
      }
      let artifact = false;
      for (const { kind, re } of first === '[' || first === '*' ? INLINE_ARTIFACTS : []) {
        re.lastIndex = i;
        const m = re.exec(raw);
        if (m) {
          notes.push({ kind, raw: m[0], at: out.length });
          i += m[0].length;
          artifact = true;
          break;
        }
      }
      if (artifact) continue;
      let c = raw[i]!;
      if (ZERO_WIDTH.test(c)) {
        i++;
        continue;
      }
      if (SPACE_LIKE.test(c)) c = ' ';
      if (c === ' ') {
        if (pendingSpace < 0) pendingSpace = i;
        i++;
        continue;
      }
      c = halfDigit(c);
      spaceBefore(c);
      out.push(c, i);
      lineHasContent = true;
      i++;
    }
    out.trimLineEnd();
    if (index < lines.length - 1) out.push('\n', line.end);
  });
  const { text, origin } = out.finish(raw.length);
  return { text, origin, notes };
};

/** Maps a range of the normalized text back to the raw text. */
export const toRawRange = (
  norm: { text: string; origin: ArrayLike<number> },
  start: number,
  end: number,
): [number, number] => {
  const s = norm.origin[Math.min(start, norm.text.length)]!;
  const e = end > start ? norm.origin[Math.min(end - 1, norm.text.length)]! + 1 : s;
  return [s, Math.max(s, e)];
};
