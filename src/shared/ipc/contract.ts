// The typed IPC contract: for every channel its request and response schema, for every event
// its payload schema. Both sides derive their types from here; main validates at run time.
import { z } from 'zod';
import { spanSchema } from '../model/schema';
import type { EventChannel, InvokeChannel } from './channels';
import {
  batchProgressSchema,
  commentSchema,
  decisionKindSchema,
  decisionSchema,
  reportDetailSchema,
  reportStatusSchema,
  reportSummarySchema,
} from './review';
import { exportSavedSchema, reportVersionsSchema } from './exports';
import { reportSourceSchema } from './source';
import { letterModelSchema, letterSettingsSchema, unconfirmedChoiceSchema } from './letter';
import {
  agencyMergeSchema,
  registerEditSchema,
  registerListSchema,
  registerTargetSchema,
} from './register';
import { rollupAreaSchema, rollupViewSchema } from '../rollup/view';

/** Bounds that keep a hostile or buggy page from handing main unbounded work. */
const MAX_PATHS = 1000;
const pathString = z.string().min(1).max(4096);
const reportId = z.string().min(1).max(64);
const empty = z.object({}).strict();

/** A cell value a reviewer may type: a finite number, or null to withdraw the correction. */
const cellValue = z.number().finite().nullable();

