// Reads a dropped or chosen file into the text the shared parser reads, with its source map:
// the format is sniffed from the content, every limit has its own error, nothing throws.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ExtractErrorCode, ExtractedDocument } from '../../shared/model/source';
import { internalErrorMessage, logInternalError } from '../log/internal-error';
import { ConvertTimeout, convertToDocx, findSoffice } from './convert';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { locateFile } from './file-name';
import { ExtractError, messages } from './errors';
import { resolveOptions, type ExtractOptions, type ResolvedOptions } from './options';
import { extractOfd } from './ofd';
import { extractImage } from './ocr';
import { imageKind as sniffImage } from './ocr/images';
import { groupMembers, groupNote, groupPages } from './ocr/page-group';
import { extractPdf } from './pdf';
import { sniff, type SniffedKind } from './sniff';
import { extractTxt } from './txt';

export type { ExtractOptions } from './options';
export { DEFAULT_LIMITS } from './options';
export { lineSegments } from './txt';

export type ExtractResult =
  | { ok: true; doc: ExtractedDocument }
  | { ok: false; error: { code: ExtractErrorCode; message: string } };

const fail = (code: ExtractErrorCode, message: string): ExtractResult => ({
  ok: false,
  error: { code, message },
});

/** Formats LibreOffice can turn into .docx: the extension given to it, and the reviewer's name for it. */
const CONVERTIBLE: Partial<Record<SniffedKind, { ext: string; label: string }>> = {
  doc: { ext: 'doc', label: 'Word 97-2003 或 WPS 文档' },
  rtf: { ext: 'rtf', label: 'RTF 文档' },
  odt: { ext: 'odt', label: 'OpenDocument 文档' },
  'word-xml': { ext: 'xml', label: 'Word XML 文档' },
};

const REJECTED: Partial<Record<SniffedKind, string>> = {
  image: 'GIF、WebP 或 BMP 图片（扫描件请存为 PNG、JPEG 或 TIFF）',
  'other-zip': '压缩包或 Excel、PowerPoint 文件',
  'other-office': 'Excel 或 PowerPoint 文件',
};

interface Job {
  bytes: Uint8Array;
  name: string;
  options: ResolvedOptions;
  signal: AbortSignal;
  /** Date.now() past which the file is out of time. */
  deadline: () => number;
  checkpoint: () => void;
  /** A page is about to be read with OCR: it gets its own time on top of the file's. */
  ocrPage: (page: number, pages: number) => void;
}

/** The limits of a Word file's reading, from the options. */
const docxLimits = (o: ResolvedOptions) => ({
  maxUnpackedBytes: o.maxUnpackedBytes,
  xml: { maxElements: o.maxElements, maxDepth: o.maxNesting },
  maxParagraphs: o.maxParagraphs,
  maxCells: o.maxCells,
});

const convert = async (job: Job, kind: SniffedKind): Promise<ExtractedDocument> => {
  const spec = CONVERTIBLE[kind]!;
  const soffice = job.options.soffice === undefined ? findSoffice() : job.options.soffice;
  if (!soffice)
    throw new ExtractError('UNSUPPORTED_FORMAT', messages.needsConverter(job.name, spec.label));
  // The note names the file's own extension when it has a known one (.wps, .htm …).
  const own = extname(job.name).slice(1).toLowerCase();
  const ext = /^(doc|wps|rtf|odt|html?|mht|xml)$/.test(own) ? own : spec.ext;
  let docx: Uint8Array;
  try {
    // Leave time to kill LibreOffice and remove its folder before the file's own deadline.
    const time = Math.max(500, job.deadline() - Date.now() - 500);
    docx = await convertToDocx(job.bytes, spec.ext, soffice, time, job.signal);
  } catch (error) {
    if (error instanceof ConvertTimeout)
      throw new ExtractError('TIMEOUT', messages.timeout(job.name, job.options.timeoutMs));
    throw new ExtractError(
      'UNSUPPORTED_FORMAT',
      messages.convertFailed(job.name, spec.label, (error as Error).message),
    );
  }
  job.checkpoint();
  const doc = extractDocx(docx, {
    ...docxLimits(job.options),
    name: job.name,
    checkpoint: job.checkpoint,
  });
  return { ...doc, format: ext, notes: [`由 .${ext} 转换`, ...doc.notes] };
};

