// Reads an annotated .docx back, independently of the code that wrote it: comments, their
// anchored text, and the document's text.
import JSZip from 'jszip';

export interface ReadComment {
  id: string;
  author: string;
  date: string;
  text: string;
  /** The text between commentRangeStart and commentRangeEnd (paragraphs joined with "\n"). */
  anchored: string;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of an XML fragment: w:t contents, "\n" between paragraphs. */
export const xmlText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
    .map((m) => (m[0] === '</w:p>' ? '\n' : unescape(m[1] ?? '')))
    .join('');

export interface ReadDocx {
  zip: JSZip;
  documentXml: string;
  comments: ReadComment[];
}

export const readDocx = async (bytes: Uint8Array): Promise<ReadDocx> => {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const comments = [...commentsXml.matchAll(/<w:comment\s([^>]*)>([\s\S]*?)<\/w:comment>/g)].map(
    (m) => {
      const attr = (name: string): string =>
        new RegExp(`w:${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
      const id = attr('id');
      const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      return {
        id,
        author: unescape(attr('author')),
        date: attr('date'),
        text: xmlText(m[2]!).trim(),
        anchored:
          start >= 0 && end >= start ? xmlText(documentXml.slice(start, end)) : '<no anchor>',
      };
    },
  );
  return { zip, documentXml, comments };
};

/** Non-whitespace characters only, full-width digits as ASCII (what normalization does). */
export const compact = (s: string): string =>
  s.replace(/\s+/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** True when every element closes in order (a light check; mammoth parses it fully). */
export const wellFormed = (xml: string): boolean => {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith('<?')) continue;
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
};

/** Each visible character with the formatting of its run, to prove splitting kept it. */
export const formattedChars = (xml: string): string[] =>
  [...xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)].flatMap((m) => {
    const rPr = /^<w:rPr\/>|^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1]!)?.[0] ?? '';
    return Array.from(xmlText(m[1]!)).map(
      (c) => `${c}|${rPr === '<w:rPr/>' ? '<w:rPr></w:rPr>' : rPr}`,
    );
  });

/** The XML without runs and comment markers: paragraph and table structure only. */
export const structureOnly = (xml: string): string =>
  xml
    .replace(/<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g, '')
    .replace(/<w:commentRange(?:Start|End) w:id="\d+"\/>/g, '');
