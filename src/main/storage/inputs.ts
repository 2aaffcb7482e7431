// zod schemas of the workspace API's inputs: every call is checked here before it touches the file.
import { z } from 'zod';
import { decisionKindSchema, reportStatusSchema } from '../../shared/ipc/review';
import {
  fileErrorSchema,
  findingSchema,
  reportSchema,
  spanSchema,
} from '../../shared/model/schema';
import { extractedDocumentSchema } from '../../shared/model/source';

export const reviewerSchema = z
  .string({ error: '请填写审核人姓名' })
  .trim()
  .min(1, '请填写审核人姓名')
  .max(100, '审核人姓名不能超过 100 个字');

export const reportIdSchema = z.string({ error: '报告编号应为文字' }).min(1).max(64);

/** A ParsedDocument is accepted too: its `report` is what is stored. */
const parsedSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && 'report' in v && 'norm' in v ? v.report : v),
  reportSchema.nullable(),
);

export const importInputSchema = z
  .object({
    name: z.string().trim().min(1, '缺少文件名').max(1000),
    format: z.string().trim().min(1, '缺少文件格式').max(20),
    /** Where the file was read from (kept for the reviewer; not part of its identity). */
    path: z.string().max(4096).nullable().default(null),
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: '文件内容应为字节数组' })
      .optional(),
    hash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制 sha256 值')
      .optional(),
    extracted: extractedDocumentSchema.nullable().default(null),
    parsed: parsedSchema.default(null),
    error: fileErrorSchema.nullable().default(null),
    findings: z.array(findingSchema).default([]),
  })
  .refine((v) => v.bytes !== undefined || v.hash !== undefined, {
    message: '需要文件内容或其 sha256 哈希，以识别同一文件',
    path: ['bytes'],
  })
  .refine((v) => v.parsed !== null || v.error !== null, {
    message: '没有解析结果时须说明读取失败的原因',
    path: ['parsed'],
  })
  .refine((v) => v.parsed === null || v.extracted !== null, {
    message: '有解析结果时须同时保存提取文本',
    path: ['extracted'],
  })
  .refine((v) => v.parsed !== null || v.findings.length === 0, {
    message: '读取失败的文件不能带有问题',
    path: ['findings'],
  });
export type ImportInput = z.input<typeof importInputSchema>;
export type ValidImport = z.output<typeof importInputSchema>;

export const findingsSchema = z.array(findingSchema);

export const decideSchema = z.object({
  reportId: reportIdSchema,
  fingerprint: z.string().min(1, '缺少问题标识').max(20_000),
  decision: decisionKindSchema,
  reason: z.string().trim().max(2000, '理由不能超过 2000 字').nullable(),
  reviewer: reviewerSchema,
});

export const decideManySchema = z.object({
  reportId: reportIdSchema,
  decisions: z
    .array(
      z.object({
        fingerprint: z.string().min(1, '缺少问题标识').max(20_000),
        decision: decisionKindSchema,
        reason: z.string().trim().max(2000, '理由不能超过 2000 字').nullable(),
      }),
    )
    .max(20_000, '一次最多审核 20000 个问题'),
  reviewer: reviewerSchema,
});

export const commentEditSchema = z.object({
  reportId: reportIdSchema,
  id: z.string().min(1, '缺少意见标识').max(100),
  text: z.string().trim().min(1, '批注内容不能为空').max(5000, '批注不能超过 5000 字'),
  reviewer: reviewerSchema,
});

export const commentDeleteSchema = z.object({
  reportId: reportIdSchema,
  id: z.string().min(1, '缺少意见标识').max(100),
  deleted: z.boolean(),
});

export const commentSchema = z.object({
  reportId: reportIdSchema,
  span: spanSchema,
  text: z.string().trim().min(1, '批注内容不能为空').max(5000, '批注不能超过 5000 字'),
  reviewer: reviewerSchema,
});

export const correctSchema = z.object({
  reportId: reportIdSchema,
  path: z.string().min(3, '缺少单元格').max(100),
  value: z.number({ error: '更正值应为数字（撤销更正时为空）' }).finite().nullable(),
  reviewer: reviewerSchema,
  findings: findingsSchema.optional(),
});

export const statusSchema = z.object({
  reportId: reportIdSchema,
  status: reportStatusSchema,
  reviewer: reviewerSchema,
  note: z.string().trim().max(2000, '说明不能超过 2000 字').nullable(),
});

/** The reviewer's agency name and year of a submission (null: leave as read). */
export const editSchema = z
  .object({
    reportId: reportIdSchema,
    agency: z
      .string({ error: '单位名称应为文字' })
      .trim()
      .min(2, '单位名称至少 2 个字')
      .max(100, '单位名称不能超过 100 个字')
      .nullable(),
    year: z
      .number({ error: '年度应为数字' })
      .int('年度应为整数')
      .min(2008, '年度应在 2008 年（条例施行）之后')
      .max(2100, '年度不合理')
      .nullable(),
  })
  .refine((v) => v.agency !== null || v.year !== null, { message: '请填写单位名称或年度' });

export const agencyKeySchema = z.string().trim().min(1, '缺少单位标识').max(500);

export const fileSchema = z.string().min(1, '缺少文件路径').max(4096);
