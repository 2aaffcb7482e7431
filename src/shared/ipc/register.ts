// The register (审核台账) as it crosses IPC: one line per agency and year showing its latest
// version, with every version (submission) and the files of each.
import { z } from 'zod';
import { reportSummarySchema } from './review';

export const registerFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
});
export type RegisterFile = z.infer<typeof registerFileSchema>;

/** One submission: the .docx and .pdf of one report are two files of one version. */
export const registerVersionSchema = z.object({
  version: z.number().int().positive(),
  /** The file shown for this submission. */
  submissionId: z.string(),
  files: z.array(registerFileSchema).min(1),
});
export type RegisterVersion = z.infer<typeof registerVersionSchema>;

export const registerRowSchema = z.object({
  /** The file shown for the latest version: its status, counts and decisions are the line's. */
  summary: reportSummarySchema,
  /** The agency's key in the workspace (merged names resolved); null when none was read. */
  agencyKey: z.string().nullable(),
  /** Oldest first. */
  versions: z.array(registerVersionSchema).min(1),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const registerListSchema = z.object({ rows: z.array(registerRowSchema) });

const reportId = z.string().min(1).max(64);

/** The reviewer's agency name and/or year for a submission (null leaves it as read). */
export const registerEditSchema = z
  .object({
    reportId,
    agency: z.string().trim().min(2).max(100).nullable(),
    year: z.number().int().min(2008).max(2100).nullable(),
  })
  .strict();

export const registerTargetSchema = z.object({ reportId }).strict();

/** Two names of one agency: every report of `from` becomes `into`'s. Both are agency keys. */
export const agencyMergeSchema = z
  .object({ into: z.string().trim().min(1).max(500), from: z.string().trim().min(1).max(500) })
  .strict();
