// One file checked so that nothing escapes: a throw, a lost worker or a time limit each become
// an error entry for that file with a Chinese message, and the batch goes on.
import { basename } from 'node:path';
import { formatFromName } from '../../shared/formats';
import type { ExtractErrorCode } from '../../shared/model/source';
import { checkFile, type CheckedFile, type CheckFileOptions } from '../check/check-file';

const seconds = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${Math.max(1, Math.round(ms))} 毫秒`;

/** What to ask of the reviewer when a file stopped the checker. */
const ASK =
  '文件可能过大或内容异常，请确认是否选错了文件；如确为年度报告，请另存为 .docx 或可复制文字的 PDF 后重试。';

/** The Chinese messages of the batch's own errors; `name` is the file name shown. */
export const batchMessages = {
  timeout: (name: string, ms: number) =>
    `检查文件「${name}」超过 ${seconds(ms)}仍未完成，已停止。${ASK}`,
  outOfMemory: (name: string) => `检查文件「${name}」时内存不足，已停止。${ASK}`,
  crashed: (name: string, detail: string) =>
    `检查文件「${name}」时处理程序意外中止（${detail}），已停止。${ASK}`,
} as const;

/** An error entry for `file`, in the shape `checkFile` gives an unreadable file. */
export const failedFile = (file: string, code: ExtractErrorCode, message: string): CheckedFile => ({
  result: {
    file,
    format: formatFromName(file),
    error: { code, message },
    report: null,
    findings: [],
  },
  doc: null,
  segments: [],
  extracted: '',
});

/** The entry of a file whose checker stopped on an error (an exception, a lost worker). */
export const crashedFile = (file: string, error: unknown): CheckedFile => {
  const name = basename(file) || file;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return failedFile(file, 'CORRUPT_FILE', batchMessages.outOfMemory(name));
  const detail = error instanceof Error ? error.message : String(error);
  return failedFile(file, 'CORRUPT_FILE', batchMessages.crashed(name, detail.slice(0, 200)));
};

/** The entry of a file stopped at the batch's time limit. */
export const timedOutFile = (file: string, ms: number): CheckedFile =>
  failedFile(file, 'TIMEOUT', batchMessages.timeout(basename(file) || file, ms));

/** `checkFile` that never throws: an exception in parsing or a rule becomes an error entry. */
export const checkSafely = async (
  file: string,
  options: CheckFileOptions = {},
): Promise<CheckedFile> => {
  try {
    return await checkFile(file, options);
  } catch (error) {
    return crashedFile(file, error);
  }
};
