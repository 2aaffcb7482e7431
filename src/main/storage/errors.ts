// Errors of the workspace: a code the caller can branch on and a Chinese message for the reviewer.
import { z } from 'zod';

/** Codes line up with the IPC error codes, so a handler can pass them on unchanged. */
export type WorkspaceErrorCode =
  'INVALID_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'NOT_WORKSPACE' | 'TOO_NEW' | 'IO_ERROR';

/** Every failure of the workspace API: `message` is Chinese and safe to show. */
export class WorkspaceError extends Error {
  readonly code: WorkspaceErrorCode;

  constructor(code: WorkspaceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkspaceError';
    this.code = code;
  }
}

/** Chinese names of the input fields, so a message says which one was wrong. */
const fieldLabel: Record<string, string> = {
  name: '文件名',
  format: '文件格式',
  bytes: '文件内容',
  hash: '文件哈希',
  extracted: '提取文本',
  parsed: '解析结果',
  findings: '问题列表',
  reportId: '报告编号',
  fingerprint: '问题标识',
  decision: '审核结论',
  reason: '理由',
  reviewer: '审核人',
  span: '标注位置',
  text: '内容',
  path: '单元格',
  value: '更正值',
  status: '状态',
  note: '说明',
  key: '单位标识',
  file: '文件路径',
};

const zhCN = z.locales.zhCN().localeError;

const describePath = (path: readonly PropertyKey[]): string => {
  const head = path[0];
  const label = typeof head === 'string' ? (fieldLabel[head] ?? head) : '';
  const rest = path
    .slice(1)
    .map((p) => (typeof p === 'number' ? `第${p + 1}项` : String(p)))
    .join('.');
  return [label, rest].filter(Boolean).join(' ');
};

/**
 * Validates `value` with `schema`; on failure throws INVALID_REQUEST with a Chinese message
 * naming the field ("审核人：请填写审核人姓名"). zod's own zh-CN texts fill in where the schema
 * gives no message of its own.
 */
export const validate = <S extends z.ZodType>(schema: S, value: unknown): z.output<S> => {
  const result = schema.safeParse(value, { error: zhCN });
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 3).map((issue) => {
    const where = describePath(issue.path);
    return where ? `${where}：${issue.message}` : issue.message;
  });
  throw new WorkspaceError('INVALID_REQUEST', `输入无效。${messages.join('；')}`);
};
