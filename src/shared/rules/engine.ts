// Runs the rules over a parsed report: applies the profile, isolates failures, orders findings.
import type { Finding } from '../model/schema';
import type { ParsedDocument } from '../parser/types';
import { checkOptions, resolveSetting, type RuleProfile } from './config';
import { docNarrative, docProse, docSentences, sectionBody } from './support/prose';
import { beforeTheForms } from './support/years';
import type { FindingInput, Rule, RuleContext } from './types';

export interface RunOptions {
  profile?: RuleProfile;
  previous?: ParsedDocument | null;
  peers?: readonly ParsedDocument[];
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Findings in reading order: by first place in the text, then severity, then rule id. */
export const sortFindings = (findings: Finding[]): Finding[] =>
  findings.sort((a, b) => {
    const pa = a.spans[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
    const pb = b.spans[0]?.[0] ?? Number.MAX_SAFE_INTEGER;
    return (
      pa - pb ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.ruleId.localeCompare(b.ruleId)
    );
  });

const makeContext = (
  doc: ParsedDocument,
  options: Record<string, unknown>,
  run: RunOptions,
  sink: FindingInput[],
): RuleContext => ({
  doc,
  text: doc.report.text,
  options,
  previous: run.previous ?? null,
  peers: run.peers ?? [],
  cell: (path) => doc.report.cells[path],
  prose: () => docProse(doc),
  sentences: () => docSentences(doc),
  narrative: (o) => docNarrative(doc, o?.semicolons ?? true),
  section: (id) => sectionBody(doc, id),
  report: (f) => sink.push(f),
});

/** The info finding that says a rule could not check this report, and why. */
const ruleFailed = (rule: Rule, why: string): Finding => ({
  ruleId: rule.meta.id,
  severity: 'info',
  message: `规则「${rule.meta.title}」${why.replace(/^运行出错：/, '运行出错，未能完成检查：')}`,
  spans: [],
  cells: [],
  expected: null,
  actual: null,
  suggestion: null,
});

/**
 * Runs every enabled rule. A rule that throws produces one info finding that says so, and
 * the other rules still run: one broken rule must not silence the catalogue.
 */
export const runRules = (
  doc: ParsedDocument,
  rules: readonly Rule[],
  run: RunOptions = {},
): Finding[] => {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = resolveSetting(run.profile, rule.meta.id);
    if (!setting.enabled) continue;
    if (rule.meta.needsWorkspace && !run.previous && (run.peers?.length ?? 0) === 0) continue;
    if (rule.meta.formOnly && beforeTheForms(doc)) continue;
    const sink: FindingInput[] = [];
    const options = checkOptions(rule.meta, setting.options);
    if (!options.ok) {
      findings.push(ruleFailed(rule, `选项有误：${options.message}`));
      continue;
    }
    try {
      rule.check(makeContext(doc, options.options, run, sink));
    } catch (error) {
      findings.push(
        ruleFailed(rule, `运行出错：${error instanceof Error ? error.message : String(error)}`),
      );
      continue;
    }
    for (const f of sink) {
      findings.push({
        ruleId: rule.meta.id,
        severity: setting.severity ?? f.severity ?? rule.meta.severity,
        message: f.message,
        spans: f.spans ?? [],
        cells: f.cells ?? [],
        expected: f.expected ?? null,
        actual: f.actual ?? null,
        suggestion: f.suggestion ?? null,
      });
    }
  }
  return sortFindings(findings);
};

/** A stable identity for a finding, so a reviewer's decision survives a re-check. */
export const findingFingerprint = (f: Finding, text: string): string => {
  const quoted = f.spans.map(([s, e]) => text.slice(s, e).replace(/\s+/g, '')).join('|');
  return [f.ruleId, [...f.cells].sort().join(','), quoted].join('#');
};

/**
 * Fingerprints made unique within one report: a second finding equal to an earlier one (the
 * same phrase flagged twice) gets "~2", a third "~3", so each keeps its own decision.
 */
export const uniqueFingerprints = (findings: readonly Finding[], text: string): string[] => {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingFingerprint(f, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
};