const extract = async (job: Job): Promise<ExtractedDocument> => {
  const { bytes, name } = job;
  const kind = sniff(bytes);
  switch (kind) {
    case 'docx':
      return extractDocx(bytes, { ...docxLimits(job.options), name, checkpoint: job.checkpoint });
    case 'broken-zip':
      throw new ExtractError(
        'CORRUPT_FILE',
        messages.corruptDocx(name, '压缩包目录缺失，文件可能被截断'),
      );
    case 'pdf':
      return extractPdf(bytes, {
        name,
        maxPages: job.options.maxPages,
        maxStreamBytes: job.options.maxStreamBytes,
        maxTotalBytes: job.options.maxInflatedBytes,
        maxNesting: job.options.maxNesting,
        timeoutMs: job.options.timeoutMs,
        signal: job.signal,
        checkpoint: job.checkpoint,
        onOcrPage: job.ocrPage,
      });
    case 'ofd':
      return extractOfd(bytes, {
        name,
        maxPages: job.options.maxPages,
        maxUnpackedBytes: job.options.maxUnpackedBytes,
        checkpoint: job.checkpoint,
        onOcrPage: job.ocrPage,
      });
    case 'broken-ofd':
      throw new ExtractError(
        'CORRUPT_FILE',
        messages.corruptOfd(name, '压缩包目录缺失，文件可能被截断'),
      );
    case 'image':
      if (sniffImage(bytes))
        return extractImage(bytes, {
          name,
          maxPages: job.options.maxPages,
          checkpoint: job.checkpoint,
          onProgress: job.ocrPage,
        });
      throw new ExtractError('UNSUPPORTED_FORMAT', messages.unsupported(name, REJECTED.image!));
    case 'encrypted-office':
      throw new ExtractError('ENCRYPTED', messages.encryptedOffice(name));
    case 'text':
      return extractTxt(bytes, name);
    case 'html':
    case 'mht':
      return extractHtml(bytes, { name, checkpoint: job.checkpoint });
    default:
      if (CONVERTIBLE[kind]) return convert(job, kind);
      throw new ExtractError(
        'UNSUPPORTED_FORMAT',
        messages.unsupported(name, REJECTED[kind] ?? '此类文件'),
      );
  }
};

/**
 * Extracts from bytes; `name` (a file name or path) is only used in messages and for the
 * note on converted files. Never throws: every problem is an error result with a Chinese message.
 */
export const extractBytes = async (
  bytes: Uint8Array,
  name: string,
  options: ExtractOptions = {},
): Promise<ExtractResult> => {
  const o = resolveOptions(options);
  const shown = basename(name) || name;
  if (bytes.length === 0) return fail('EMPTY_FILE', messages.empty(shown));
  if (bytes.length > o.maxBytes)
    return fail('FILE_TOO_LARGE', messages.tooLarge(shown, bytes.length, o.maxBytes));
  const controller = new AbortController();
  let deadline = Date.now() + o.timeoutMs;
  const timedOut = (): ExtractResult => fail('TIMEOUT', messages.timeout(shown, o.timeoutMs));
  const checkpoint = (): void => {
    if (controller.signal.aborted || Date.now() > deadline)
      throw new ExtractError('TIMEOUT', messages.timeout(shown, o.timeoutMs));
  };
  let timer: NodeJS.Timeout | undefined;
  let arm: () => void = () => {};
  const timeout = new Promise<ExtractResult>((resolve) => {
    arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          controller.abort();
          resolve(timedOut());
        },
        Math.max(0, deadline - Date.now()),
      );
    };
    arm();
  });
  const ocrPage = (page: number, pages: number): void => {
    deadline += o.ocrPageTimeoutMs;
    arm();
    o.onOcrPage?.(page, pages);
  };
  const work = (async (): Promise<ExtractResult> => {
    try {
      const doc = await extract({
        bytes,
        name: shown,
        options: o,
        signal: controller.signal,
        deadline: () => deadline,
        checkpoint,
        ocrPage,
      });
      if (doc.text.length > o.maxTextChars) {
        return fail('TEXT_TOO_LONG', messages.textTooLong(shown, doc.text.length, o.maxTextChars));
      }
      return { ok: true, doc };
    } catch (error) {
      if (error instanceof ExtractError) return fail(error.code, error.message);
      // The readers turn every problem of the file into an ExtractError: anything else is ours.
      logInternalError(error, `读取文件 ${name}`);
      return fail('INTERNAL_ERROR', internalErrorMessage(shown));
    }
  })();
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
};

