// A rule profile: turn rules off, change their severity, pass options. Loaded from JSON.
import { z } from 'zod';
import { severitySchema } from '../model/schema';
import { ruleById } from './registry';
import type { RuleMeta } from './types';

export const ruleSettingSchema = z.union([
  z.literal('off'),
  severitySchema,
  z.object({
    severity: z.union([z.literal('off'), severitySchema]).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);

export const ruleProfileSchema = z.object({
  /** Profile name for the reviewer, e.g. "某市政务公开办 2025". */
  name: z.string().optional(),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
});
export type RuleProfile = z.infer<typeof ruleProfileSchema>;

export interface ResolvedSetting {
  enabled: boolean;
  severity: z.infer<typeof severitySchema> | null;
  options: Record<string, unknown>;
}

export const resolveSetting = (
  profile: RuleProfile | undefined,
  ruleId: string,
): ResolvedSetting => {
  const s = profile?.rules[ruleId];
  if (s === undefined) return { enabled: true, severity: null, options: {} };
  if (s === 'off') return { enabled: false, severity: null, options: {} };
  if (typeof s === 'string') return { enabled: true, severity: s, options: {} };
  if (s.severity === 'off') return { enabled: false, severity: null, options: s.options ?? {} };
  return { enabled: true, severity: s.severity ?? null, options: s.options ?? {} };
};

export type CheckedOptions =
  { ok: true; options: Record<string, unknown> } | { ok: false; message: string };

/**
 * A rule's options checked against the schema its `meta` declares, defaults filled in. A rule
 * without a schema takes no options: any given are refused, so a typo cannot pass unnoticed.
 */
export const checkOptions = (
  meta: Pick<RuleMeta, 'id' | 'options'>,
  options: Record<string, unknown>,
): CheckedOptions => {
  if (!meta.options) {
    const given = Object.keys(options);
    return given.length === 0
      ? { ok: true, options }
      : { ok: false, message: `规则 ${meta.id} 没有选项，不能设置 ${given.join('、')}` };
  }
  const parsed = meta.options.safeParse(options);
  if (parsed.success) return { ok: true, options: parsed.data };
  const issues = parsed.error.issues.map((i) =>
    i.path.length > 0 ? `选项 ${i.path.join('.')} ${i.message}` : i.message,
  );
  return { ok: false, message: `规则 ${meta.id} 的${issues.join('；')}` };
};

/** Parses a profile from JSON text; the error message is in Chinese for the CLI user. */
export const parseRuleProfile = (json: string, knownIds: readonly string[]): RuleProfile => {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('规则配置文件不是有效的 JSON');
  }
  const parsed = ruleProfileSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `规则配置文件格式错误：${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('；')}`,
    );
  const unknown = Object.keys(parsed.data.rules).filter((id) => !knownIds.includes(id));
  if (unknown.length > 0) throw new Error(`规则配置文件中有未知的规则：${unknown.join('、')}`);
  const wrong = Object.keys(parsed.data.rules).flatMap((id) => {
    const meta = ruleById(id)?.meta;
    const checked = meta ? checkOptions(meta, resolveSetting(parsed.data, id).options) : null;
    return checked && !checked.ok ? [checked.message] : [];
  });
  if (wrong.length > 0) throw new Error(`规则配置文件中的选项有误：${wrong.join('；')}`);
  return parsed.data;
};
