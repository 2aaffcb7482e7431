// Test-side source map of a .docx (until the Word extractor lands): raw text with one line per
// body paragraph and per table row (cells tab-separated), and a segment per paragraph and cell.
// Written independently of src/main/export/docx-xml.ts so that it can check it.
import JSZip from 'jszip';
import type { SourceSegment } from '../../../src/shared/model/source';

export interface DocxSource {
  raw: string;
  segments: SourceSegment[];
  /** Body paragraphs read (tables excluded). */
  paragraphs: number;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of a paragraph's XML: its w:t contents and tabs. */
export const paragraphText = (p: string): string =>
  [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : unescape(m[1] ?? '')))
    .join('');

const BLOCK = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;

export interface DocxSourceOptions {
  /** Leave out empty body paragraphs, as an HTML-based extractor would (indexes then shift). */
  dropEmptyParagraphs?: boolean;
}

/** Reads document.xml of the sample and builds the raw text and its segments. */
export const docxSource = async (
  bytes: Uint8Array,
  options: DocxSourceOptions = {},
): Promise<DocxSource> => {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>'));
  const lines: string[] = [];
  const segments: SourceSegment[] = [];
  let offset = 0;
  let paragraph = 0;
  let table = 0;
  const push = (text: string, loc: SourceSegment['loc'] | null): void => {
    if (loc && text.length > 0) segments.push({ start: offset, end: offset + text.length, loc });
    offset += text.length;
  };
  for (const m of body.matchAll(BLOCK)) {
    const block = m[0];
    if (block.startsWith('<w:tbl>')) {
      let row = 0;
      for (const tr of block.matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)) {
        const cells = [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) =>
          [...tc[0].matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join(''),
        );
        cells.forEach((text, cell) => {
          if (cell > 0) push('\t', null);
          push(text, { kind: 'cell', table, row, cell });
        });
        lines.push(cells.join('\t'));
        push('\n', null);
        row++;
      }
      table++;
      continue;
    }
    const text = paragraphText(block);
    const index = paragraph++;
    if (options.dropEmptyParagraphs && text.trim() === '') continue;
    push(text, { kind: 'paragraph', index });
    lines.push(text);
    push('\n', null);
  }
  return { raw: lines.join('\n') + '\n', segments, paragraphs: paragraph };
};
