// Byte budgets checked before pdf.js sees a PDF: pdf.js inflates a whole content stream or font
// into memory (a 2 MB flate bomb grows to gigabytes) and walks a page's `q` nesting in time that
// grows with its depth, so both are measured here first, with zlib's own output limit.
import { constants, inflateSync } from 'node:zlib';

export interface PdfBudget {
  /** Most bytes one stream may inflate to. */
  maxStreamBytes: number;
  /** Most bytes all streams of the file together may inflate to. */
  maxTotalBytes: number;
  /** Deepest nesting of the graphics state (`q` … `Q`) in a content stream. */
  maxNesting: number;
}

export type BudgetExceeded =
  | { limit: 'stream'; max: number }
  | { limit: 'total'; max: number }
  | { limit: 'nesting'; max: number };

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** A stream dictionary is short; a longer look back would only find another object's. */
const DICT_WINDOW = 16 * 1024;

const FLATE = /^(FlateDecode|Fl)$/;

/** The filter names of a stream dictionary, in order (`/Filter /X` or `/Filter [/X /Y]`). */
const filtersOf = (dict: string): string[] => {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict);
  if (!m) return [];
  return [...m[1]!.matchAll(/\/([^\s/[\]<>()]+)/g)].map((x) => x[1]!);
};

/** Inflates with zlib's output limit; null when the data is not zlib (pdf.js will judge it). */
const inflateWithin = (data: Uint8Array, max: number): Buffer | 'over' | null => {
  try {
    return inflateSync(data, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return null;
  }
};

const isDelimiter = (c: number | undefined): boolean =>
  c === undefined ||
  c === 0x20 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x09 ||
  c === 0x0c ||
  c === 0x00 ||
  c === 0x2f || // /
  c === 0x5b || // [
  c === 0x5d || // ]
  c === 0x3c || // <
  c === 0x3e || // >
  c === 0x28 || // (
  c === 0x29; //   )

/** The deepest `q` nesting of a content stream; strings, hex strings and names are skipped. */
export const qNesting = (ops: Uint8Array): number => {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < ops.length; i++) {
    const c = ops[i];
    if (c === 0x28) {
      // ( … ) with nested parentheses and backslash escapes
      let open = 1;
      for (i++; i < ops.length && open > 0; i++) {
        if (ops[i] === 0x5c) i++;
        else if (ops[i] === 0x28) open++;
        else if (ops[i] === 0x29) open--;
      }
      i--;
    } else if (c === 0x2f) {
      // a name (/q is a resource name, not the operator)
      while (i + 1 < ops.length && !isDelimiter(ops[i + 1])) i++;
    } else if (c === 0x3c && ops[i + 1] !== 0x3c) {
      while (i < ops.length && ops[i] !== 0x3e) i++;
    } else if ((c === 0x71 || c === 0x51) && isDelimiter(ops[i - 1]) && isDelimiter(ops[i + 1])) {
      if (c === 0x71) deepest = Math.max(deepest, ++depth);
      else depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
};

/**
 * Measures every stream of the file against the budget, returning the first limit exceeded or
 * null. Images are left out: pdf.js reads only the bytes their declared size needs (and
 * `maxImageSize` bounds that size). Streams in filters other than Flate are measured as stored.
 */
export const checkPdfBudget = (bytes: Uint8Array, budget: PdfBudget): BudgetExceeded | null => {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) continue; // "stream" inside other text
    start++;
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) break;
    const from = Math.max(0, at - DICT_WINDOW);
    const objAt = buf.lastIndexOf(OBJ, at);
    const dict = buf.toString('latin1', Math.max(from, objAt < 0 ? from : objAt), at);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    let data: Uint8Array = buf.subarray(start, end);
    const filters = filtersOf(dict);
    // Only a leading run of Flate filters is undone here; what follows is decoded by pdf.js
    // from bytes already counted.
    for (const f of filters) {
      if (!FLATE.test(f)) break;
      const room = Math.min(budget.maxStreamBytes, budget.maxTotalBytes - total);
      const out = inflateWithin(data, room + 1);
      if (out === 'over' || (out !== null && out.length > room))
        return room < budget.maxStreamBytes
          ? { limit: 'total', max: budget.maxTotalBytes }
          : { limit: 'stream', max: budget.maxStreamBytes };
      if (out === null) break;
      data = out;
    }
    total += data.length;
    if (total > budget.maxTotalBytes) return { limit: 'total', max: budget.maxTotalBytes };
    const content = !/\/(Subtype\s*\/(?!Form)|Length1|Type\s*\/(XRef|ObjStm|Metadata))/.test(dict);
    if (content && qNesting(data) > budget.maxNesting)
      return { limit: 'nesting', max: budget.maxNesting };
    at = end;
  }
  return null;
};
