// Decodes a text file's bytes: BOM → strict UTF-8 → GB18030, as Chinese Windows editors save.

export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; reason: 'binary' };

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

const tryDecode = (label: string, bytes: Uint8Array, fatal: boolean): string | null => {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

/** Detects the encoding (not assumed from the extension) and decodes. */
export const decodeText = (bytes: Uint8Array): DecodeResult => {
  const candidates: Array<[string, Uint8Array, boolean]> = [];
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) candidates.push(['utf-8', bytes, true]);
  else if (startsWith(bytes, [0xff, 0xfe])) candidates.push(['utf-16le', bytes, true]);
  else if (startsWith(bytes, [0xfe, 0xff])) candidates.push(['utf-16be', bytes, true]);
  // A BOM that lies (a GB18030 file saved with a UTF-8 BOM) falls through to the others.
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  candidates.push(['utf-8', bytes, true], ['gb18030', body, true]);
  for (const [label, data, fatal] of candidates) {
    const text = tryDecode(label, data, fatal);
    if (text !== null && !looksBinary(text)) {
      return {
        ok: true,
        text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'),
        encoding: label,
      };
    }
  }
  return { ok: false, reason: 'binary' };
};