export const ipcContract = {
  'dialog:open': {
    request: empty,
    /** The paths the reviewer chose (empty when cancelled); they are granted to report:import. */
    response: z.object({ paths: z.array(pathString) }),
  },
  'report:import': {
    request: z.object({ paths: z.array(pathString).min(1).max(MAX_PATHS) }).strict(),
    /**
     * `duplicates`: names of files already in the workspace (nothing was added for them);
     * `sameSubmission`: files added as another file of a report there (the .pdf of a .docx);
     * `changed`: reports stored before this import whose findings it changed (next year's report
     * checked again, a peer's content.copied judged again): an open one is reloaded.
     */
    response: z.object({
      reports: z.array(reportSummarySchema),
      duplicates: z.array(z.string()).default([]),
      sameSubmission: z.array(z.string()).default([]),
      changed: z.array(reportId).max(100_000).default([]),
    }),
  },
  'report:list': {
    request: empty,
    response: z.object({ reports: z.array(reportSummarySchema) }),
  },
  'report:get': {
    request: z.object({ id: reportId }).strict(),
    response: reportDetailSchema,
  },
  'finding:decide': {
    request: z
      .object({
        reportId,
        fingerprint: z.string().min(1).max(20_000),
        decision: decisionKindSchema,
        reason: z.string().max(2000).nullable().default(null),
      })
      .strict(),
    response: z.object({ decision: decisionSchema, summary: reportSummarySchema }),
  },
  'comment:add': {
    request: z
      .object({ reportId, span: spanSchema, text: z.string().trim().min(1).max(5000) })
      .strict(),
    response: z.object({ comment: commentSchema, summary: reportSummarySchema }),
  },
  /** A group decided in one action: stored as ordinary per-finding decisions, one transaction. */
  'finding:decide-many': {
    request: z
      .object({
        reportId,
        decisions: z
          .array(
            z
              .object({
                fingerprint: z.string().min(1).max(20_000),
                decision: decisionKindSchema,
                reason: z.string().max(2000).nullable().default(null),
              })
              .strict(),
          )
          .min(1)
          .max(20_000),
      })
      .strict(),
    response: z.object({ decisions: z.array(decisionSchema), summary: reportSummarySchema }),
  },
  'comment:edit': {
    request: z
      .object({
        reportId,
        id: z.string().min(1).max(100),
        text: z.string().trim().min(1).max(5000),
      })
      .strict(),
    response: z.object({ comment: commentSchema, summary: reportSummarySchema }),
  },
  /** Deletes a comment; `restore` brings a deleted one back (undo). */
  'comment:delete': {
    request: z
      .object({ reportId, id: z.string().min(1).max(100), restore: z.boolean().default(false) })
      .strict(),
    response: z.object({ comment: commentSchema, summary: reportSummarySchema }),
  },
  'cell:correct': {
    request: z.object({ reportId, path: z.string().min(3).max(100), value: cellValue }).strict(),
    /** The whole detail again: the findings changed with the correction. */
    response: reportDetailSchema,
  },
  /** Stops the import under way; the files read so far are kept. */
  'import:cancel': {
    request: z.object({}).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  'report:status': {
    request: z
      .object({ reportId, status: reportStatusSchema, note: z.string().max(2000).nullable() })
      .strict(),
    response: z.object({ summary: reportSummarySchema }),
  },
  'export:issues': {
    /** One report (reportId) or the whole batch (reportId null); confirmed-only or every finding. */
    request: z
      .object({
        reportId: reportId.nullable(),
        format: z.enum(['xlsx', 'csv']),
        scope: z.enum(['confirmed', 'all']),
      })
      .strict(),
    response: exportSavedSchema,
  },
  /** The letter's conclusion is the report's status; unconfirmed findings listed or left out. */
  'export:letter': {
    request: z.object({ reportId, unconfirmed: unconfirmedChoiceSchema.default('list') }).strict(),
    response: exportSavedSchema,
  },
  'export:annotated': {
    request: z.object({ reportId }).strict(),
    response: exportSavedSchema,
  },
  'report:versions': {
    request: z.object({ reportId }).strict(),
    response: reportVersionsSchema,
  },
  'report:source': {
    request: z.object({ id: reportId }).strict(),
    /** The original file (PDF bytes or Word as sanitized HTML) and its source segments. */
    response: reportSourceSchema,
  },
  /** The roll-up (汇总) of an area and year, with the register and the figures of the charts. */
  'rollup:get': {
    request: rollupAreaSchema,
    response: rollupViewSchema,
  },
  /** The roll-up as .xlsx or Word 汇总表, or the 审核情况汇总表 (.xlsx). */
  'export:rollup': {
    request: z
      .object({ area: rollupAreaSchema, kind: z.enum(['xlsx', 'docx', 'register']) })
      .strict(),
    response: exportSavedSchema,
  },
  /** The letter as it will be saved (blocks), for the preview and the print view. */
  'letter:preview': {
    request: z.object({ reportId, unconfirmed: unconfirmedChoiceSchema.default('list') }).strict(),
    response: letterModelSchema,
  },
  /** The office's letter settings, and why the stored file could not be read (if so). */
  'letter:settings-get': {
    request: empty,
    response: z.object({ settings: letterSettingsSchema, problem: z.string().nullable() }),
  },
  'letter:settings-set': {
    request: letterSettingsSchema.strict(),
    response: z.object({ settings: letterSettingsSchema }),
  },
  /** Shows a file this session exported in the file manager (any other path is refused). */
  'shell:show-in-folder': {
    request: z.object({ path: pathString }).strict(),
    response: z.object({ shown: z.boolean() }),
  },
  /** Prints the window (the page shows its print view first); false when cancelled. */
  'window:print': {
    request: empty,
    response: z.object({ printed: z.boolean() }),
  },
  /** The register: one line per agency and year (see register.ts). */
  'register:list': { request: empty, response: registerListSchema },
  /** Corrects a submission's agency name and/or year; its checks run again. */
  'register:edit': { request: registerEditSchema, response: registerListSchema },
  /** Takes a submission out of the register (kept in the file for 撤销). */
  'register:remove': {
    request: registerTargetSchema,
    response: registerListSchema.extend({ removed: z.array(z.string()) }),
  },
  'register:restore': { request: registerTargetSchema, response: registerListSchema },
  'agency:merge': {
    request: agencyMergeSchema,
    response: registerListSchema.extend({ key: z.string(), moved: z.number().int() }),
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

export const ipcEvents = {
  'batch:progress': batchProgressSchema,
  /** Files the reviewer dropped on the window or chose from the menu, already granted. */
  'files:chosen': z.object({ paths: z.array(pathString) }),
} as const satisfies Record<EventChannel, z.ZodType>;

/** What the page sends on a channel (before defaults are applied). */
export type IpcRequest<C extends InvokeChannel> = z.input<(typeof ipcContract)[C]['request']>;
/** The request as a handler receives it, validated and with defaults. */
export type IpcParsedRequest<C extends InvokeChannel> = z.output<
  (typeof ipcContract)[C]['request']
>;
export type IpcResponse<C extends InvokeChannel> = z.output<(typeof ipcContract)[C]['response']>;
export type IpcEventPayload<E extends EventChannel> = z.output<(typeof ipcEvents)[E]>;

/** Error codes a call can end with; the message is always Chinese. */
export type IpcErrorCode =
  | 'UNKNOWN_CHANNEL'
  | 'INVALID_REQUEST'
  | 'INVALID_RESPONSE'
  | 'FORBIDDEN_SENDER'
  | 'PATH_NOT_GRANTED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** What every invoke resolves to: Electron forwards only `error.message` of a throw. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
