// zod schemas of the report model and of findings (report-model.md); the types derive from them.
import { z } from 'zod';

/** Half-open range [start, end) of UTF-16 code units into `report.text`. */
export const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof spanSchema>;

export const cellSchema = z.object({
  value: z.number().nullable(),
  raw: z.string(),
  span: spanSchema.nullable(),
});
export type Cell = z.infer<typeof cellSchema>;

export const sectionIdSchema = z.enum(['1', '2', '3', '4', '5', '6']);
export type SectionId = z.infer<typeof sectionIdSchema>;

export const sectionSchema = z.object({
  id: sectionIdSchema,
  heading: z.string(),
  span: spanSchema,
});
export type Section = z.infer<typeof sectionSchema>;

export const formatVersionSchema = z.enum(['2021', '2019', 'unknown']);
export type FormatVersion = z.infer<typeof formatVersionSchema>;

export const reportSchema = z.object({
  title: z.string().nullable(),
  agency: z.string().nullable(),
  year: z.number().int().nullable(),
  formatVersion: formatVersionSchema,
  text: z.string(),
  sections: z.array(sectionSchema),
  cells: z.record(z.string(), cellSchema),
});
export type Report = z.infer<typeof reportSchema>;

export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  ruleId: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/),
  severity: severitySchema,
  message: z.string().min(1),
  spans: z.array(spanSchema),
  cells: z.array(z.string()),
  expected: z.union([z.string(), z.number()]).nullable(),
  actual: z.union([z.string(), z.number()]).nullable(),
  suggestion: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const fileErrorSchema = z.object({ code: z.string(), message: z.string() });
export type FileError = z.infer<typeof fileErrorSchema>;

export const fileResultSchema = z.object({
  file: z.string(),
  format: z.string(),
  error: fileErrorSchema.nullable(),
  report: reportSchema.nullable(),
  findings: z.array(findingSchema),
  /** What reading the file noticed, for the reviewer: "由 .doc 转换", a scanned page… */
  notes: z.array(z.string()).optional(),
});
export type FileResult = z.infer<typeof fileResultSchema>;

export const checkOutputSchema = z.object({
  tool: z.object({ name: z.literal('nianbao'), version: z.string() }),
  results: z.array(fileResultSchema),
});
export type CheckOutput = z.infer<typeof checkOutputSchema>;

/** Chinese names of the severities, as a reviewer reads them. */
export const severityLabel: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};
