// Command-line arguments of `nianbao`, parsed by node:util with Chinese errors.
import { parseArgs } from 'node:util';

export const OUTPUT_FORMATS = ['text', 'json', 'csv', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CheckArgs {
  command: 'check';
  format: OutputFormat;
  out: string | null;
  rules: string | null;
  /** A workspace file to record the results into. */
  workspace: string | null;
  paths: string[];
}

export interface AnnotateCommandArgs {
  command: 'annotate';
  file: string;
  out: string | null;
  rules: string | null;
  reviewer: string;
}

export interface RulesArgs {
  command: 'rules';
  format: 'text' | 'json' | 'markdown';
  out: string | null;
}

export interface WorkspaceCommandArgs {
  command: 'workspace';
  action: 'export' | 'import' | 'agencies' | 'merge';
  source: string;
  target: string;
  from?: string;
  into?: string;
}

export interface RollupCommandArgs {
  command: 'rollup';
  workspace: string;
  year: number;
  /** Agency names or keys; null for every agency of the year. */
  agencies: string[] | null;
  /** How the area is named in the title, e.g. 某县. */
  name: string | null;
  out: string;
  /** Also write the 审核情况汇总表 to this .xlsx. */
  register: string | null;
}

export type Args =
  | CheckArgs
  | RollupCommandArgs
  | AnnotateCommandArgs
  | WorkspaceCommandArgs
  | RulesArgs
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `用法：
  nianbao check [--format text|json|csv|xlsx] [--out 文件] [--rules 规则配置.json] [--workspace 工作区文件] 路径...
      检查年度报告（.txt/.docx/.pdf 文件或文件夹，文件夹递归读取）；xlsx 须用 --out 指定文件；
      --workspace 把结果记入工作区，供在年报审查中继续审核
  nianbao annotate 文件 [--out 文件] [--reviewer 审核人] [--rules 规则配置.json]
      生成批注版原文：Word 加批注、PDF 加高亮注释、文本文件生成带批注的 Word
  nianbao workspace export 工作区文件 --out 交接文件
  nianbao workspace import 交接文件 --into 工作区文件
      把工作区交给同事继续审核，或把同事的工作区并入本工作区（双方的审核结论都保留）
  nianbao workspace agencies 工作区文件
  nianbao workspace merge 工作区文件 --from 单位 --into 单位
      列出工作区中的单位；把同一单位的两个名称合并（如「区司法局」并入「XX区司法局」）
  nianbao rollup --workspace 工作区文件 --year 年度 [--agencies 单位,单位] [--name 地区] --out 汇总.xlsx|.docx [--register 审核情况.xlsx]
      汇总工作区中各单位该年度报告的表二、表三、表四（每个单位取最新版本），并核对汇总表
  nianbao rules [--format text|json|markdown] [--out 文件]
      列出全部检查规则
  nianbao --version | --help

退出码：0 未发现“错误”级问题；1 有“错误”级问题或文件无法读取；2 命令无法执行（参数错误）；
130 已按 Ctrl-C 取消（已检查的文件照常输出）`;

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
        workspace: { type: 'string' },
        reviewer: { type: 'string' },
        into: { type: 'string' },
        from: { type: 'string' },
        year: { type: 'string' },
        agencies: { type: 'string' },
        name: { type: 'string' },
        register: { type: 'string' },
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
    if (format === 'xlsx' && !values.out) throw new UsageError('xlsx 格式须用 --out 指定输出文件');
    return {
      command: 'check',
      format: format as OutputFormat,
      out: values.out ?? null,
      rules: values.rules ?? null,
      workspace: values.workspace ?? null,
      paths: positionals,
    };
  }
  if (command === 'annotate') {
    if (positionals.length !== 1) throw new UsageError('annotate 须指定一个要标注的文件');
    return {
      command: 'annotate',
      file: positionals[0]!,
      out: values.out ?? null,
      rules: values.rules ?? null,
      reviewer: values.reviewer ?? '审核人',
    };
  }
  if (command === 'workspace') {
    const [action, source] = positionals;
    if (action === 'export' && source && values.out) {
      return { command: 'workspace', action, source, target: values.out };
    }
    if (action === 'import' && source && values.into) {
      return { command: 'workspace', action, source, target: values.into };
    }
    if (action === 'agencies' && source)
      return { command: 'workspace', action, source, target: source };
    if (action === 'merge' && source && values.from && values.into) {
      return {
        command: 'workspace',
        action,
        source,
        target: source,
        from: values.from,
        into: values.into,
      };
    }
    throw new UsageError(
      '用法：nianbao workspace export 工作区 --out 文件，或 nianbao workspace import 文件 --into 工作区',
    );
  }
  if (command === 'rollup') return rollupArgs(values);
  if (command === 'rules') {
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
      throw new UsageError(`不支持的输出格式「${format}」，可选：text、json、markdown`);
    if (positionals.length > 0) throw new UsageError('rules 命令不接受路径参数');
    return { command: 'rules', format: format as RulesArgs['format'], out: values.out ?? null };
  }
  throw new UsageError(`未知命令「${command}」`);
};

const rollupArgs = (values: Record<string, string | boolean | undefined>): RollupCommandArgs => {
  const text = (k: string): string | null => (typeof values[k] === 'string' ? values[k] : null);
  const workspace = text('workspace');
  const out = text('out');
  const year = Number(text('year'));
  if (!workspace) throw new UsageError('rollup 须用 --workspace 指定工作区文件');
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new UsageError('rollup 须用 --year 指定年度，如 --year 2025');
  if (!out || !/\.(xlsx|docx)$/i.test(out))
    throw new UsageError('rollup 须用 --out 指定 .xlsx 或 .docx 输出文件');
  const register = text('register');
  if (register && !/\.xlsx$/i.test(register)) throw new UsageError('--register 须为 .xlsx 文件');
  const agencies = text('agencies')
    ?.split(/[,，、]/)
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    command: 'rollup',
    workspace,
    year,
    agencies: agencies && agencies.length > 0 ? agencies : null,
    name: text('name'),
    out,
    register,
  };
};
