// Recognizes a file's format from its content (never from its name alone).
import { isWordPackage } from './docx';
import { readZipDirectory, unpackEntry } from './docx/zip';
import { isOfdPackage } from './ofd';

export type SniffedKind =
  | 'docx'
  | 'pdf'
  /** An OFD package (GB/T 33190): a zip with OFD.xml. */
  | 'ofd'
  /** A Word 97-2003 (.doc) or WPS (.wps) binary document. */
  | 'doc'
  /** An Office file saved with an opening password (OLE-wrapped, encrypted package). */
  | 'encrypted-office'
  | 'rtf'
  | 'odt'
  /** A web page (.html/.htm, XHTML). */
  | 'html'
  /** A single-file web page (.mht/.mhtml): a MIME message holding the page. */
  | 'mht'
  /** A Word 2003 XML document (WordprocessingML), which LibreOffice converts. */
  | 'word-xml'
  /** A zip that is not a Word document: spreadsheet, presentation, archive. */
  | 'other-zip'
  /** Something that starts like a zip but whose directory cannot be read. */
  | 'broken-zip'
  /** The same, with an OFD.xml entry among its local headers: an OFD cut short. */
  | 'broken-ofd'
  | 'other-office'
  | 'image'
  /** Anything else: decoded as text, or rejected as binary. */
  | 'text';

const starts = (b: Uint8Array, sig: ReadonlyArray<number>, at = 0): boolean =>
  sig.every((x, i) => b[at + i] === x);

/** Bytes as characters of the same codes (Latin-1), as String.fromCharCode would give them. */
const ascii = (b: Uint8Array, from: number, to: number): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString(
    'latin1',
    from,
    Math.min(to, b.length),
  );

/** UTF-16LE stream names inside an OLE compound file tell Word from Excel and from encryption. */
const oleKind = (b: Uint8Array): SniffedKind => {
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 1 << 20)).toString('utf16le');
  if (head.includes('EncryptedPackage')) return 'encrypted-office';
  if (head.includes('WordDocument')) return 'doc';
  return 'other-office';
};

/** A local file header (PK\x03\x04, 30 bytes) naming `name` somewhere in a zip's bytes. */
const hasLocalEntry = (b: Uint8Array, name: string): boolean => {
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  for (let at = buf.indexOf(name); at >= 30; at = buf.indexOf(name, at + 1)) {
    if (starts(b, [0x50, 0x4b, 0x03, 0x04], at - 30) && buf.readUInt16LE(at - 4) === name.length)
      return true;
  }
  return false;
};

const zipKind = (b: Uint8Array): SniffedKind => {
  let entries;
  try {
    entries = readZipDirectory(b);
  } catch {
    return hasLocalEntry(b, 'OFD.xml') ? 'broken-ofd' : 'broken-zip';
  }
  if (isWordPackage(entries)) return 'docx';
  if (isOfdPackage(entries.map((e) => e.name))) return 'ofd';
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype) {
    try {
      const type = new TextDecoder().decode(unpackEntry(b, mimetype, 200));
      if (type.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
    } catch {
      // an unreadable mimetype: not a document we know
    }
  }
  return 'other-zip';
};

/** The format of a file's bytes. */
export const sniff = (b: Uint8Array): SniffedKind => {
  if (starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06])) return zipKind(b);
  // The PDF header may follow a little junk (the specification allows up to 1024 bytes).
  if (ascii(b, 0, 1024).includes('%PDF-')) return 'pdf';
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return oleKind(b);
  if (ascii(b, 0, 5) === '{\\rtf') return 'rtf';
  if (
    starts(b, [0x89, 0x50, 0x4e, 0x47]) ||
    starts(b, [0xff, 0xd8, 0xff]) ||
    ascii(b, 0, 4) === 'GIF8' ||
    starts(b, [0x49, 0x49, 0x2a, 0x00]) ||
    starts(b, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') ||
    (ascii(b, 0, 2) === 'BM' && b.length > 26 && b[14] !== undefined && b[14] >= 12 && b[14] <= 124)
  ) {
    return 'image';
  }
  // A page saved as "Unicode" by Windows tools is UTF-16 with a BOM.
  const utf16 = starts(b, [0xff, 0xfe]) ? 'utf-16le' : starts(b, [0xfe, 0xff]) ? 'utf-16be' : null;
  const head = (utf16 ? new TextDecoder(utf16).decode(b.subarray(0, 4096)) : ascii(b, 0, 2048))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^mime-version:/m.test(head.slice(0, 1200)) && /^[a-z-]+:/.test(head)) return 'mht';
  if (head.startsWith('<?xml') && /w:worddocument|progid="word\.document"/.test(head))
    return 'word-xml';
  if (
    /^<(?:!doctype html|html|head|body|meta)[\s>]/.test(head) ||
    (head.startsWith('<?xml') && head.includes('<html')) ||
    // A page saved by Internet Explorer starts with "<!-- saved from url=… -->".
    (head.startsWith('<!--') && /<html[\s>]/.test(head))
  ) {
    return 'html';
  }
  return 'text';
};
