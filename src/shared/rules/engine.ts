// Runs the rules over a parsed report: applies the profile, isolates failures, orders findings.
import type { Finding } from '../model/schema';
import type { ParsedDocument } from '../parser/types';
import { proseView, type ProseView } from '../text/prose';
import { resolveSetting, type RuleProfile } from './config';
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

/** Prose views of one document, built once and shared by every rule. */
interface ProseCache {
  whole: ProseView | null;
  sections: Map<string, (ProseView & { start: number; end: number }) | null>;
}

const makeContext = (
  doc: ParsedDocument,
  options: Record<string, unknown>,
  run: RunOptions,
  sink: FindingInput[],
  cache: ProseCache,
): RuleContext => {
  return {
    doc,
    text: doc.report.text,
    options,
    previous: run.previous ?? null,
    peers: run.peers ?? [],
    cell: (path) => doc.report.cells[path],
    sectionProse: (id) => {
      if (!cache.sections.has(id)) {
        const section = doc.report.sections.find((s) => s.id === id);
        const heading = doc.headings.find((h) => h.id === id);
        const start = heading?.found ? heading.span[1] : (section?.span[0] ?? 0);
        const end = section?.span[1] ?? 0;
        cache.sections.set(
          id,
          section ? { ...proseView(doc.report.text, start, end), start, end } : null,
        );
      }
      return cache.sections.get(id)!;
    },
    prose: () => (cache.whole ??= proseView(doc.report.text)),
    report: (f) => sink.push(f),
  };
};

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
  const cache: ProseCache = { whole: null, sections: new Map() };
  for (const rule of rules) {
    const setting = resolveSetting(run.profile, rule.meta.id);
    if (!setting.enabled) continue;
    if (rule.meta.needsWorkspace && !run.previous && (run.peers?.length ?? 0) === 0) continue;
    const sink: FindingInput[] = [];
    try {
      rule.check(makeContext(doc, setting.options, run, sink, cache));
    } catch (error) {
      findings.push({
        ruleId: rule.meta.id,
        severity: 'info',
        message: `规则「${rule.meta.title}」运行出错，未能完成检查：${error instanceof Error ? error.message : String(error)}`,
        spans: [],
        cells: [],
        expected: null,
        actual: null,
        suggestion: null,
      });
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
