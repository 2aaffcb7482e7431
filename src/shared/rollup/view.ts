// What the app shows of an area's roll-up: the sums, the register of the reports and the figures
// for the charts. zod schemas, as it crosses IPC.
import { z } from 'zod';
import { reportStatusSchema } from '../ipc/review';
import { rollupSchema } from './schema';

/** An area: some agencies (by name; null for all) and a year. */
export const rollupAreaSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    agencies: z.array(z.string().min(1).max(200)).max(2000).nullable().default(null),
    name: z.string().max(100).nullable().default(null),
  })
  .strict();
export type RollupArea = z.infer<typeof rollupAreaSchema>;

const severityPair = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
});

/** One line of the 审核情况汇总表. */
export const registerRowSchema = z.object({
  id: z.string(),
  agency: z.string(),
  year: z.number().int().nullable(),
  version: z.number().int().positive(),
  status: reportStatusSchema,
  /** Every finding the checks made, by severity. */
  found: severityPair,
  /** Findings still standing: confirmed or not yet decided (dismissed ones are closed). */
  open: severityPair,
  /** ISO time of the last return to the agency, and of the approval. */
  returnedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Whether its tables joined the roll-up. */
  joined: z.boolean(),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

/** The area's totals of one year, for the line chart. */
export const yearTotalsSchema = z.object({
  year: z.number().int(),
  reports: z.number().int().nonnegative(),
  /** 一、本年新收 总计 */
  received: z.number().nullable(),
  /** 三、（七）总计 总计 */
  handled: z.number().nullable(),
  /** 行政复议 + 行政诉讼 总计 */
  reviews: z.number().nullable(),
});
export type YearTotals = z.infer<typeof yearTotalsSchema>;

export const rollupViewSchema = z.object({
  area: z.object({
    year: z.number().int(),
    agencies: z.array(z.string()).nullable(),
    name: z.string(),
  }),
  rollup: rollupSchema,
  register: z.array(registerRowSchema),
  /** Every year the workspace holds reports of these agencies for, oldest first. */
  years: z.array(yearTotalsSchema),
  /** Agency names available for the year, to choose an area from. */
  agencies: z.array(z.string()),
});
export type RollupView = z.infer<typeof rollupViewSchema>;
