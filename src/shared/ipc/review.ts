// The review records that cross IPC: report summaries and details, decisions, comments,
// corrections, statuses. zod schemas first; the types derive from them.
import { z } from 'zod';
import { fileErrorSchema, findingSchema, spanSchema } from '../model/schema';
import { sourceGridSchema } from '../model/source';

/** 待审核 / 审核中 / 已退回 / 已通过, as stored enum codes. */
export const reportStatusSchema = z.enum(['pending', 'in_review', 'returned', 'approved']);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const reportStatusLabel: Record<ReportStatus, string> = {
  pending: '待审核',
  in_review: '审核中',
  returned: '已退回',
  approved: '已通过',
};

export const decisionKindSchema = z.enum(['confirmed', 'dismissed', 'pending']);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

export const decisionKindLabel: Record<DecisionKind, string> = {
  confirmed: '已确认',
  dismissed: '已排除',
  pending: '待审核',
};

/** A reviewer's judgement of one finding, keyed by the finding's fingerprint. */
export const decisionSchema = z.object({
  fingerprint: z.string(),
  decision: decisionKindSchema,
  reason: z.string().nullable(),
  reviewer: z.string(),
  /** ISO 8601 time of the decision. */
  at: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** A finding as the reviewer sees it: the rule's finding, its identity, and the decision. */
export const reviewFindingSchema = findingSchema.extend({
  fingerprint: z.string(),
  decision: decisionSchema.nullable(),
});
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;

/** A reviewer's remark anchored to a range of report.text. */
export const commentSchema = z.object({
  id: z.string(),
  span: spanSchema,
  /** The passage as it stood when commented on. */
  quote: z.string(),
  text: z.string(),
  reviewer: z.string(),
  at: z.string(),
});
export type Comment = z.infer<typeof commentSchema>;

/** A cell value the reviewer corrected, kept apart from what the parser read. */
export const correctionSchema = z.object({
  path: z.string(),
  value: z.number().nullable(),
  /** What the parser read, so the original stays visible. */
  original: z.number().nullable(),
  originalRaw: z.string(),
  reviewer: z.string(),
  at: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const statusChangeSchema = z.object({
  status: reportStatusSchema,
  note: z.string().nullable(),
  reviewer: z.string(),
  at: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

const countsSchema = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});
export type SeverityCounts = z.infer<typeof countsSchema>;

/** One line of the batch view. Counts leave out dismissed findings. */
export const reportSummarySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.string(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  status: reportStatusSchema,
  /** Set when the file could not be read; then there is no report. */
  error: fileErrorSchema.nullable(),
  counts: countsSchema,
  /** Open findings per rule category (the part of ruleId before the dot). */
  byCategory: z.record(z.string(), z.number().int().nonnegative()),
  /** Findings confirmed or dismissed so far, of `total`. */
  decided: z.number().int().nonnegative(),
  /** Findings not yet confirmed or dismissed, by severity (the register's attention order). */
  undecided: countsSchema.optional(),
  total: z.number().int().nonnegative(),
  importedAt: z.string(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** Everything the report view shows. */
export const reportDetailSchema = z.object({
  summary: reportSummarySchema,
  /** The extracted text; the renderer parses it with the shared parser to show and re-check. */
  raw: z.string(),
  /** The tables whose columns the extractor knew, passed to the parser with `raw`. */
  grids: z.array(sourceGridSchema).default([]),
  /** Notes of the extractor for the reviewer, e.g. "由 .doc 转换". */
  notes: z.array(z.string()),
  findings: z.array(reviewFindingSchema),
  comments: z.array(commentSchema),
  corrections: z.array(correctionSchema),
  history: z.array(statusChangeSchema),
});
export type ReportDetail = z.infer<typeof reportDetailSchema>;

export const batchProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The file being read now, null when finished. */
  current: z.string().nullable(),
});
export type BatchProgress = z.infer<typeof batchProgressSchema>;
