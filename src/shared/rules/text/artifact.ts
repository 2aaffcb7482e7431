// text.artifact: leftovers of a format conversion — Word bookmarks, Markdown marks, a page number
// pasted into the middle of a sentence. One finding per kind, listing every place.
import type { Span } from '../../model/schema';
import type { ParsedDocument } from '../../parser/types';
import { splitLines } from '../../text/lines';
import { defineRule } from '../types';
import { countByPlace, excerpt, inTable, listSome } from '../support/prose';

/** A place to show for a removed artifact: the few characters it stood before (or after). */
const spanNear = (text: string, at: number): Span => {
  const nl = text.indexOf('\n', at);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineEnd > at) return [at, Math.min(lineEnd, at + 6)];
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return [Math.max(lineStart, at - 6), at];
};

/** A bold mark, removed by normalization (zero width) or left split by a line wrap ("*\n*"). */
interface Mark {
  start: number;
  end: number;
}

/** "**" broken over a PDF line: the normalizer only removes it whole. */
const SPLIT_BOLD = /(?<!\*)\*[ \t]*\n[ \t]*\*(?!\*)/g;

/** `**一是**`: pairs of bold marks on one line give the emphasized words as the place. */
const markdownSpans = (text: string, marks: readonly Mark[]): Span[] => {
  const spans: Span[] = [];
  for (let i = 0; i < marks.length; i++) {
    const a = marks[i]!;
    const b = marks[i + 1];
    if (b && b.start > a.end && !text.slice(a.end, b.start).includes('\n')) {
      spans.push([a.end, b.start]);
      i++;
    } else spans.push(a.end > a.start ? [a.start, a.end] : spanNear(text, a.start));
  }
  return spans;
};

/** A Markdown list or heading mark at a line start: "- （一）…", "## 一、总体情况". */
const MARKDOWN_LINE =
  /^(?:[-*+][ \t]+(?=[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}[、.．]|\d{1,2}[、.．])|#{1,6}[ \t]+(?=\S))/gm;

const SENTENCE_END = /[。！？!?；;：:”’）)」』…]$/;

/**
 * True when the prose is wrapped at a page width, as text from a PDF is: most long lines stop
 * in mid-sentence. There a page number between two halves of a sentence is normal pagination;
 * in text with one line per paragraph (Word, plain text) it was pasted in.
 */
const isWrapped = (doc: ParsedDocument): boolean => {
  let long = 0;
  let open = 0;
  for (const line of splitLines(doc.report.text)) {
    const t = line.text.trim();
    // Prose lines only: headings and the title have no ，。； inside.
    if (t.length < 20 || !/[，。；]/.test(t) || t.includes('\t') || inTable(doc, line.start))
      continue;
    long++;
    if (!SENTENCE_END.test(t)) open++;
  }
  return long >= 3 && open / long >= 0.5;
};

/** True when the break at `at` (where a page number was removed) runs through a sentence. */
const splitsSentence = (doc: ParsedDocument, at: number): boolean => {
  const text = doc.report.text;
  let last = at - 1; // the last character written before the page number
  while (last >= 0 && /\s/.test(text[last]!)) last--;
  let next = at; // the first character after it
  while (next < text.length && /\s/.test(text[next]!)) next++;
  if (last < 0 || next >= text.length || inTable(doc, last) || inTable(doc, next)) return false;
  if (SENTENCE_END.test(text[last]!)) return false;
  const after = text.slice(next, next + 4);
  return /^[\u4e00-\u9fff，、]/.test(after) && !/^[一二三四五六七八九十]+[、.．]/.test(after);
};

export const artifact = defineRule({
  meta: {
    id: 'text.artifact',
    category: 'text',
    severity: 'info',
    title: '格式转换残留',
    description:
      '文档转换留下的标记，如 Word 书签“[bookmark: _GoBack]”、Markdown 加粗符号“**”或行首列表符号“- ”、插在句子中间的页码。审查文本已略去书签、加粗符号和页码，原文件中应删除。',
  },
  check(ctx) {
    const { text, doc } = ctx;
    const notes = doc.norm.notes;
    const bookmarks = notes.filter((n) => n.kind === 'bookmark');
    if (bookmarks.length > 0) {
      const kinds = [...new Set(bookmarks.map((n) => n.raw))];
      const names = listSome(
        kinds.map((r) => `「${r}」`),
        3,
        '种',
      );
      const spans = bookmarks.map((n) => spanNear(text, n.at));
      ctx.report({
        message: `文中有 ${bookmarks.length} 处 Word 书签标记${names}（${countByPlace(
          doc,
          spans.map((s) => s[0]),
        )}，如「${excerpt(text, spans[0]![0], spans[0]![1])}」之前），是文档转换残留`,
        spans,
        actual: listSome(kinds, 3, '种'),
        suggestion: '删除原文件中的书签标记文字',
      });
    }
    const bold = notes.filter((n) => n.kind === 'markdown');
    const split = [...text.matchAll(SPLIT_BOLD)].filter((m) => !inTable(doc, m.index));
    const marks: Mark[] = [
      ...bold.map((n) => ({ start: n.at, end: n.at })),
      ...split.map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ].sort((a, b) => a.start - b.start);
    const lineMarks = [...text.matchAll(MARKDOWN_LINE)].filter((m) => !inTable(doc, m.index));
    if (marks.length + lineMarks.length > 0) {
      const boldSpans = markdownSpans(text, marks);
      const spans = [
        ...boldSpans,
        ...lineMarks.map((m): Span => [m.index, m.index + m[0].length]),
      ].sort((a, b) => a[0] - b[0]);
      const kinds = [
        marks.length > 0 ? `加粗符号「**」${boldSpans.length} 处` : '',
        lineMarks.length > 0
          ? `行首列表或标题符号「${lineMarks[0]![0].trim()}」${lineMarks.length} 处`
          : '',
      ].filter(Boolean);
      ctx.report({
        message: `文中有 Markdown 格式标记残留：${kinds.join('，')}（${countByPlace(
          doc,
          spans.map((s) => s[0]),
        )}），是文档转换残留`,
        spans,
        actual: [
          ...new Set([...(marks.length > 0 ? ['**'] : []), ...lineMarks.map((m) => m[0].trim())]),
        ].join(' '),
        suggestion: '删除原文件中的「**」「- 」「#」等 Markdown 符号，改用 Word 的格式设置',
      });
    }
    const pageNotes = notes.filter((n) => n.kind === 'page-number');
    const pages =
      pageNotes.length > 0 && !isWrapped(doc)
        ? pageNotes.filter((n) => splitsSentence(doc, n.at))
        : [];
    if (pages.length > 0) {
      const spans = pages.map((n) => spanNear(text, n.at));
      ctx.report({
        message: `有 ${pages.length} 处页码（${listSome(pages.map((n) => `「${n.raw}」`))}）插在句子中间（${countByPlace(
          doc,
          spans.map((s) => s[0]),
        )}，如「${excerpt(text, spans[0]![0], spans[0]![1])}」之前），是从 PDF 复制或转换时带入的`,
        spans,
        actual: listSome([...new Set(pages.map((n) => n.raw))], 3, '种'),
        suggestion: '删除句子中间的页码，并把被页码隔开的句子连接起来',
      });
    }
  },
});
