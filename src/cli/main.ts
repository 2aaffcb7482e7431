// `nianbao`: the headless pipeline for batches and scripts (check, rules).
import { readFile, writeFile } from 'node:fs/promises';
import { checkFile, type CheckedFile } from '../main/check/check-file';
import { collectInputs } from '../main/check/collect';
import { parseRuleProfile, type RuleProfile } from '../shared/rules/config';
import { allRules } from '../shared/rules/registry';
import { APP_VERSION } from '../shared/version';
import { parseCliArgs, USAGE, UsageError, type CheckArgs } from './args';
import { runAnnotate } from './commands/annotate';
import { formatCsv } from './output/csv';
import { writeXlsx } from './output/xlsx';
import { recordInWorkspace } from './workspace';
import { formatJson } from './output/json';
import { formatRules } from './output/rules';
import { formatText } from './output/text';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

const emit = async (text: string, out: string | null, io: CliIo): Promise<void> => {
  if (out) await writeFile(out, text, 'utf8');
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

const runCheck = async (args: CheckArgs, io: CliIo): Promise<number> => {
  const profile = args.rules ? await loadProfile(args.rules) : undefined;
  const files = await collectInputs(args.paths);
  const results: CheckedFile[] = [];
  const showProgress = files.length > 1 && args.format !== 'text';
  for (const [i, file] of files.entries()) {
    results.push(await checkFile(file, { profile }));
    if (showProgress) io.stderr(`\r已检查 ${i + 1}/${files.length}`);
  }
  if (showProgress) io.stderr('\n');
  if (args.workspace) {
    const r = await recordInWorkspace(args.workspace, results, profile);
    io.stderr(
      `已记入工作区 ${args.workspace}：新增 ${r.added} 份（其中新版本 ${r.newVersions} 份），已存在 ${r.duplicates} 份${r.skipped.length ? `，${r.skipped.length} 份无法记入` : ''}\n`,
    );
  }
  if (args.format === 'xlsx') {
    await writeXlsx(results, args.out!);
  } else {
    const text =
      args.format === 'json'
        ? formatJson(results, APP_VERSION)
        : args.format === 'csv'
          ? formatCsv(results)
          : formatText(results);
    await emit(text, args.out, io);
  }
  const failed = results.some(
    (r) => r.result.error !== null || r.result.findings.some((f) => f.severity === 'error'),
  );
  return failed ? 1 : 0;
};

/** Runs the command; returns the exit status (0 clean, 1 errors found or unreadable file, 2 bad usage). */
export const main = async (argv: string[], io: CliIo = defaultIo): Promise<number> => {
  try {
    const args = parseCliArgs(argv);
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
      case 'annotate': {
        const profile = args.rules ? await loadProfile(args.rules) : undefined;
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
    io.stderr(
      `nianbao 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
};
