// Builds a small element tree from the tokens, with the end tags pages leave out implied the way
// browsers imply them (an open <p> closed by a block, <td> by the next cell, <tr> by the next
// row), and a depth limit: past it, elements are flattened into the deepest one (a page nested
// 10^5 deep is read, not overflowed).
import { tokenize } from './tokenizer';

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

/** Most elements read from one page: a real page has tens of thousands, a bomb millions. */
export const MAX_ELEMENTS = 300_000;

/** Thrown when a page has more than MAX_ELEMENTS elements. */
export class TooManyElements extends Error {}

/** Deeper elements are not nested any further (their text is kept). */
export const MAX_DEPTH = 200;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont frame keygen'.split(
    ' ',
  ),
);

/** Start tags that close an open <p> (HTML's "close a p element"). */
const CLOSES_P = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section summary table ul li dd dt'.split(
    ' ',
  ),
);

/** Inline elements an open <p> may sit under when a block start tag closes it. */
const PHRASING = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q rp rt ruby s samp small span strike strong sub sup time tt u var o:p st1:chsdate'.split(
    ' ',
  ),
);

/** Elements an end tag does not look past for its start (HTML's scope boundaries). */
const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'object', 'template']);

/** For a start tag, the open elements it closes first, up to (not past) the boundaries given. */
const IMPLIED_LIST: Record<string, { closes: string[]; stopAt: string[] }> = {
  li: { closes: ['li'], stopAt: ['ul', 'ol', 'menu', 'table', 'td', 'th'] },
  dt: { closes: ['dt', 'dd'], stopAt: ['dl', 'table', 'td', 'th'] },
  dd: { closes: ['dt', 'dd'], stopAt: ['dl', 'table', 'td', 'th'] },
  tr: { closes: ['tr'], stopAt: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stopAt: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr'], stopAt: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr'], stopAt: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr'], stopAt: ['table'] },
  option: { closes: ['option'], stopAt: ['select'] },
};

const IMPLIED = new Map(
  Object.entries(IMPLIED_LIST).map(([name, v]) => [
    name,
    { closes: v.closes, stopAt: new Set(v.stopAt) },
  ]),
);
const ANY_SCOPE = new Set(['html']);

/** Parses a page into its root element (a synthetic `#root` holding everything). */
export const parseHtml = (html: string, checkpoint: () => void = () => undefined): HtmlElement => {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  /** Start tags not opened because of the depth limit, by name, so their end tags are ignored. */
  const flattened = new Map<string, number>();
  let count = 0;
  let elements = 0;
  const top = (): HtmlElement => stack[stack.length - 1]!;
  const popTo = (index: number): void => {
    stack.length = index;
  };
  /** The index of the open element named `names`, searching down to a boundary, or -1. */
  const find = (names: ReadonlyArray<string>, boundaries: ReadonlySet<string>): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      const name = stack[i]!.name;
      if (names.includes(name)) return i;
      if (boundaries.has(name)) return -1;
    }
    return -1;
  };
  tokenize(html, (token) => {
    if (++count % 4096 === 0) checkpoint();
    if (token.type === 'text') {
      const children = top().children;
      const last = children[children.length - 1];
      if (typeof last === 'string') children[children.length - 1] = last + token.text;
      else children.push(token.text);
      return;
    }
    if (token.type === 'end') {
      const pending = flattened.get(token.name) ?? 0;
      if (pending > 0) {
        flattened.set(token.name, pending - 1);
        return;
      }
      if (token.name === 'br') {
        top().children.push({ name: 'br', attrs: {}, children: [] });
        return;
      }
      const boundaries = SCOPE.has(token.name) ? ANY_SCOPE : SCOPE;
      const at = find([token.name], boundaries);
      if (at > 0) popTo(at);
      return;
    }
    const { name } = token;
    if (CLOSES_P.has(name)) {
      for (let i = stack.length - 1; i > 0; i--) {
        const open = stack[i]!.name;
        if (open === 'p') {
          popTo(i);
          break;
        }
        if (!PHRASING.has(open)) break;
      }
    }
    const implied = IMPLIED.get(name);
    if (implied) {
      const at = find(implied.closes, implied.stopAt);
      if (at > 0) popTo(at);
    }
    if (++elements > MAX_ELEMENTS) throw new TooManyElements();
    const element: HtmlElement = { name, attrs: token.attrs, children: [] };
    top().children.push(element);
    if (VOID.has(name) || token.selfClosing) return;
    if (stack.length > MAX_DEPTH) {
      flattened.set(name, (flattened.get(name) ?? 0) + 1);
      return;
    }
    stack.push(element);
  });
  return root;
};
