// Reads a Markdown report (.md, or a .txt that PDF-to-Markdown tools produced): pipe tables
// become tab-separated rows with their grid, `#` heading marks and `**` emphasis are dropped,
// separator rows (`|---|`) are not text. Every written line keeps its source line number.
import type { ExtractedDocument, SourceGrid } from '../../shared/model/source';
import { pageBlocks } from './html/blocks';
import { parseHtml } from './html/tree';
import { writeTableRows } from './html/write';
import { IMAGE_LINE, TableSections } from './table-sections';
import { TextBuilder } from './text-builder';

/** `|---|:--:|`, `---|---`: the row under a pipe table's header. */
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$|^[^|]*[^\\|]\|[^|]/;
/** `## 一、总体情况`, `### (一) …` (OCR'd Markdown may omit the space after the marks). */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|(?=[^\s#]))(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** `---`, `***`, `___` alone: a thematic break. */
const RULE = /^ {0,3}(?:-[ \t]*){3,}$|^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:_[ \t]*){3,}$/;

/** Converters (MinerU, marker) write merged-cell tables as HTML inside the Markdown. */
const HTML_TABLE_START = /^\s*<table[\s>]/i;
const TABLE_OPEN = /<table[\s>]/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;
/** An HTML table longer than this many lines is not read as one (a missing end tag). */
const MAX_TABLE_LINES = 5000;

const isSeparator = (line: string): boolean =>
  line.includes('-') && SEPARATOR.test(line) && line.includes('|');

/**
 * True for Markdown: the file is named .md/.markdown, or it has a pipe table (a row followed
 * by a separator row) or an HTML table, or at least two `#` heading lines.
 */
export const isMarkdown = (text: string, name: string): boolean => {
  if (/\.(?:md|markdown)$/i.test(name)) return true;
  const lines = text.split('\n');
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isSeparator(line) && i > 0 && lines[i - 1]!.includes('|')) return true;
    if (HTML_TABLE_START.test(line) && /<\/table\s*>/i.test(text)) return true;
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(line) && ++headings >= 2) return true;
  }
  return false;
};

/** The cells of a pipe row: split on unescaped pipes, outer pipes dropped, trimmed. */
const pipeFields = (line: string): string[] => {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/).map((f) => inline(f.replace(/\\\|/g, '|')).trim());
};

/** `![alt](src)`: a picture. */
const IMAGE = /!\[[^\]\n]{0,200}\]\([^)\n]{0,2000}\)/g;
/** `[text](url)`: a link, whose text stays. */
const LINK = /(?<!!)\[([^\]\n]{1,200})\]\([^)\n]{0,2000}\)/g;

/** `**bold**` markers, pictures and link targets go; the words stay. */
const unbold = (s: string): string => s.replace(/\*\*/g, '').replace(IMAGE, '').replace(LINK, '$1');

/** A cell on one line: its `<br>` and tabs become spaces (a tab would split the row). */
const inline = (s: string): string =>
  unbold(s)
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\t/g, ' ');

/** Reads Markdown text into the parser's text, with a segment per line and a grid per table. */
export const extractMarkdown = (text: string, notes: string[]): ExtractedDocument => {
  const lines = text.split('\n');
  const out = new TextBuilder();
  const grids: SourceGrid[] = [];
  const sections = new TableSections();
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (HTML_TABLE_START.test(line)) {
      // An HTML table, to its matching end tag: read by the page reader, laid on its grid.
      let depth = 0;
      let j = i;
      for (; j < lines.length && j - i < MAX_TABLE_LINES; j++) {
        const l = lines[j]!;
        depth += (l.match(TABLE_OPEN)?.length ?? 0) - (l.match(TABLE_CLOSE)?.length ?? 0);
        if (depth <= 0) break;
      }
      const loc = { kind: 'line' as const, line: lineNo };
      for (const b of pageBlocks(parseHtml(lines.slice(i, j + 1).join('\n')))) {
        if (b.kind === 'table') grids.push(writeTableRows(out, b, () => loc));
        else for (const l of b.lines) out.line([{ text: l, loc }]);
      }
      i = j + 1;
      continue;
    }
    // A table: a header row, its separator, then the rows up to a line that is not a row.
    if (PIPE_ROW.test(line) && i + 1 < lines.length && isSeparator(lines[i + 1]!)) {
      const rows: Array<{ fields: string[]; line: number }> = [
        { fields: pipeFields(line), line: lineNo },
      ];
      let j = i + 2;
      // A row followed by a separator heads the next table: it is not this table's row.
      while (
        j < lines.length &&
        PIPE_ROW.test(lines[j]!) &&
        !isSeparator(lines[j]!) &&
        !(j + 1 < lines.length && isSeparator(lines[j + 1]!))
      ) {
        rows.push({ fields: pipeFields(lines[j]!), line: j + 1 });
        j++;
      }
      const columns = Math.max(...rows.map((r) => r.fields.length));
      const start = out.offset;
      for (const r of rows) {
        const fields = Array.from({ length: columns }, (_, c) => r.fields[c] ?? '');
        out.line(
          fields.map((f) => (f ? { text: f, loc: { kind: 'line', line: r.line } } : { text: '' })),
        );
      }
      grids.push({ start, end: out.offset - 1, columns });
      i = j;
      continue;
    }
    // The empty "line" after the text's last newline is no line.
    if (isSeparator(line) || RULE.test(line) || (line === '' && i === lines.length - 1)) {
      i++;
      continue;
    }
    // A picture alone on its line: in the table sections it stands for a table pasted as an
    // image, written as the Word reader writes it so the parser can say so; elsewhere nothing.
    if (line.trim() !== '' && line.replace(IMAGE, '').trim() === '') {
      if (sections.active) out.line([{ text: IMAGE_LINE, loc: { kind: 'line', line: lineNo } }]);
      i++;
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    const content = heading ? heading[1]! : line;
    const written = unbold(content).replace(/\s+$/, '');
    sections.observe(written);
    out.add(written, { kind: 'line', line: lineNo });
    out.newline();
    i++;
  }
  return { ...out.build('md', notes), grids };
};
