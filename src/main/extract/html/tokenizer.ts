// A tolerant HTML tokenizer: start tags with attributes, end tags and text, in one linear pass.
// Comments, doctypes, processing instructions and Word's `<![if …]>` marks are skipped; the
// content of script, style and the other raw-text elements is passed over unread.
import { decodeEntities } from './entities';

export type Token =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string };

/** Elements whose content is not markup: it runs to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'iframe']);

/** An end tag at a given position (sticky), its name up to 64 characters. */
const END_TAG = /<\/([a-zA-Z][^\s/>]{0,63})[^>]{0,256}>/y;

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const parseAttrs = (source: string): Record<string, string> => {
  const attrs: Record<string, string> = {};
  if (source.trim() === '' || source.trim() === '/') return attrs;
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (name in attrs) continue; // the first of duplicate attributes wins
    attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
};

/** The end of a tag opened at `from`: the first '>' outside quotes, or -1. */
const tagEnd = (html: string, from: number): number => {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Quotes only open an attribute value right after '=' (spaces allowed between).
      let j = i - 1;
      while (j > from && (html[j] === ' ' || html[j] === '\t' || html[j] === '\n')) j--;
      if (html[j] === '=') quote = c;
    } else if (c === '>') return i;
  }
  return -1;
};

/** Calls `emit` for each token of the page, in order. */
export const tokenize = (html: string, emit: (token: Token) => void): void => {
  let i = 0;
  const n = html.length;
  const text = (to: number): void => {
    if (to > i) emit({ type: 'text', text: decodeEntities(html.slice(i, to)) });
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (html.startsWith('<!--', lt)) {
      text(lt);
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // <!DOCTYPE>, <![CDATA[…]]>, <![if !supportLists]>, <?xml …?>: markup declarations.
      text(lt);
      const cdata = html.startsWith('<![CDATA[', lt);
      const close = cdata ? html.indexOf(']]>', lt) : html.indexOf('>', lt);
      if (cdata && close >= 0) emit({ type: 'text', text: html.slice(lt + 9, close) });
      i = close < 0 ? n : close + (cdata ? 3 : 1);
      continue;
    }
    if (next === 47 /* / */) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(html);
      if (m) {
        text(lt);
        emit({ type: 'end', name: m[1]!.toLowerCase() });
        i = lt + m[0].length;
        continue;
      }
    }
    if (!isLetter) {
      // A '<' that opens no tag is text ("a < b").
      text(lt + 1);
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end < 0) {
      text(n);
      i = n;
      break;
    }
    text(lt);
    const inner = html.slice(lt + 1, end);
    const nameEnd = inner.search(/[\s/]|$/);
    const name = inner.slice(0, nameEnd).toLowerCase();
    const selfClosing = inner.endsWith('/');
    emit({ type: 'start', name, attrs: parseAttrs(inner.slice(nameEnd)), selfClosing });
    i = end + 1;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
      closing.lastIndex = i;
      const close = closing.exec(html)?.index ?? -1;
      if ((name === 'title' || name === 'textarea') && close > i) {
        // Escapable raw text: its characters are text, tags inside are not tags.
        emit({ type: 'text', text: decodeEntities(html.slice(i, close)) });
      }
      if (close < 0) {
        i = n;
      } else {
        const gt = html.indexOf('>', close);
        i = gt < 0 ? n : gt + 1;
      }
      emit({ type: 'end', name });
    }
  }
  text(n);
};
