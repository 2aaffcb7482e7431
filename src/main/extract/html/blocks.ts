// Walks the element tree in reading order and cuts it into blocks: a paragraph (one block
// element's text, its <br> breaks kept as lines) or a data table laid on its grid. Navigation,
// scripts, styles, forms and share buttons are not read.
import { isLayoutTable, layoutTable } from './table';
import type { HtmlElement, HtmlNode } from './tree';

export interface TextBlock {
  kind: 'text';
  /** The block element's name (h1…h6 are headings; everything else is a paragraph). */
  tag: string;
  /** The block's lines (more than one when it had <br>), trimmed, none empty. */
  lines: string[];
}
export interface TableCellText {
  text: string;
  /** The cell's index within its <tr>. */
  cell: number;
  colspan: number;
  rowspan: number;
}
export interface TableBlock {
  kind: 'table';
  /** Rows laid on the grid: a field is the cell starting there, or null (covered, missing). */
  rows: Array<Array<TableCellText | null>>;
}
export type Block = TextBlock | TableBlock;

/** Elements whose content is never the page's own text. */
const SKIPPED = new Set(
  'head script style noscript template iframe frame frameset object embed applet svg math canvas map audio video select option button textarea input nav footer'.split(
    ' ',
  ),
);

/** Elements that start and end a block of text. */
const BLOCK = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu ol p pre section summary ul caption tr td th table tbody thead tfoot #root'.split(
    ' ',
  ),
);

/**
 * Class or id words of page furniture: menus, breadcrumbs, share bars, footers. A whole word of
 * the attribute must match ("print-content" is not a share bar; "bdshare_t" is).
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare\w*|jiathis\w*|social|footer|copyright|toolbar|sidebar|qrcode|erweima|ewm)(?:$|[\s_-])/i;

const isFurniture = (el: HtmlElement): boolean =>
  FURNITURE_NAME.test(el.attrs.class ?? '') || FURNITURE_NAME.test(el.attrs.id ?? '');

/** HTML white space collapses; NBSP and the ideographic space are kept (Chinese indents). */
const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ');

/** Trims every kind of space, NBSP and ideographic ones included. */
const trimAll = (s: string): string =>
  s.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '');

/** The text of a table cell on one line: its paragraphs and breaks become spaces. */
const cellText = (td: HtmlElement, depth = 0): string => {
  const parts: string[] = [];
  const walk = (el: HtmlElement, d: number): void => {
    if (d > 400) return;
    for (const c of el.children) {
      if (typeof c === 'string') parts.push(collapse(c));
      else if (c.name === 'br' || BLOCK.has(c.name)) {
        parts.push(' ');
        if (!SKIPPED.has(c.name)) walk(c, d + 1);
        parts.push(' ');
      } else if (!SKIPPED.has(c.name) && !isFurniture(c)) walk(c, d + 1);
    }
  };
  walk(td, depth);
  return trimAll(
    parts
      .join('')
      .replace(/[\t\n]/g, ' ')
      .replace(/ {2,}/g, ' '),
  );
};

/** Cuts the tree into blocks, in reading order. */
export const pageBlocks = (
  root: HtmlElement,
  checkpoint: () => void = () => undefined,
): Block[] => {
  const blocks: Block[] = [];
  let lines: string[] = [''];
  let tag = 'p';
  let visited = 0;

  const flush = (): void => {
    const kept = lines.map(trimAll).filter((l) => l !== '');
    if (kept.length > 0) blocks.push({ kind: 'text', tag, lines: kept });
    lines = [''];
  };
  const table = (el: HtmlElement): void => {
    const rows = layoutTable(el).map((fields) =>
      fields.map((f) =>
        f
          ? {
              text: cellText(f.td),
              cell: f.cell,
              colspan: Math.max(1, Math.min(999, parseInt(f.td.attrs.colspan ?? '1', 10) || 1)),
              rowspan: Math.max(1, Math.min(999, parseInt(f.td.attrs.rowspan ?? '1', 10) || 1)),
            }
          : null,
      ),
    );
    if (rows.some((r) => r.some((f) => f && f.text !== ''))) blocks.push({ kind: 'table', rows });
  };
  const walk = (node: HtmlNode, pre: boolean): void => {
    if (++visited % 2048 === 0) checkpoint();
    if (typeof node === 'string') {
      if (pre) {
        const parts = node.split(/\r?\n/);
        lines[lines.length - 1] += parts[0]!;
        for (const p of parts.slice(1)) lines.push(p);
      } else lines[lines.length - 1] += collapse(node);
      return;
    }
    const { name } = node;
    if (SKIPPED.has(name) || isFurniture(node)) return;
    if (name === 'br') {
      lines.push('');
      return;
    }
    if (name === 'table' && !isLayoutTable(node)) {
      flush();
      table(node);
      return;
    }
    if (!BLOCK.has(name)) {
      for (const c of node.children) walk(c, pre);
      return;
    }
    flush();
    const outer = tag;
    tag = name;
    for (const c of node.children) walk(c, pre || name === 'pre');
    flush();
    tag = outer;
  };
  walk(root, false);
  return blocks;
};
