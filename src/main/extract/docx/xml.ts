// A small XML parser for the parts of a .docx: elements, attributes, text; no DTD, no entities
// beyond the predefined ones (so no entity expansion attack), namespace prefixes made canonical.

export interface XmlElement {
  /** Qualified name with the canonical prefix of its namespace, e.g. "w:p". */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Canonical prefixes of the namespaces we read, whatever prefix a writer chose. */
const CANONICAL: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'urn:schemas-microsoft-com:vml': 'v',
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeEntities = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
        if (e[0] === '#') {
          const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        return ENTITIES[e] ?? m;
      });

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Thrown on input that is not well-formed enough to read, or past one of the limits. */
export class XmlError extends Error {
  constructor(
    message: string,
    /** The limit exceeded, when it is one. */
    readonly limit?: { kind: 'elements' | 'depth'; max: number },
  ) {
    super(message);
  }
}

export interface XmlLimits {
  /**
   * Most elements held in memory: a 300-page report has a few hundred thousand; millions of
   * empty paragraphs are a zip bomb that fits the byte limit.
   */
  maxElements: number;
  /**
   * Deepest nesting: the tree is walked recursively, and tables nested thousands deep would
   * overflow the stack; a report's tables nest a few levels.
   */
  maxDepth: number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 1_000_000, maxDepth: 256 };

/** Parses an XML document into its root element. */
export const parseXml = (xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement =>
  parse(xml, limits, (s) => s);

const utf8 = new TextDecoder('utf-8');
const NON_ASCII = /[^\u0000-\u007f]/; // eslint-disable-line no-control-regex

/**
 * Parses an XML part from its bytes. UTF-8 (the usual case) is read as Latin-1, one char per
 * byte, which is several times faster to make than UTF-16 text of a page with Chinese in it;
 * only the text, attribute values and names that hold non-ASCII bytes are decoded as UTF-8.
 * The result is the same as decoding the whole part first: the markup parsed is ASCII, and a
 * UTF-8 sequence (or a broken one) never holds an ASCII byte, so cutting at markup never cuts it.
 */
export const parseXmlBytes = (
  data: Uint8Array,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): XmlElement => {
  if (data[0] === 0xff && data[1] === 0xfe)
    return parseXml(new TextDecoder('utf-16le').decode(data), limits);
  // TextDecoder drops a UTF-8 byte order mark; so does this.
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  const latin1 = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  return parse(latin1, limits, (s) =>
    NON_ASCII.test(s) ? utf8.decode(Buffer.from(s, 'latin1')) : s,
  );
};

/** Characters of a plain name (w:val, xmlns:w, r:id): anything else is read the general way. */
const isNameCode = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 58) ||
  c === 95 ||
  c === 45 ||
  c === 46;
/** The ASCII characters `\s` matches. */
const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The parser over `xml`, where `raw` turns a slice of it into text (identity, or UTF-8 from
 * Latin-1). An ordinary start tag (plain names, quoted values) is scanned in one pass; any
 * other is read the general way, by `findTagEnd` and the ATTR pattern, as it always was.
 */
const parse = (xml: string, limits: XmlLimits, raw: (s: string) => string): XmlElement => {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let top = root;
  const prefixes = new Map<string, string>(); // written prefix → canonical prefix
  // Most parts write each namespace with its canonical prefix (w:, r:): then nothing is renamed.
  let asWritten = true;
  const rename = (qname: string): string => {
    if (asWritten) return qname;
    const colon = qname.indexOf(':');
    if (colon < 0) return qname;
    const canonical = prefixes.get(qname.slice(0, colon));
    return canonical ? canonical + qname.slice(colon) : qname;
  };
  const declare = (key: string, value: string): void => {
    if (key.startsWith('xmlns:') && CANONICAL[value]) {
      prefixes.set(key.slice(6), CANONICAL[value]);
      if (key.slice(6) !== CANONICAL[value]) asWritten = false;
    }
  };
  const n = xml.length;
  let i = 0;
  let count = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) top.children.push(decodeEntities(raw(xml.slice(i, textEnd))));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */ && xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (next === 33 && xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('CDATA 未结束');
      top.children.push(raw(xml.slice(lt + 9, end)));
      i = end + 3;
    } else if (next === 63 /* ? */ || next === 33) {
      // Declarations and DOCTYPE are skipped: entities they define are never expanded.
      const end = xml.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
    } else if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new XmlError('标签未结束');
      const name = rename(raw(xml.slice(lt + 2, end)).trim());
      if (stack.length <= 1) throw new XmlError('多余的结束标签');
      const open = stack.pop()!;
      top = stack[stack.length - 1]!;
      if (open.name !== name) throw new XmlError(`标签不匹配：${open.name} / ${name}`);
      i = end + 1;
    } else {
      const tag = plainTag(xml, lt, raw, declare) ?? generalTag(xml, lt, raw, declare);
      if (++count > limits.maxElements)
        throw new XmlError('元素过多', { kind: 'elements', max: limits.maxElements });
      // The root is the document node: the depth counts the elements open above this one.
      if (!tag.selfClosing && stack.length > limits.maxDepth)
        throw new XmlError('嵌套过深', { kind: 'depth', max: limits.maxDepth });
      let attrs = tag.attrs;
      if (!asWritten) {
        attrs = {};
        for (const k in tag.attrs) attrs[rename(k)] = tag.attrs[k]!;
      }
      const el: XmlElement = { name: rename(tag.name), attrs, children: [] };
      top.children.push(el);
      if (!tag.selfClosing) {
        stack.push(el);
        top = el;
      }
      i = tag.end + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`文档不完整：${stack[stack.length - 1]!.name} 未结束`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('没有根元素');
  return first;
};

