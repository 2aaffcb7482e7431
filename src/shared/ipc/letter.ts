// The 审核意见书 records that cross IPC: the office's letter settings, and the letter itself as
// blocks — the one model both the .docx (main) and the preview/print view (renderer) are drawn from.
import { z } from 'zod';

/** Placeholders a pattern may use. */
export const AGENCY_TOKEN = '{单位}';
export const YEAR_TOKEN = '{年}';
export const SEQ_TOKEN = '{序号}';

/** True when the text holds a line break or another control character. */
export const hasControl = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const line = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what}不能超过 ${max} 字`)
    .refine((s) => !hasControl(s), `${what}不能含换行或控制字符`);

/** The office's settings for every letter it sends. */
export const letterSettingsSchema = z.object({
  /** 发文机关, printed as the letter's head (版头) and, without a signature, as 落款. */
  issuer: line(60, '发文机关'),
  /** 主送, e.g. "{单位}" → "某县司法局：". */
  recipient: line(80, '主送').refine((s) => s !== '', '主送不能为空，可填“{单位}”'),
  /** 文号, e.g. "X公开办审〔{年}〕{序号}号"; empty for a letter without one. */
  numberPattern: line(60, '文号').refine(
    (s) => s === '' || s.includes(SEQ_TOKEN),
    `文号须含序号占位符“${SEQ_TOKEN}”，例如“某公开办审〔${YEAR_TOKEN}〕${SEQ_TOKEN}号”`,
  ),
  /** The 序号 the next saved letter gets; advances only when a letter is saved. */
  nextNumber: z
    .number({ error: '下一个序号须为数字' })
    .int('下一个序号须为整数')
    .min(1, '下一个序号至少为 1')
    .max(99999, '下一个序号不能超过 99999'),
  /**
   * The year (of the letters' date, the {年} of the 文号) `nextNumber` counts in: a letter of
   * another year starts again at 1. Null in settings saved before the counter knew its year.
   */
  numberYear: z.number().int().min(1900).max(9999).nullable().default(null),
  /** 落款, one line per line (e.g. the office's name); empty means the 发文机关. */
  signature: z
    .string()
    .max(300, '落款不能超过 300 字')
    .refine((s) => s.split('\n').length <= 4, '落款最多 4 行'),
  /** The letter's date as YYYY-MM-DD; null means the day it is made. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2025-01-20')
    .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00`).getTime()), '日期无效')
    .nullable(),
});
export type LetterSettings = z.infer<typeof letterSettingsSchema>;

export const defaultLetterSettings: LetterSettings = {
  issuer: '',
  recipient: AGENCY_TOKEN,
  numberPattern: '',
  nextNumber: 1,
  numberYear: null,
  signature: '',
  date: null,
};

/** Whether unconfirmed (undecided) findings are listed, marked 待核实, or left out. */
export const unconfirmedChoiceSchema = z.enum(['list', 'omit']);
export type UnconfirmedChoice = z.infer<typeof unconfirmedChoiceSchema>;

/** How a block is laid out, in the .docx and the preview alike. */
export const letterBlockKindSchema = z.enum([
  'issuer', // 版头: centred
  'number', // 文号: centred
  'title', // 标题: centred, 二号
  'recipient', // 主送: flush left
  'heading', // 一、… : 黑体
  'para', // body: 两字缩进
  'quote', // 原文 / 修改要求 under an item: 两字缩进
  'signature', // 落款: right
  'date', // 成文日期: right
]);
export type LetterBlockKind = z.infer<typeof letterBlockKindSchema>;

export const letterBlockSchema = z.object({ kind: letterBlockKindSchema, text: z.string() });
export type LetterBlock = z.infer<typeof letterBlockSchema>;

/** The letter of one report, ready to preview, print or write. */
export const letterModelSchema = z.object({
  blocks: z.array(letterBlockSchema),
  /** Follows the report's status; null while it is neither 已退回 nor 已通过 (cannot be saved). */
  conclusion: z.enum(['return', 'pass']).nullable(),
  /** 《单位+年度+审核意见书》.docx, safe as a file name. */
  fileName: z.string(),
  /** The 文号 this letter carries (null without a pattern). */
  number: z.string().nullable(),
  /** Problems listed (a rule's findings count once), and undecided 错误 left out by choice. */
  items: z.number().int().nonnegative(),
  omittedErrors: z.number().int().nonnegative(),
  /** What the reviewer should know before saving, in Chinese. */
  notices: z.array(z.string()),
});
export type LetterModel = z.infer<typeof letterModelSchema>;
