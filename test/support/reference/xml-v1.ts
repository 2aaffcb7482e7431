// The Word/OFD XML parser as it was before its rewrite for speed (issue 17), kept only so that
// test/extract/xml-equivalence.test.ts can compare the new parser with it on every input.
import type { XmlElement } from '../../../src/main/extract/docx/xml';

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
class XmlError extends Error {
  constructor(
    message: string,
    /** The limit exceeded, when it is one. */
    readonly limit?: { kind: 'elements' | 'depth'; max: number },
  ) {
    super(message);
  }
}

interface XmlLimits {
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

const DEFAULT_XML_LIMITS: XmlLimits = { maxElements: 1_000_000, maxDepth: 256 };

/** Parses an XML document into its root element. */
export const parseXmlV1 = (xml: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement => {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const prefixes = new Map<string, string>(); // written prefix → canonical prefix
  const rename = (qname: string): string => {
    const colon = qname.indexOf(':');
    if (colon < 0) return qname;
    const canonical = prefixes.get(qname.slice(0, colon));
    return canonical ? canonical + qname.slice(colon) : qname;
  };
  let i = 0;
  let count = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) stack[stack.length - 1]!.children.push(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlError('CDATA 未结束');
      stack[stack.length - 1]!.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      // Declarations and DOCTYPE are skipped: entities they define are never expanded.
      const end = xml.indexOf('>', lt);
      i = end < 0 ? xml.length : end + 1;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new XmlError('标签未结束');
      const name = rename(xml.slice(lt + 2, end).trim());
      if (stack.length <= 1) throw new XmlError('多余的结束标签');
      const open = stack.pop()!;
      if (open.name !== name) throw new XmlError(`标签不匹配：${open.name} / ${name}`);
      i = end + 1;
    } else {
      const end = findTagEnd(xml, lt);
      const selfClosing = xml[end - 1] === '/';
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const nameEnd = body.search(/[\s/]|$/);
      const attrs: Record<string, string> = {};
      ATTR.lastIndex = nameEnd;
      for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) {
        const value = decodeEntities(m[3] ?? m[4] ?? '');
        const key = m[1]!;
        if (key.startsWith('xmlns:') && CANONICAL[value])
          prefixes.set(key.slice(6), CANONICAL[value]);
        attrs[key] = value;
      }
      if (++count > limits.maxElements)
        throw new XmlError('元素过多', { kind: 'elements', max: limits.maxElements });
      // The root is the document node: the depth counts the elements open above this one.
      if (!selfClosing && stack.length > limits.maxDepth)
        throw new XmlError('嵌套过深', { kind: 'depth', max: limits.maxDepth });
      const el: XmlElement = { name: '', attrs: {}, children: [] };
      el.name = rename(body.slice(0, nameEnd));
      for (const [k, v] of Object.entries(attrs)) el.attrs[rename(k)] = v;
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) stack.push(el);
      i = end + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`文档不完整：${stack[stack.length - 1]!.name} 未结束`);
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('没有根元素');
  return first;
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