/** A start tag read: its written name and attributes, and the index of its '>'. */
interface StartTag {
  name: string;
  /** As written; a repeated attribute keeps its first place and its last value. */
  attrs: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/**
 * A start tag of plain names and quoted values, `<w:p w:val="1" x = 'y'/>`, read in one scan;
 * null for anything else (non-ASCII or odd characters in a name, a value not quoted, a stray
 * '/'), which `generalTag` then reads.
 */
const plainTag = (
  xml: string,
  lt: number,
  raw: (s: string) => string,
  declare: (key: string, value: string) => void,
): StartTag | null => {
  let j = lt + 1;
  while (isNameCode(xml.charCodeAt(j))) j++;
  if (j === lt + 1) return null;
  const name = xml.slice(lt + 1, j);
  const attrs: Record<string, string> = {};
  for (;;) {
    while (isSpaceCode(xml.charCodeAt(j))) j++;
    const c = xml.charCodeAt(j);
    if (c === 62 /* > */) return { name, attrs, selfClosing: false, end: j };
    if (c === 47 /* / */)
      return xml.charCodeAt(j + 1) === 62 ? { name, attrs, selfClosing: true, end: j + 1 } : null;
    const keyStart = j;
    while (isNameCode(xml.charCodeAt(j))) j++;
    if (j === keyStart) return null;
    const key = xml.slice(keyStart, j);
    while (isSpaceCode(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61 /* = */) return null;
    j++;
    while (isSpaceCode(xml.charCodeAt(j))) j++;
    const quote = xml.charCodeAt(j);
    if (quote !== 34 && quote !== 39) return null;
    const close = xml.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close < 0) return null;
    const value = decodeEntities(raw(xml.slice(j + 1, close)));
    // A declaration counts at once; were the tag read again the general way, the same ones
    // would be made again, in the same order, before any other.
    declare(key, value);
    attrs[key] = value;
    j = close + 1;
  }
};

/** Any start tag, read as the parser always read them: up to the first unquoted '>'. */
const generalTag = (
  xml: string,
  lt: number,
  raw: (s: string) => string,
  declare: (key: string, value: string) => void,
): StartTag => {
  const end = findTagEnd(xml, lt);
  const selfClosing = xml[end - 1] === '/';
  const body = raw(xml.slice(lt + 1, selfClosing ? end - 1 : end));
  const nameEnd = body.search(/[\s/]|$/);
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = nameEnd;
  for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) {
    const value = decodeEntities(m[3] ?? m[4] ?? '');
    declare(m[1]!, value);
    attrs[m[1]!] = value;
  }
  return { name: body.slice(0, nameEnd), attrs, selfClosing, end };
};

/** The index of the '>' closing the tag opened at `lt`, skipping quoted attribute values. */
const findTagEnd = (xml: string, lt: number): number => {
  let quote = '';
  for (let j = lt + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
  }
  throw new XmlError('标签未结束');
};

/** Child elements, optionally only those named `name`. */
export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );

/** The first child element named `name`. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);

/** Follows a path of child names: `path(p, 'w:pPr', 'w:numPr')`. */
export const path = (el: XmlElement | undefined, ...names: string[]): XmlElement | undefined =>
  names.reduce<XmlElement | undefined>((e, n) => child(e, n), el);

/** The `w:val` attribute of the child at `names`, if any. */
export const val = (el: XmlElement | undefined, ...names: string[]): string | undefined =>
  path(el, ...names)?.attrs['w:val'];