/**
 * Several page images of one report (see ocr/page-group.ts): read as the PDF of their pictures,
 * so the pages are recognized, kept, shown and annotated as one scan; the format is the images'.
 */
const extractGroup = async (
  members: readonly string[],
  shown: string,
  options: ExtractOptions,
): Promise<ExtractResult> => {
  let pdf: Uint8Array;
  try {
    // pdf-lib is loaded here, not with the worker: only a group of page images needs it.
    const { scanPdf } = await import('./ocr/scan-pdf');
    pdf = await scanPdf(await groupPages(members));
  } catch (error) {
    return fail(
      'CORRUPT_FILE',
      messages.corrupt(shown, `其中的图片无法读取（${(error as Error).message.slice(0, 80)}）`),
    );
  }
  const r = await extractBytes(pdf, shown, options);
  if (!r.ok) return r;
  const format = sniffImage(new Uint8Array(await readFile(members[0]!))) ?? r.doc.format;
  return { ok: true, doc: { ...r.doc, format, notes: [groupNote(members), ...r.doc.notes] } };
};

const statOrNull = (path: string | Buffer): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/** Extracts from a file path. Never throws: every problem is an error result with a Chinese message. */
export const extractFile = async (
  path: string,
  options: ExtractOptions = {},
): Promise<ExtractResult> => {
  const o = resolveOptions(options);
  // A name in GBK bytes (a Windows zip unpacked on Linux) is opened by its bytes, shown decoded.
  const located = locateFile(path);
  const shown = located.shown;
  try {
    // Read synchronously: this runs in a worker thread, and each asynchronous call waits for a
    // thread of libuv's pool, which took longer than reading a whole text report.
    const found = statOrNull(located.path);
    // A file is never a group of page images; a folder or a group's name may be.
    if (typeof located.path === 'string' && !found?.isFile()) {
      const members = await groupMembers(located.path);
      if (members) return await extractGroup(members, shown, options);
    }
    const info = found ?? statSync(located.path); // throws why it cannot be read
    if (!info.isFile()) return fail('NOT_FOUND', messages.notAFile(shown));
    if (info.size > o.maxBytes)
      return fail('FILE_TOO_LARGE', messages.tooLarge(shown, info.size, o.maxBytes));
    return await extractBytes(new Uint8Array(readFileSync(located.path)), shown, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('NOT_FOUND', messages.notFound(shown));
    if (code === 'EISDIR') return fail('NOT_FOUND', messages.notAFile(shown));
    if (code === 'EACCES' || code === 'EPERM')
      return fail('CORRUPT_FILE', messages.corrupt(shown, '没有读取该文件的权限'));
    if (code === 'EIO' || code === 'EBUSY')
      return fail('CORRUPT_FILE', messages.corrupt(shown, '文件正被占用或磁盘读取出错'));
    logInternalError(error, `读取文件 ${path}`);
    return fail('INTERNAL_ERROR', internalErrorMessage(shown));
  }
};
