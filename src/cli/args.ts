// Command-line arguments of `nianbao`, parsed by node:util with Chinese errors.
import { parseArgs } from 'node:util';

export const OUTPUT_FORMATS = ['text', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckArgs {
  command: 'check';
  format: OutputFormat;
  out: string | null;
  rules: string | null;
  paths: string[];
}

export interface RulesArgs {
  command: 'rules';
  format: 'text' | 'json' | 'markdown';
  out: string | null;
}

export type Args = CheckArgs | RulesArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法：
  nianbao check [--format text|json|csv] [--out 文件] [--rules 规则配置.json] 路径...
      检查年度报告（.txt/.docx/.pdf 文件或文件夹，文件夹递归读取）
  nianbao rules [--format text|json|markdown] [--out 文件]
      列出全部检查规则
  nianbao --version | --help

退出码：0 未发现“错误”级问题；1 有“错误”级问题或文件无法读取；2 命令无法执行（参数错误）`;

export const parseCliArgs = (argv: readonly string[]): Args => {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        rules: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`参数错误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (command === 'check') {
    const format = values.format ?? 'text';
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(`不支持的输出格式「${format}」，可选：${OUTPUT_FORMATS.join('、')}`);
    if (positionals.length === 0) throw new UsageError('请指定要检查的文件或文件夹');
    return {
      command: 'check',
      format: format as OutputFormat,
      out: values.out ?? null,
      rules: values.rules ?? null,
      paths: positionals,
    };
  }
  if (command === 'rules') {
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
      throw new UsageError(`不支持的输出格式「${format}」，可选：text、json、markdown`);
    if (positionals.length > 0) throw new UsageError('rules 命令不接受路径参数');
    return { command: 'rules', format: format as RulesArgs['format'], out: values.out ?? null };
  }
  throw new UsageError(`未知命令「${command}」`);
};
