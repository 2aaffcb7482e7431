// Insertion points for comment markers in document.xml, splitting runs where a range starts or
// ends inside one, and applying all insertions in one pass over the original XML.
import type { ParagraphInfo, TextPiece } from './docx-xml';

/**
 * Where a marker goes. 'between': between runs (or other paragraph content); 'child': between
 * two children of a run (the run is closed and reopened); 'text': inside a <w:t> (the text
 * element and the run are closed and reopened).
 */
export interface Boundary {
  pos: number;
  kind: 'between' | 'child' | 'text';
  piece?: TextPiece;
}

/** A boundary before character `index` of the paragraph text. */
export const boundaryBefore = (para: ParagraphInfo, index: number): Boundary => {
  const at = para.chars[index];
  if (!at) return { pos: para.contentEnd, kind: 'between' };
  const { piece, offset } = at;
  if (offset === 0) {
    if (piece.run.pieces[0] === piece) return { pos: piece.run.start, kind: 'between' };
    return { pos: piece.start, kind: 'child', piece };
  }
  return { pos: piece.offsets[offset]!, kind: 'text', piece };
};

/** A boundary after character `index` of the paragraph text. */
export const boundaryAfter = (para: ParagraphInfo, index: number): Boundary => {
  const at = para.chars[index];
  if (!at) return { pos: para.contentEnd, kind: 'between' };
  const { piece, offset } = at;
  if (offset === piece.text.length - 1) {
    const pieces = piece.run.pieces;
    if (pieces[pieces.length - 1] === piece) return { pos: piece.run.end, kind: 'between' };
    return { pos: piece.end, kind: 'child', piece };
  }
  return { pos: piece.offsets[offset + 1]!, kind: 'text', piece };
};

/** The whole paragraph's content (an empty paragraph gives an empty range at its content). */
export const paragraphBounds = (para: ParagraphInfo): [Boundary, Boundary] => [
  { pos: para.contentStart, kind: 'between' },
  { pos: para.contentEnd, kind: 'between' },
];

/** One comment's range in the document, with the run that carries its reference mark. */
export interface CommentMarks {
  id: number;
  start: Boundary;
  end: Boundary;
}

const rangeStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number): string =>
  `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

interface Group {
  boundary: Boundary;
  starts: number[];
  ends: number[];
}

/** The markup inserted at one boundary: closes what must be closed, markers, reopens. */
const groupMarkup = (g: Group): string => {
  const opened = new Set(g.starts);
  const markers =
    g.ends
      .filter((id) => !opened.has(id))
      .map(rangeEnd)
      .join('') +
    g.starts.map(rangeStart).join('') +
    g.ends
      .filter((id) => opened.has(id))
      .map(rangeEnd)
      .join('');
  const { kind, piece } = g.boundary;
  if (kind === 'between' || !piece) return markers;
  const reopen = `<w:r>${piece.run.rPr}`;
  if (kind === 'child') return `</w:r>${markers}${reopen}`;
  return `</w:t></w:r>${markers}${reopen}<w:t xml:space="preserve">`;
};

/**
 * Inserts every comment's markers into the XML in one pass over the original; a split <w:t> gets xml:space="preserve" so no space is lost at the cut.
 */
export const applyMarks = (xml: string, marks: readonly CommentMarks[]): string => {
  const groups = new Map<string, Group>();
  const group = (b: Boundary): Group => {
    const key = `${b.pos}:${b.kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { boundary: b, starts: [], ends: [] }));
    return g;
  };
  for (const mark of marks) {
    group(mark.start).starts.push(mark.id);
    group(mark.end).ends.push(mark.id);
  }
  const edits: Array<{ start: number; end: number; text: string; order: number }> = [];
  const preserved = new Set<number>();
  for (const g of groups.values()) {
    edits.push({ start: g.boundary.pos, end: g.boundary.pos, text: groupMarkup(g), order: 1 });
    const open = g.boundary.piece?.open;
    if (g.boundary.kind === 'text' && open && !open.preserve && !preserved.has(open.start)) {
      preserved.add(open.start);
      const tag = xml.slice(open.start, open.end);
      const fixed = tag.replace(/^<w:t\b/, '<w:t xml:space="preserve"');
      edits.push({ start: open.start, end: open.end, text: fixed, order: 0 });
    }
  }
  // In document order; at one offset the insertion goes before the tag it precedes.
  edits.sort((a, b) => a.start - b.start || b.order - a.order);
  const parts: string[] = [];
  let cursor = 0;
  for (const e of edits) {
    parts.push(xml.slice(cursor, e.start), e.text);
    cursor = e.end;
  }
  parts.push(xml.slice(cursor));
  return parts.join('');
};
