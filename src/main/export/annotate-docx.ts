// The submitted .docx, returned with Word comments on the flagged text; every other part of the
// package is left byte-for-byte as it was.
import JSZip from 'jszip';
import { planNotes, relatedLines, unplacedLine, type AnnotateOptions } from './annotations';
import { anchorSpan, documentAnchor, type Anchor } from './docx-anchor';
import {
  commentsPart,
  maxCommentId,
  withCommentsContentType,
  withCommentsRelationship,
  type WordComment,
} from './docx-comments';
import { applyMarks, type CommentMarks } from './docx-edits';
import { mapBody } from './docx-xml';
import type { ExportResult, ReportEntry } from './types';

export type { AnnotateOptions } from './annotations';

/** How the notes were placed: on the exact text, on the paragraph or cell, or on the title. */
export interface AnnotateStats {
  notes: number;
  comments: number;
  exact: number;
  paragraph: number;
  unplaced: number;
}

const OFFICE_DOCUMENT = /officeDocument\/2006\/relationships\/officeDocument$/;

/** The main document part named by _rels/.rels (word/document.xml in every normal file). */
const mainPart = async (zip: JSZip): Promise<string> => {
  const rels = await zip.file('_rels/.rels')?.async('string');
  for (const m of rels?.matchAll(/<Relationship\b[^>]*>/g) ?? []) {
    const type = /Type="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (OFFICE_DOCUMENT.test(type) && target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

type Result = ExportResult<{ bytes: Uint8Array; stats: AnnotateStats }>;

const fail = (code: 'CORRUPT_FILE' | 'ENCRYPTED', message: string): Result => ({
  ok: false,
  error: { code, message },
});

/** Places every note of the entry in the document; comment ids continue after `firstId`. */
const placeComments = (
  xml: string,
  entry: ReportEntry,
  options: AnnotateOptions,
  firstId: number,
): { comments: WordComment[]; marks: CommentMarks[]; stats: AnnotateStats } => {
  const body = mapBody(xml);
  const date = options.date ?? new Date();
  const stats: AnnotateStats = { notes: 0, comments: 0, exact: 0, paragraph: 0, unplaced: 0 };
  const comments: WordComment[] = [];
  const marks: CommentMarks[] = [];
  const add = (anchor: Anchor, author: string, paragraphs: string[]): void => {
    const id = firstId + comments.length;
    comments.push({ id, author, date, paragraphs });
    marks.push({ id, start: anchor.start, end: anchor.end });
  };
  for (const note of planNotes(entry, options)) {
    stats.notes++;
    const anchors: Anchor[] = [];
    for (const span of note.spans) {
      const anchor = anchorSpan(entry, body, span);
      if (anchor && !anchors.some((a) => a.key === anchor.key)) anchors.push(anchor);
    }
    const [main, ...related] = anchors;
    if (!main) {
      const fallback = documentAnchor(body);
      if (!fallback) continue;
      stats.unplaced++;
      add(fallback, note.author, [...note.lines, unplacedLine(entry, note)]);
      continue;
    }
    if (main.exact) stats.exact++;
    else stats.paragraph++;
    add(main, note.author, note.lines);
    for (const anchor of related) add(anchor, note.author, relatedLines(note));
  }
  stats.comments = comments.length;
  return { comments, marks, stats };
};

/** Edits the package: document part, comments part, relationships, content types. */
const annotatePackage = async (
  zip: JSZip,
  original: Uint8Array,
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<Result> => {
  const docPath = await mainPart(zip);
  const docFile = zip.file(docPath);
  if (!docFile) {
    return fail('CORRUPT_FILE', `「${entry.fileName}」中找不到正文部分，文件可能已损坏。`);
  }
  const xml = await docFile.async('string');
  const dir = docPath.includes('/') ? docPath.slice(0, docPath.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${docPath.slice(dir.length)}.rels`;
  const oldRels = (await zip.file(relsPath)?.async('string')) ?? null;
  const { rels, target } = withCommentsRelationship(oldRels);
  const commentsPath = target.startsWith('/') ? target.slice(1) : dir + target;
  const existing = (await zip.file(commentsPath)?.async('string')) ?? null;
  const placed = placeComments(xml, entry, options, maxCommentId(existing) + 1);
  if (placed.stats.notes > 0 && placed.comments.length === 0) {
    // Not one paragraph to hold a comment: markup this reader does not know (never silently drop).
    return {
      ok: false,
      error: {
        code: 'UNSUPPORTED_FORMAT',
        message: `无法在「${entry.fileName}」的正文中定位段落，未能添加批注；请改为导出问题清单或审核意见书。`,
      },
    };
  }
  // Nothing to mark: the original file, untouched.
  if (placed.comments.length === 0)
    return { ok: true, value: { bytes: original, stats: placed.stats } };
  zip.file(docPath, applyMarks(xml, placed.marks));
  zip.file(commentsPath, commentsPart(placed.comments, existing));
  zip.file(relsPath, rels);
  const types = await zip.file('[Content_Types].xml')?.async('string');
  if (types !== undefined) {
    zip.file('[Content_Types].xml', withCommentsContentType(types, `/${commentsPath}`));
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { ok: true, value: { bytes, stats: placed.stats } };
};

/**
 * Adds the entry's findings and remarks to the original .docx as Word comments. Never throws:
 * a file that is not a readable Word package gives an error with a Chinese message.
 */
export const annotateDocx = async (
  bytes: Uint8Array,
  entry: ReportEntry,
  options: AnnotateOptions,
): Promise<Result> => {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return fail(
      'ENCRYPTED',
      `「${entry.fileName}」是加密的或旧版 .doc 格式的 Word 文件，无法添加批注，请另存为未加密的 .docx 后再试。`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return fail(
      'CORRUPT_FILE',
      `「${entry.fileName}」不是有效的 Word 文件（.docx），可能已损坏，无法添加批注。`,
    );
  }
  try {
    return await annotatePackage(zip, bytes, entry, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('CORRUPT_FILE', `「${entry.fileName}」的内容无法解析，未能添加批注：${detail}`);
  }
};
