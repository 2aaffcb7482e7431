// Reads a dropped or chosen file into the text the shared parser reads, with its source map.
// (Text files for now; Word and PDF arrive with the extraction issue.)
import { readFile, stat } from 'node:fs/promises';
import type { ExtractErrorCode, ExtractedDocument, SourceSegment } from '../../shared/model/source';
import { decodeText } from './decode';

export type ExtractResult =
  | { ok: true; doc: ExtractedDocument }
  | { ok: false; error: { code: ExtractErrorCode; message: string } };

export interface ExtractOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
}

const fail = (code: ExtractErrorCode, message: string): ExtractResult => ({
  ok: false,
  error: { code, message },
});

/** One source segment per line of the text. */
export const lineSegments = (text: string): SourceSegment[] => {
  const segments: SourceSegment[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) segments.push({ start, end: i, loc: { kind: 'line', line } });
      start = i + 1;
      line++;
    }
  }
  return segments;
};

/** Extracts from bytes; `name` is only used in messages. Never throws. */
export const extractBytes = async (
  bytes: Uint8Array,
  name: string,
  _options: ExtractOptions = {},
): Promise<ExtractResult> => {
  if (bytes.length === 0)
    return fail('EMPTY_FILE', `文件「${name}」是空文件，请确认是否选错了文件。`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return fail(
      'UNSUPPORTED_FORMAT',
      `暂不支持读取 Word 文件「${name}」，请另存为 .txt 后再导入。`,
    );
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    return fail('UNSUPPORTED_FORMAT', `暂不支持读取 PDF 文件「${name}」，请另存为 .txt 后再导入。`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return fail(
      'NOT_TEXT',
      `文件「${name}」不是文本文件，也不是可识别的 Word 或 PDF 文件，请确认文件格式。`,
    );
  }
  return {
    ok: true,
    doc: { format: 'txt', text: decoded.text, segments: lineSegments(decoded.text), notes: [] },
  };
};

/** Extracts from a file path. Never throws: every problem is an error result with a Chinese message. */
export const extractFile = async (
  path: string,
  options: ExtractOptions = {},
): Promise<ExtractResult> => {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('NOT_FOUND', `「${path}」不是文件。`);
    if (info.size > maxBytes) {
      return fail(
        'FILE_TOO_LARGE',
        `文件「${path}」大小为 ${(info.size / 1048576).toFixed(1)} MB，超过上限 ${(maxBytes / 1048576).toFixed(0)} MB，请确认是否为年度报告。`,
      );
    }
    return await extractBytes(new Uint8Array(await readFile(path)), path, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('NOT_FOUND', `找不到文件「${path}」。`);
    return fail('CORRUPT_FILE', `无法读取文件「${path}」：${(error as Error).message}`);
  }
};
