// One file checked so that nothing escapes: a throw, a lost worker or a time limit each become
// an error entry for that file with a Chinese message, and the batch goes on.
import { basename } from 'node:path';
import { formatFromName } from '../../shared/formats';
import { fileResultSchema } from '../../shared/model/schema';
import type { ExtractErrorCode } from '../../shared/model/source';
import { checkFile, type CheckedFile, type CheckFileOptions } from '../check/check-file';
import { internalErrorMessage, logInternalError } from '../log/internal-error';

const seconds = (ms: number): string =>
  ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${Math.max(1, Math.round(ms))} 毫秒`;

/** What to ask of the reviewer when a file stopped the checker. */
const ASK =
  '文件可能过大或内容异常，请确认是否选错了文件；如确为年度报告，请另存为 .docx 或可复制文字的 PDF 后重试。';

/** The Chinese messages of the batch's own errors; `name` is the file name shown. */
export const batchMessages = {
  timeout: (name: string, ms: number) =>
    `检查文件「${name}」超过 ${seconds(ms)}仍未完成，已停止。${ASK}`,
  outOfMemory: (name: string, heapMb: number | undefined) =>
    `检查文件「${name}」时内存用量超过上限${heapMb ? ` ${heapMb} MB` : ''}，已停止。${ASK}`,
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

/**
 * The entry of a file whose checker stopped on an error (an exception, a lost worker): out of
 * memory names the worker's heap limit; anything else is ours to fix, logged with its stack.
 */
export const crashedFile = (file: string, error: unknown, heapMb?: number): CheckedFile => {
  const name = basename(file) || file;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return failedFile(file, 'OUT_OF_MEMORY', batchMessages.outOfMemory(name, heapMb));
  logInternalError(error, `检查文件 ${file}`);
  return failedFile(file, 'INTERNAL_ERROR', internalErrorMessage(name));
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

/**
 * The file's result as it is, when it fits the JSON contract; otherwise (a value no writer can
 * store, such as a non-finite number) that file's INTERNAL_ERROR entry, the problem logged.
 * Every writer (JSON, CSV, xlsx, the workspace) then gets only results it can write, and one bad
 * result never costs the others.
 */
export const validChecked = (checked: CheckedFile): CheckedFile => {
  const valid = fileResultSchema.safeParse(checked.result);
  if (valid.success) return checked;
  const file = checked.result.file;
  logInternalError(valid.error, `检查结果不符合约定格式 ${file}`);
  return failedFile(file, 'INTERNAL_ERROR', internalErrorMessage(basename(file) || file));
};

/** `checkSafely` and `validChecked`: a file checked in the calling thread, held to the contract. */
export const checkValid = async (
  file: string,
  options: CheckFileOptions = {},
): Promise<CheckedFile> => validChecked(await checkSafely(file, options));
