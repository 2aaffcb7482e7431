// The records of the export channels and of the version comparison that cross IPC.
import { z } from 'zod';
import { decisionSchema, reviewFindingSchema } from './review';

/** What an export answers: where main wrote the file, or null when the save was cancelled. */
export const exportSavedSchema = z.object({
  path: z.string().nullable(),
  /** Findings or notes the file holds (rows of an issue list, notes of an annotated report). */
  items: z.number().int().nonnegative(),
  /** Notes of an annotated report that could not be placed on their text. */
  unplaced: z.number().int().nonnegative(),
});
export type ExportSaved = z.infer<typeof exportSavedSchema>;

/** One submitted version of a report of an agency and year. */
export const versionInfoSchema = z.object({
  id: z.string(),
  /** 1 for the first submission, 2 for the next one imported, … */
  version: z.number().int().positive(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;

/** Fixed / still open / new findings from the previous version to this one, by fingerprint. */
export const versionComparisonSchema = z.object({
  fromId: z.string(),
  toId: z.string(),
  fixed: z.array(reviewFindingSchema),
  /** As in the newer version; `before` is the decision on it in the older one. */
  stillOpen: z.array(reviewFindingSchema.extend({ before: decisionSchema.nullable() })),
  new: z.array(reviewFindingSchema),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

export const reportVersionsSchema = z.object({
  /** Every version of the report's agency and year, oldest first (just this one when alone). */
  versions: z.array(versionInfoSchema),
  /** Which of them the asked report is (1-based). */
  current: z.number().int().positive(),
  /** Against the version before the asked one; null for a first version. */
  comparison: versionComparisonSchema.nullable(),
});
export type ReportVersions = z.infer<typeof reportVersionsSchema>;
