// The shape of a rule: metadata a reviewer can read, and a check over one parsed report.
import type { z } from 'zod';
import type { Cell, Finding, SectionId, Severity, Span } from '../model/schema';
import type { ParsedDocument } from '../parser/types';
import type { ProseView } from '../text/prose';
import type { SectionBody } from './support/sections';
import type { Sentence } from './support/sentences';

export const ruleCategories = [
  'structure',
  'table',
  'arith',
  'consistency',
  'year',
  'content',
  'text',
] as const;
export type RuleCategory = (typeof ruleCategories)[number];

/** Chinese names of the categories. */
export const categoryLabel: Record<RuleCategory, string> = {
  structure: '结构',
  table: '表格',
  arith: '表内勾稽',
  consistency: '文表一致',
  year: '年度',
  content: '内容',
  text: '文字',
};

export interface RuleMeta {
  /** "<category>.<name>", e.g. "arith.requests-balance". */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** Short Chinese title. */
  title: string;
  /** What the rule checks and why, in Chinese, for the reviewer. */
  description: string;
  /** True when the rule needs more than one report (the workspace supplies the others). */
  needsWorkspace?: boolean;
  /**
   * True when the rule holds the report to the outline or tables of the national forms (2019,
   * 2021): a report of a year before 2019 predates them and is not checked by it
   * (structure.outdated-format says so once).
   */
  formOnly?: boolean;
  /**
   * The options a profile may pass, as a zod schema (as ESLint rules declare `schema`): checked
   * when a profile is loaded, and its defaults filled in before the rule runs.
   */
  options?: z.ZodType<Record<string, unknown>>;
}

/** What a check reports; the engine fills in rule id, severity and defaults. */
export interface FindingInput {
  message: string;
  spans?: Span[];
  cells?: string[];
  expected?: string | number | null;
  actual?: string | number | null;
  suggestion?: string | null;
  /** Overrides the rule's severity for this finding (e.g. info for a 规章 "/"). */
  severity?: Severity;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  /** Shortcut to doc.report.text. */
  readonly text: string;
  /** The rule's options from the profile (empty object when none). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Last year's report of the same agency, when the workspace has it. */
  readonly previous: ParsedDocument | null;
  /** Other reports of the same year in the workspace (for content.copied). */
  readonly peers: readonly ParsedDocument[];
  cell(path: string): Cell | undefined;
  /*
   * The prose layer (support/prose.ts), built once per document and shared by every rule.
   */
  /** The whole text as a prose view. */
  prose(): ProseView;
  /** The sentences of the prose outside the tables (split at 。！？； and line ends). */
  sentences(): readonly Sentence[];
  /** The narrative's sentences; with `semicolons: false` a sentence runs over ；. */
  narrative(options?: { semicolons: boolean }): readonly Sentence[];
  /** A section's body (after its heading line) in the prose view, or null when absent. */
  section(id: SectionId): SectionBody | null;
  report(finding: FindingInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** Identity helper that keeps a rule module's type checked. */
export const defineRule = (rule: Rule): Rule => rule;

export type { Finding };
