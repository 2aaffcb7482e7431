// Decodes a text file's bytes: BOM → strict UTF-8 → GB18030, as Chinese Windows editors save.

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Set when the file needed more than the usual reading, e.g. a BOM that lied. */
      note: string | null;
    }
  | { ok: false; reason: 'binary' };

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** Control bytes other than tab, LF, CR, FF, ESC: text files do not have them. */
const looksBinary = (text: string): boolean => {
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return bad > Math.max(4, n * 0.01);
};

/**
 * Characters a Chinese report is written in: ASCII, Latin-1, general and CJK punctuation,
 * common CJK ideographs, full-width forms. Bytes decoded with the wrong encoding (GB18030 read
 * as UTF-16) land mostly elsewhere: private use, Hangul, rare ideographs, surrogates.
 */
const plausible = (text: string): boolean => {
  const n = Math.min(text.length, 65536);
  let common = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 0x250 ||
      (c >= 0x2000 && c < 0x2700) ||
      (c >= 0x3000 && c < 0x3100) ||
      (c >= 0x4e00 && c < 0xa000) ||
      (c >= 0xfe30 && c < 0xfe50) ||
      (c >= 0xff00 && c < 0xfff0)
    )
      common++;
  }
  return n === 0 || common >= n * 0.9;
};

/** `cut`: a last character whose bytes were cut off (a file truncated) is left out, not an error. */
const tryDecode = (label: string, bytes: Uint8Array, cut = false): string | null => {
  try {
    const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    const text = decoder.decode(bytes, { stream: cut });
    return looksBinary(text) ? null : text;
  } catch {
    return null;
  }
};

/**
 * UTF-8 with a few bytes damaged (a copy or download that went wrong): each bad sequence shown
 * as U+FFFD, as long as they are few (one in a thousand characters, at least 16 allowed) and the
 * rest reads as a Chinese report. Null otherwise.
 */
const damagedUtf8 = (bytes: Uint8Array): { text: string; bad: number } | null => {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad === 0 || bad > Math.max(16, text.length / 1000)) return null;
  if (looksBinary(text.replace(/\uFFFD/g, '')) || !plausible(text)) return null;
  return { text, bad };
};

const CUT_NOTE =
  '文件结尾的最后一个字不完整（文件可能在下载或复制时被截断），内容可能缺失，请对照原文件核对。';
const damagedNote = (bad: number): string =>
  `文件中有 ${bad} 处字节不是有效的文字编码（文件可能已损坏），已显示为“\uFFFD”，请对照原文件核对这些位置。`;

const BOMS: Array<{ sig: number[]; label: string }> = [
  { sig: [0xef, 0xbb, 0xbf], label: 'utf-8' },
  { sig: [0xff, 0xfe], label: 'utf-16le' },
  { sig: [0xfe, 0xff], label: 'utf-16be' },
];

const done = (text: string, encoding: string, note: string | null): DecodeResult => ({
  ok: true,
  text: text.replace(/\r\n?/g, '\n'),
  encoding,
  note,
});

/** Detects the encoding (not assumed from the extension) and decodes. */
export const decodeText = (bytes: Uint8Array): DecodeResult => {
  const bom = BOMS.find((b) => startsWith(bytes, b.sig));
  let body = bytes;
  if (bom) {
    body = bytes.subarray(bom.sig.length);
    const text = tryDecode(bom.label, body);
    if (text !== null && plausible(text)) return done(text, bom.label, null);
  }
  // No BOM, or a BOM that lies (a GB18030 file saved with a UTF-8 or UTF-16 mark).
  const lied = bom
    ? `文件开头的编码标记（${bom.label.toUpperCase()} BOM）与内容不符，已按实际编码读取，请核对文字是否正确。`
    : null;
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== null) return done(utf8, 'utf-8', lied);
  const gb = tryDecode('gb18030', body);
  if (gb !== null && plausible(gb)) return done(gb, 'gb18030', lied);
  const utf16 = bom ? null : unmarkedUtf16(body);
  if (utf16) return done(utf16.text, utf16.label, null);
  // A text file cut short in the middle of a character, or with a few damaged bytes: read, with
  // a note, rather than refused as "not a text file".
  const cutUtf8 = tryDecode('utf-8', body, true);
  if (cutUtf8 !== null) return done(cutUtf8, 'utf-8', CUT_NOTE);
  const cutGb = tryDecode('gb18030', body, true);
  if (cutGb !== null && plausible(cutGb)) return done(cutGb, 'gb18030', CUT_NOTE);
  const damaged = damagedUtf8(body);
  if (damaged) return done(damaged.text, 'utf-8', damagedNote(damaged.bad));
  return { ok: false, reason: 'binary' };
};

/**
 * UTF-16 saved without a BOM: its ASCII characters (digits, newlines) leave zero bytes at odd
 * offsets (little-endian) or even ones (big-endian); a few Han characters (U+4E00 一) leave one
 * on the other side, so the side with far more zeros tells the byte order.
 */
const unmarkedUtf16 = (b: Uint8Array): { text: string; label: string } | null => {
  let odd = 0;
  let even = 0;
  const n = Math.min(b.length, 65536) & ~1;
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const [more, less] = odd > even ? [odd, even] : [even, odd];
  if (more < n / 100 || less * 8 > more) return null;
  const label = odd > even ? 'utf-16le' : 'utf-16be';
  const text = tryDecode(label, b);
  return text !== null && plausible(text) ? { text, label } : null;
};
