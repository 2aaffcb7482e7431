// `nianbao`: the headless pipeline for batches and scripts (check, rules).
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { resultFailed, runBatch, type JsonResult } from '../main/batch';
import { errorLogPath, logInternalError } from '../main/log/internal-error';
import { removeStaleTempDirs } from '../main/temp/owned-temp';
import type { CheckedFile } from '../main/check/check-file';
import { collectInputs } from '../main/check/collect';
import { parseRuleProfile, type RuleProfile } from '../shared/rules/config';
import { ocrPageText } from '../shared/ocr-progress';
import { allRules } from '../shared/rules/registry';
import { APP_VERSION } from '../shared/version';
import { parseCliArgs, USAGE, UsageError, type CheckArgs } from './args';
import { formatJson, jsonWriter } from './output/json';
import { formatRules } from './output/rules';
import { formatText } from './output/text';
// The workspace, the annotate and rollup commands and the csv/xlsx writers are imported where
// they are used: they pull in exceljs, archiver, pdf-lib and the exporters (~0.8 s of CPU to
// load), which a `check --format json` batch never uses and would otherwise pay for before its
// first worker starts. scripts/build-cli.mjs splits them into chunks loaded on demand.

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** The output file (`--out`) could not be written: the reviewer's path or disk, not our fault. */
class OutputError extends Error {}

/** Why the `--out` file could not be written, in the reviewer's words. */
const outputError = (out: string, error: unknown): OutputError => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOENT'
      ? '所在文件夹不存在'
      : code === 'EACCES' || code === 'EPERM'
        ? '没有写入权限'
        : code === 'ENOSPC'
          ? '磁盘空间不足'
          : code === 'EISDIR'
            ? '这是一个文件夹'
            : '文件可能被其他程序占用';
  return new OutputError(`无法写入输出文件「${out}」：${why}。请换一个位置后重试。`);
};

/** Runs a write of the `--out` file; its failure becomes an OutputError naming the file. */
const writingOut = async <T>(out: string, write: () => T | Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    throw outputError(out, error);
  }
};

const emit = async (text: string, out: string | null, io: CliIo): Promise<void> => {
  if (out) await writingOut(out, () => writeFile(out, text, 'utf8'));
  else io.stdout(text);
};

const loadProfile = async (file: string): Promise<RuleProfile> => {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`无法读取规则配置文件「${file}」`);
  }
  try {
    return parseRuleProfile(
      json,
      allRules.map((r) => r.meta.id),
    );
  } catch (error) {
    throw new UsageError(`${(error as Error).message}（${file}）`);
  }
};

/**
 * Progress on stderr, never on stdout: `\r已检查 n/N` rewritten in place on a terminal; in a log
 * (not a TTY) a line now and then, so that 500 files do not make 500 lines.
 */
const progressReporter = (io: CliIo, total: number) => {
  const tty = io === defaultIo && process.stderr.isTTY === true;
  const step = tty ? 1 : Math.max(1, Math.ceil(total / 20));
  return {
    update: (done: number) => {
      if (tty) io.stderr(`\r已检查 ${done}/${total}`);
      else if (done % step === 0 || done === total) io.stderr(`已检查 ${done}/${total}\n`);
    },
    end: () => {
      if (tty) io.stderr('\n');
    },
  };
};

/** Ctrl-C stops the batch (workers terminated) and the files done so far are still written. */
const abortOnInterrupt = (io: CliIo): { signal: AbortSignal; dispose: () => void } => {
  const controller = new AbortController();
  const onInterrupt = (): void => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr('\n正在停止检查（再按一次 Ctrl-C 立即退出）……\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  return {
    signal: controller.signal,
    dispose: () => process.off('SIGINT', onInterrupt),
  };
};

/**
 * `--format json` written as the batch goes, to the `--out` file or stdout. The file is opened
 * before the batch, so a path that cannot be written fails at once; a write that fails midway
 * (a full disk) is thrown by `end`, after the batch, not into the pool's callback.
 */
const openJsonOutput = async (out: string | null, io: CliIo) => {
  const fd = out === null ? null : await writingOut(out, () => openSync(out, 'w'));
  let failure: { error: unknown } | null = null;
  const writer = jsonWriter(APP_VERSION, (chunk) => {
    if (failure) return;
    try {
      if (fd === null) io.stdout(chunk);
      else writeFileSync(fd, chunk, 'utf8');
    } catch (error) {
      failure = { error };
    }
  });
  return {
    add: writer.add,
    addJson: writer.addJson,
    end: (): void => {
      try {
        writer.end();
      } finally {
        if (fd !== null) closeSync(fd);
      }
      if (failure) throw out === null ? failure.error : outputError(out, failure.error);
    },
  };
};

