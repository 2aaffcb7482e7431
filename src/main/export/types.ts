// Input contract of every export: one checked report with its source map, decisions and comments.
import { z } from 'zod';
import { findingSchema, reportSchema, spanSchema } from '../../shared/model/schema';
import { sourceSegmentSchema, type SourceSegment } from '../../shared/model/source';
import type { Finding } from '../../shared/model/schema';
import type { ParsedDocument } from '../../shared/parser';

export const decisionValueSchema = z.enum(['confirmed', 'dismissed', 'pending']);
export type DecisionValue = z.infer<typeof decisionValueSchema>;

/** A reviewer's decision on one finding, keyed by `findingFingerprint`. */
export const decisionSchema = z.object({
  decision: decisionValueSchema,
  reason: z.string().nullable().default(null),
  reviewer: z.string().nullable().default(null),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A remark the reviewer added by hand on a range of `report.text`. */
export const reviewerCommentSchema = z.object({
  span: spanSchema,
  text: z.string().min(1),
  reviewer: z.string().nullable().default(null),
});
export type ReviewerComment = z.infer<typeof reviewerCommentSchema>;

/** A cell the reviewer corrected: what the parser read and the value put in its place. */
export const cellCorrectionSchema = z.object({
  path: z.string(),
  value: z.number().nullable(),
  original: z.number().nullable(),
  originalRaw: z.string(),
});
export type CellCorrection = z.infer<typeof cellCorrectionSchema>;

/** The report's review status; a letter's conclusion follows it. */
export const entryStatusSchema = z.enum(['pending', 'in_review', 'returned', 'approved']);

/** origin[i] = raw offset of report.text[i] (see `normalizeText`); null when text is raw. */
export const originSchema = z.union([z.instanceof(Int32Array), z.array(z.number().int())]);

export const reportEntrySchema = z
  .object({
    fileName: z.string().min(1),
    format: z.string(),
    agency: z.string().nullable(),
    year: z.number().int().nullable(),
    report: reportSchema,
    findings: z.array(findingSchema),
    /** Ranges of the raw extracted text → paragraph / cell / PDF box / line. */
    segments: z.array(sourceSegmentSchema).default([]),
    origin: originSchema.nullable().default(null),
    /** The raw extracted text the segments index into; lets anchoring check what it places. */
    rawText: z.string().nullable().default(null),
    decisions: z.record(z.string(), decisionSchema).default({}),
    comments: z.array(reviewerCommentSchema).default([]),
    corrections: z.array(cellCorrectionSchema).default([]),
    /** Null headless (no review): the letter then draws its conclusion from the findings. */
    status: entryStatusSchema.nullable().default(null),
    /** The reviewer's note on the current status (the 退回 note). */
    statusNote: z.string().nullable().default(null),
  })
  .refine((e) => e.origin === null || e.origin.length === e.report.text.length + 1, {
    message: '原文位置映射与报告文本长度不一致',
    path: ['origin'],
  });
/** What callers pass (defaults not yet applied). */
export type ReportEntryInput = z.input<typeof reportEntrySchema>;
export type ReportEntry = z.output<typeof reportEntrySchema>;

/** Which findings an export shows: only the confirmed ones, or every finding not dismissed. */
export type FindingScope = 'confirmed' | 'all';

/** Failure of an export, with a message the reviewer can read. */
export interface ExportError {
  code: 'INVALID_INPUT' | 'UNSUPPORTED_FORMAT' | 'CORRUPT_FILE' | 'ENCRYPTED' | 'WRITE_FAILED';
  message: string;
}
export type ExportResult<T> = { ok: true; value: T } | { ok: false; error: ExportError };

/** Validates an entry; the Chinese message names the first problem. */
export const parseEntry = (input: unknown): ExportResult<ReportEntry> => {
  const parsed = reportEntrySchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') ?? '';
  return {
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: `导出数据不完整或格式不对${where ? `（${where}）` : ''}：${issue?.message ?? ''}`,
    },
  };
};

/** Builds an entry from what `checkFile` / `parseReport` give: the origin map comes from doc.norm. */
export const entryFromParsed = (args: {
  fileName: string;
  format: string;
  doc: ParsedDocument;
  findings: Finding[];
  segments?: SourceSegment[];
  rawText?: string | null;
  decisions?: Record<string, z.input<typeof decisionSchema>> | undefined;
  comments?: Array<z.input<typeof reviewerCommentSchema>> | undefined;
  corrections?: CellCorrection[];
  status?: z.infer<typeof entryStatusSchema> | null;
  statusNote?: string | null;
}): ReportEntry =>
  reportEntrySchema.parse({
    fileName: args.fileName,
    format: args.format,
    agency: args.doc.report.agency,
    year: args.doc.report.year,
    report: args.doc.report,
    findings: args.findings,
    segments: args.segments ?? [],
    origin: args.doc.norm.origin,
    rawText: args.rawText ?? null,
    decisions: args.decisions ?? {},
    comments: args.comments ?? [],
    corrections: args.corrections ?? [],
    status: args.status ?? null,
    statusNote: args.statusNote ?? null,
  });
