// Internal errors (a bug of ours, an engine failing in a way we did not foresee): the reviewer
// sees a short Chinese message naming the file; the stack goes to a log file they can send.
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The file name of the log, wherever it is kept. */
export const ERROR_LOG_NAME = 'nianbao-error.log';

/**
 * Where internal errors are written: `NIANBAO_ERROR_LOG` when set (the app points it into its
 * data folder before it starts any worker; workers inherit the environment), else the OS temp
 * folder (the CLI).
 */
export const errorLogPath = (): string =>
  process.env['NIANBAO_ERROR_LOG'] || join(tmpdir(), ERROR_LOG_NAME);

/** Points the log at `path` for this process and the workers it starts from now on. */
export const setErrorLogPath = (path: string): void => {
  process.env['NIANBAO_ERROR_LOG'] = path;
};

const describe = (error: unknown): string => {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
};

/** Appends the error with its stack and what was being done; never throws. */
export const logInternalError = (error: unknown, context: string): void => {
  try {
    appendFileSync(
      errorLogPath(),
      `[${new Date().toISOString()}] ${context}\n${describe(error)}\n\n`,
      'utf8',
    );
  } catch {
    // A log that cannot be written must not turn one failed file into a failed batch.
  }
};

/** Appends a line for support (e.g. which OCR runtime ran); never throws. */
export const logNote = (line: string): void => {
  try {
    appendFileSync(errorLogPath(), `[${new Date().toISOString()}] ${line}\n`, 'utf8');
  } catch {
    // as above: a log that cannot be written is no failure of the file
  }
};

/** The message shown for an internal error while checking the file named `name`. */
export const internalErrorMessage = (name: string): string =>
  `检查文件「${name}」时发生程序内部错误（已记录）。详细信息已写入日志文件 ${errorLogPath()}，请将该文件发给技术支持；其他文件不受影响。`;