const runCheck = async (args: CheckArgs, io: CliIo): Promise<number> => {
  const profile = args.rules ? await loadProfile(args.rules) : undefined;
  const files = await collectInputs(args.paths);
  const progress = files.length > 1 ? progressReporter(io, files.length) : null;
  // JSON alone needs nothing but each file's contract result: it is written as files finish
  // and none is kept. The other outputs and the workspace need every file's parse and text.
  const streamed =
    args.format === 'json' && !args.workspace ? await openJsonOutput(args.out, io) : null;
  // csv, xlsx and text keep each file's rows or lines, not the file.
  const kept =
    args.format !== 'json' && !args.workspace
      ? (await import('./output/kept')).keptOutput(args.format)
      : null;
  let checked = 0;
  let failed = false;
  const interrupt = abortOnInterrupt(io);
  // Every file is read in a worker thread with a time and a memory limit; results come back in
  // input order.
  const batch = await runBatch(files, {
    profile,
    signal: interrupt.signal,
    ...(kept ? { keepResults: false } : {}),
    // JSON: each result printed by the worker that checked it (src/main/batch/json-result.ts).
    ...(streamed
      ? {
          onResultJson: (index: number, json: JsonResult) => {
            checked++;
            failed ||= json.failed;
            streamed.addJson(index, json.text);
          },
        }
      : {
          onResult: (index: number, file: CheckedFile) => {
            checked++;
            failed ||= resultFailed(file.result);
            kept?.add(index, file);
          },
        }),
    onProgress: (done) => progress?.update(done),
    // A scan's pages take seconds each: say which one is being recognized (Ctrl-C stops it).
    onOcrPage: (index, page, pages) =>
      io.stderr(`${basename(files[index]!)}：${ocrPageText(page, pages)}\n`),
  }).finally(interrupt.dispose);
  progress?.end();
  if (batch.cancelled)
    io.stderr(`已取消：共 ${files.length} 个文件，已检查 ${checked} 个，仅输出已检查的文件。\n`);
  if (streamed) {
    streamed.end();
    return batch.cancelled ? 130 : failed ? 1 : 0;
  }
  if (kept) {
    if (args.format === 'xlsx') await writingOut(args.out!, () => kept.xlsx(args.out!));
    else await emit(kept.text(), args.out, io);
    return batch.cancelled ? 130 : failed ? 1 : 0;
  }
  const results = batch.results.filter((r): r is CheckedFile => r !== null);
  if (args.workspace) {
    const { recordInWorkspace } = await import('./workspace');
    const r = await recordInWorkspace(args.workspace, results, profile);
    io.stderr(
      `已记入工作区 ${args.workspace}：新增 ${r.added} 份（其中新版本 ${r.newVersions} 份），已存在 ${r.duplicates} 份` +
        (r.rechecked > 0 ? `；工作区中原有 ${r.rechecked} 份报告已随之重新检查` : '') +
        '\n',
    );
  }
  if (args.format === 'xlsx') {
    const { writeXlsx } = await import('./output/xlsx');
    await writingOut(args.out!, () => writeXlsx(results, args.out!));
  } else {
    const text =
      args.format === 'json'
        ? formatJson(results, APP_VERSION)
        : args.format === 'csv'
          ? (await import('./output/csv')).formatCsv(results)
          : formatText(results);
    await emit(text, args.out, io);
  }
  if (batch.cancelled) return 130;
  // The workspace may have added findings (last year's report, the peers): count those stored.
  return results.some((r) => resultFailed(r.result)) ? 1 : 0;
};

/** Runs the command; returns the exit status (0 clean, 1 errors found or unreadable file, 2 bad usage). */
export const main = async (argv: string[], io: CliIo = defaultIo): Promise<number> => {
  try {
    const args = parseCliArgs(argv);
    // Temporary folders a killed run left behind (a workspace copy, a conversion) go now.
    for (const prefix of ['nianbao-import-', 'nianbao-convert-']) removeStaleTempDirs(prefix);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE + '\n');
        return 0;
      case 'version':
        io.stdout(`nianbao ${APP_VERSION}\n`);
        return 0;
      case 'rules':
        await emit(formatRules(allRules, args.format), args.out, io);
        return 0;
      case 'check':
        return await runCheck(args, io);
      case 'workspace': {
        const { runWorkspace } = await import('./commands/workspace');
        const { code, message } = runWorkspace(args);
        (code === 0 ? io.stdout : io.stderr)(message + '\n');
        return code;
      }
      case 'rollup': {
        const { runRollup } = await import('./commands/rollup');
        const { code, message } = await runRollup(args);
        (code === 0 ? io.stdout : io.stderr)(message + '\n');
        return code;
      }
      case 'annotate': {
        const profile = args.rules ? await loadProfile(args.rules) : undefined;
        const { runAnnotate } = await import('./commands/annotate');
        const { code, message } = await runAnnotate(args, profile);
        (code === 0 ? io.stdout : io.stderr)(message + '\n');
        return code;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    // The stack goes to the log the reviewer can send, never to the terminal.
    logInternalError(error, `nianbao ${argv.join(' ')}`);
    io.stderr(
      `nianbao 程序内部错误（已记录）。详细信息已写入日志文件 ${errorLogPath()}，请将该文件发给技术支持。\n`,
    );
    return 2;
  }
};
