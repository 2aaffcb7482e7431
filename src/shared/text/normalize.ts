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

const INLINE_ARTIFACTS: ReadonlyArray<{ kind: NormalizationNote['kind']; re: RegExp }> = [
  { kind: 'bookmark', re: /\[bookmark:[^\]\n]{0,80}\]/y },
  { kind: 'markdown', re: /\*\*/y },
];

class Builder {
  private readonly chars: string[] = [];
  private readonly origins: number[] = [];
  push(c: string, rawIndex: number): void {
    this.chars.push(c);
    this.origins.push(rawIndex);
  }
  get length(): number {
    return this.chars.length;
  }
  last(): string | undefined {
    return this.chars[this.chars.length - 1];
  }
  /** Drops trailing spaces (not tabs) of the current line. */
  trimLineEnd(): void {
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.origins.pop();
    }
  }
  finish(rawLength: number): { text: string; origin: Int32Array } {
    const origin = new Int32Array(this.origins.length + 1);
    origin.set(this.origins);
    origin[this.origins.length] = rawLength;
    return { text: this.chars.join(''), origin };
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
    for (let i = line.start; i < line.end; i++) {
      let artifact = false;
      for (const { kind, re } of INLINE_ARTIFACTS) {
        re.lastIndex = i;
        const m = re.exec(raw);
        if (m) {
          notes.push({ kind, raw: m[0], at: out.length });
          i += m[0].length - 1;
          artifact = true;
          break;
        }
      }
      if (artifact) continue;
      let c = raw[i]!;
      if (ZERO_WIDTH.test(c)) continue;
      if (SPACE_LIKE.test(c)) c = ' ';
      if (c === ' ') {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      c = halfDigit(c);
      if (pendingSpace >= 0) {
        // A space between two Han characters is a gap inside a word ("规 章"); tabs are cells.
        const keep = lineHasContent && !(isHan(out.last()) && isHan(c)) && out.last() !== '\t';
        if (keep && c !== '\t') out.push(' ', pendingSpace);
        pendingSpace = -1;
      }
      out.push(c, i);
      lineHasContent = true;
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
