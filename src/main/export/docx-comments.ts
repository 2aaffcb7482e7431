// The comments part of a .docx (word/comments.xml) and its registration in the package.

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';

/** One Word comment: author, date, and its text as paragraphs. */
export interface WordComment {
  id: number;
  author: string;
  date: Date;
  paragraphs: string[];
}

/** Escapes text for XML character data and attribute values; drops characters XML forbids. */
export const xmlEscape = (text: string): string =>
  text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const initials = (author: string): string => Array.from(author.trim())[0] ?? '审';

/** ISO date without milliseconds, as Word writes it. */
const wordDate = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const commentXml = (c: WordComment): string => {
  // Word starts a comment with an annotation mark; the text follows, one paragraph per line.
  const paras = c.paragraphs.map(
    (text, i) =>
      `<w:p>${i === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}` +
      `<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`,
  );
  return (
    `<w:comment w:id="${c.id}" w:author="${xmlEscape(c.author)}" ` +
    `w:date="${wordDate(c.date)}" w:initials="${xmlEscape(initials(c.author))}">` +
    `${paras.join('')}</w:comment>`
  );
};

/** A new comments part, or the existing one with the comments appended. */
export const commentsPart = (comments: readonly WordComment[], existing: string | null): string => {
  const body = comments.map(commentXml).join('');
  if (existing !== null) {
    if (/<w:comments\b[^>]*\/>/.test(existing)) {
      return existing.replace(/<w:comments\b([^>]*)\/>/, `<w:comments$1>${body}</w:comments>`);
    }
    const close = existing.lastIndexOf('</w:comments>');
    if (close >= 0) return existing.slice(0, close) + body + existing.slice(close);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:comments xmlns:w="${W_NS}">${body}</w:comments>`
  );
};

/** The largest comment id already used in a comments part (-1 when none). */
export const maxCommentId = (existing: string | null): number => {
  let max = -1;
  for (const m of existing?.matchAll(/<w:comment\b[^>]*\bw:id="(-?\d+)"/g) ?? []) {
    max = Math.max(max, Number(m[1]));
  }
  return max;
};

/** Adds the comments part to [Content_Types].xml unless it is declared already. */
export const withCommentsContentType = (types: string, partName: string): string => {
  if (types.includes(`PartName="${partName}"`)) return types;
  const override = `<Override PartName="${partName}" ContentType="${COMMENTS_TYPE}"/>`;
  const close = types.lastIndexOf('</Types>');
  return close < 0 ? types : types.slice(0, close) + override + types.slice(close);
};

/**
 * Adds a comments relationship to the document's relationships; returns the part's target
 * (an existing one is reused, so its comments are kept).
 */
export const withCommentsRelationship = (rels: string | null): { rels: string; target: string } => {
  const source =
    rels ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  for (const m of source.matchAll(/<Relationship\b[^>]*>/g)) {
    if (m[0].includes(`Type="${COMMENTS_REL}"`)) {
      return { rels: source, target: /Target="([^"]+)"/.exec(m[0])?.[1] ?? 'comments.xml' };
    }
  }
  const ids = new Set([...source.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="comments.xml"/>`;
  const selfClosed = /<Relationships\b([^>]*)\/>/;
  const close = source.lastIndexOf('</Relationships>');
  const out = selfClosed.test(source)
    ? source.replace(selfClosed, `<Relationships$1>${rel}</Relationships>`)
    : close >= 0
      ? source.slice(0, close) + rel + source.slice(close)
      : source;
  return { rels: out, target: 'comments.xml' };
};
