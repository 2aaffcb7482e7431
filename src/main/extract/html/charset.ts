// Decodes a page's bytes. What decodes wins over what is declared: a BOM, then strict UTF-8,
// then the declared charset (MIME header or <meta>), then GB18030 — pages saved from Chinese
// sites often declare gb2312 and hold UTF-8, or the reverse. A declaration that lied is noted.
import { decodeText } from '../decode';

export interface DecodedPage {
  text: string;
  encoding: string;
  note: string | null;
}

/** The charset a page declares in its first bytes: <meta charset> or http-equiv content. */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString(
    'latin1',
  );
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
};

/** The WHATWG name of a label, or null when the platform does not know it. */
const canonical = (label: string): string | null => {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
};

/** GBK, GB2312 and GB18030 are one family (GB18030 reads all of them). */
const family = (encoding: string): string =>
  /^(gbk|gb18030|gb2312)$/.test(encoding) ? 'gb18030' : encoding;

/**
 * Decodes with the charsets declared (first the most specific, e.g. the MIME part's, then the
 * page's <meta>); returns null for binary content that no charset reads.
 */
export const decodePage = (
  bytes: Uint8Array,
  declared: ReadonlyArray<string | null | undefined>,
): DecodedPage | null => {
  const stated = declared.map((d) => (d ? canonical(d) : null)).find((d) => d) ?? null;
  const result = decodeText(bytes);
  if (result.ok) {
    let { text, encoding } = result;
    // A declared charset other than UTF-8 and GB (Big5, Shift_JIS) is tried before GB18030.
    if (encoding === 'gb18030' && stated && family(stated) !== 'gb18030' && stated !== 'utf-8') {
      try {
        text = new TextDecoder(stated, { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n');
        encoding = stated;
      } catch {
        // the declaration does not fit either: GB18030 it is
      }
    }
    const ascii = bytes.every((b) => b < 0x80);
    const lied =
      stated !== null &&
      !ascii &&
      family(stated) !== family(encoding) &&
      !encoding.startsWith('utf-16');
    const note = lied
      ? `网页声明的编码（${stated!.toUpperCase()}）与内容不符，已按 ${encoding.toUpperCase()} 读取，请核对文字是否正确。`
      : result.note;
    return { text, encoding, note };
  }
  return null;
};
