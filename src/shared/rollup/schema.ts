// The roll-up (汇总) of an area's reports: zod schemas first (they cross IPC), types derived.
import { z } from 'zod';
import { findingSchema } from '../model/schema';

/** A report that joined the roll-up, with the values it contributed. */
export const rollupMemberSchema = z.object({
  id: z.string(),
  agency: z.string(),
  year: z.number().int().nullable(),
  version: z.number().int().positive(),
  /** '2019' when the report is in the 2019 form: it joins by the cells both forms share. */
  format: z.enum(['2021', '2019']),
  /** The value of every cell it contributed (corrections applied). */
  values: z.record(z.string(), z.number()),
  /** Cells whose value is the reviewer's correction, not what was read. */
  corrected: z.array(z.string()),
  /** Table 三 （六）其他处理 of a 2019 report: one row, not split into 1–3 (per column). */
  legacyOther: z.record(z.string(), z.number()).nullable(),
});
export type RollupMember = z.infer<typeof rollupMemberSchema>;

/** A report left out, and why (Chinese, one reason a line). */
export const rollupExcludedSchema = z.object({
  id: z.string(),
  agency: z.string(),
  version: z.number().int().positive(),
  reasons: z.array(z.string()).min(1),
});
export type RollupExcluded = z.infer<typeof rollupExcludedSchema>;

/** One cell of the summed form. */
export const rollupCellSchema = z.object({
  path: z.string(),
  /** The sum over the reports that have this cell (null when none has). */
  value: z.number().nullable(),
  /** How many reports contributed. */
  reports: z.number().int().nonnegative(),
  /** How many of those contributed a corrected value. */
  corrected: z.number().int().nonnegative(),
  /** True when a member (a 2019 report) has no such cell: the sum is over the others only. */
  partial: z.boolean(),
});
export type RollupCell = z.infer<typeof rollupCellSchema>;

/** A finding of the table rules on the summed tables, with the agencies whose tables cause it. */
export const rollupFindingSchema = findingSchema.extend({
  agencies: z.array(z.object({ id: z.string(), agency: z.string() })),
});
export type RollupFinding = z.infer<typeof rollupFindingSchema>;

/** Information for the drill-down (not a finding): a value far off its peers or last year. */
export const rollupOutlierSchema = z.object({
  path: z.string(),
  memberId: z.string(),
  /** 'high': above 3× the median of the other members; 'dropped': 0 where last year had many. */
  kind: z.enum(['high', 'dropped']),
  value: z.number(),
  /** The median (high) or last year's value (dropped). */
  reference: z.number(),
  message: z.string(),
});
export type RollupOutlier = z.infer<typeof rollupOutlierSchema>;

export const rollupSchema = z.object({
  year: z.number().int(),
  members: z.array(rollupMemberSchema),
  excluded: z.array(rollupExcludedSchema),
  cells: z.record(z.string(), rollupCellSchema),
  /** Sum of the 2019 members' single （六）其他处理 row, per column (null without such members). */
  legacyOther: z.record(z.string(), z.number()).nullable(),
  findings: z.array(rollupFindingSchema),
  outliers: z.array(rollupOutlierSchema),
});
export type Rollup = z.infer<typeof rollupSchema>;
