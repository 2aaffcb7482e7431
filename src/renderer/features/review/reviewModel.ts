// Pure helpers of the report view: grouping and ordering findings, where a finding is, which cell
// a correction targets, and the marks the source view paints.
import { findingCategory } from '../../../shared/review/findings';
import type { Comment, Correction, ReviewFinding } from '../../../shared/ipc/review';
import { activeFormOf } from '../../../shared/model/form';
import type { Severity } from '../../../shared/model/schema';
import type { ParsedDocument } from '../../../shared/parser';
import { ruleById } from '../../../shared/rules/registry';
import { ruleCategories, categoryLabel } from '../../../shared/rules/types';
import { lineColumnAt } from '../../../shared/text/lines';
import { describeCells, placeInReport } from '../../../shared/text/places';

export type FindingFilter = 'all' | 'open' | 'confirmed' | 'dismissed';

/** A finding with its index in the report's list (the key the views use in the DOM). */
export interface IndexedFinding {
  index: number;
  finding: ReviewFinding;
}

/** Findings of one rule in one report, shown as one line ("单元格空白 ×125") and decided at once. */
export interface RuleGroup {
  /** "<category>/<ruleId>": the key of its collapsed or expanded state. */
  key: string;
  ruleId: string;
  title: string;
  items: IndexedFinding[];
}

/** A line of the panel inside a category: one finding, or a group of one rule's findings. */
export type PanelEntry =
  { kind: 'finding'; item: IndexedFinding } | { kind: 'group'; group: RuleGroup };

export interface FindingGroup {
  category: string;
  label: string;
  items: IndexedFinding[];
  entries: PanelEntry[];
}

/** From this many findings of one rule in a category, they are shown as a group. */
export const GROUP_MIN = 3;

/** The Chinese title of a rule (its id when the catalogue does not know it). */
export const ruleTitle = (ruleId: string): string => ruleById(ruleId)?.meta.title ?? ruleId;

/** A category's findings as panel lines: a rule's group stands where its first finding is. */
const entriesOf = (category: string, items: readonly IndexedFinding[]): PanelEntry[] => {
  const byRule = new Map<string, IndexedFinding[]>();
  for (const item of items)
    byRule.set(item.finding.ruleId, [...(byRule.get(item.finding.ruleId) ?? []), item]);
  const out: PanelEntry[] = [];
  const placed = new Set<string>();
  for (const item of items) {
    const ruleId = item.finding.ruleId;
    const same = byRule.get(ruleId)!;
    if (same.length < GROUP_MIN) out.push({ kind: 'finding', item });
    else if (!placed.has(ruleId)) {
      placed.add(ruleId);
      out.push({
        kind: 'group',
        group: { key: `${category}/${ruleId}`, ruleId, title: ruleTitle(ruleId), items: same },
      });
    }
  }
  return out;
};

/** The j/k order: a collapsed group is one stop (its first finding), an expanded one each. */
export const navigationOrder = (
  groups: readonly FindingGroup[],
  expanded: ReadonlySet<string>,
): IndexedFinding[] =>
  groups.flatMap((g) =>
    g.entries.flatMap((e) =>
      e.kind === 'finding'
        ? [e.item]
        : expanded.has(e.group.key)
          ? e.group.items
          : e.group.items.slice(0, 1),
    ),
  );

/**
 * The group of a finding: its rule's group in the panel, or (a rule with few findings) the
 * findings of its rule in its category, which a group action decides together too.
 */
export const groupOf = (groups: readonly FindingGroup[], index: number): RuleGroup | null => {
  for (const g of groups) {
    const item = g.items.find((x) => x.index === index);
    if (!item) continue;
    for (const e of g.entries)
      if (e.kind === 'group' && e.group.ruleId === item.finding.ruleId) return e.group;
    const ruleId = item.finding.ruleId;
    return {
      key: `${g.category}/${ruleId}`,
      ruleId,
      title: ruleTitle(ruleId),
      items: g.items.filter((x) => x.finding.ruleId === ruleId),
    };
  }
  return null;
};

/**
 * The members a group action changes: the open ones; when none is open, every one whose
 * decision differs (to turn a whole group from confirmed to dismissed, say).
 */
export const groupTargets = (
  group: RuleGroup,
  decision: 'confirmed' | 'dismissed',
): IndexedFinding[] => {
  const open = group.items.filter((x) => decisionOf(x.finding) === 'pending');
  return open.length > 0 ? open : group.items.filter((x) => decisionOf(x.finding) !== decision);
};

const decisionOf = (f: ReviewFinding) => f.decision?.decision ?? 'pending';

export const matchesFilter = (f: ReviewFinding, filter: FindingFilter): boolean => {
  const d = decisionOf(f);
  if (filter === 'all') return true;
  if (filter === 'open') return d === 'pending';
  return d === filter;
};

/** Findings by category in catalogue order, reading order inside each, a rule's many as a group. */
export const groupFindings = (
  findings: readonly ReviewFinding[],
  filter: FindingFilter,
): { groups: FindingGroup[] } => {
  const byCategory = new Map<string, IndexedFinding[]>();
  findings.forEach((finding, index) => {
    if (!matchesFilter(finding, filter)) return;
    const c = findingCategory(finding.ruleId);
    byCategory.set(c, [...(byCategory.get(c) ?? []), { index, finding }]);
  });
  const known: readonly string[] = ruleCategories;
  const categories = [
    ...ruleCategories.filter((c) => byCategory.has(c)),
    ...[...byCategory.keys()].filter((c) => !known.includes(c)).sort(),
  ];
  const groups = categories.map((c) => ({
    category: c,
    label: (categoryLabel as Record<string, string>)[c] ?? c,
    items: byCategory.get(c)!,
    entries: entriesOf(c, byCategory.get(c)!),
  }));
  return { groups };
};

/**
 * "表三「三、（七）总计」总计列", or "第二部分「主动公开政府信息情况」 · 第 12 行", or no place:
 * named in the vocabulary of shared/text/places, as the exports name it.
 */
export const placeOf = (
  f: ReviewFinding,
  doc: ParsedDocument,
  starts: readonly number[],
): string | null => {
  if (f.cells.length > 0) return describeCells(f.cells, 1, activeFormOf(doc.report.cells));
  const span = f.spans[0];
  if (!span) return null;
  const { line } = lineColumnAt(starts, span[0]);
  return `${placeInReport(doc.report, span[0], doc.titleSpan)} · 第 ${line} 行`;
};

/** The cell a correction of this finding targets: the printed cell its span points at, else the first. */
export const targetCell = (f: ReviewFinding, doc: ParsedDocument): string | null => {
  const span = f.spans[0];
  const onSpan = span
    ? f.cells.find((p) => {
        const s = doc.report.cells[p]?.span;
        return s !== null && s !== undefined && s[0] === span[0] && s[1] === span[1];
      })
    : undefined;
  return onSpan ?? f.cells[0] ?? null;
};

/**
 * The cells a finding points at: those whose printed figure lies under one of its spans (an
 * arithmetic finding names the whole relation but points at the likely culprit); all of its
 * cells when none does.
 */
export const flaggedCells = (f: ReviewFinding, doc: ParsedDocument): string[] => {
  const under = f.cells.filter((p) => {
    const s = doc.report.cells[p]?.span;
    return !!s && f.spans.some(([a, b]) => s[0] < Math.max(b, a + 1) && a < s[1]);
  });
  return under.length > 0 ? under : f.cells;
};

export type MarkKind = Severity | 'comment' | 'corrected';

/** A range of report.text the source view paints; `key` is "f<index>" or "c<id>". */
export interface Mark {
  key: string;
  start: number;
  end: number;
  kind: MarkKind;
}

/** Marks of open findings (and of the active one even when decided), comments, corrections. */
export const buildMarks = (
  findings: readonly ReviewFinding[],
  comments: readonly Comment[],
  corrections: readonly Correction[],
  doc: ParsedDocument,
  activeIndex: number | null,
): Mark[] => {
  const marks: Mark[] = [];
  findings.forEach((f, i) => {
    if (decisionOf(f) === 'dismissed' && i !== activeIndex) return;
    for (const [start, end] of f.spans) marks.push({ key: `f${i}`, start, end, kind: f.severity });
  });
  for (const c of comments)
    marks.push({ key: `c${c.id}`, start: c.span[0], end: c.span[1], kind: 'comment' });
  for (const c of corrections) {
    const span = doc.report.cells[c.path]?.span;
    if (span) marks.push({ key: `k${c.path}`, start: span[0], end: span[1], kind: 'corrected' });
  }
  return marks;
};

/** Worst severity among findings (for colouring a table cell). */
export const worstSeverity = (severities: readonly Severity[]): Severity | null =>
  severities.includes('error')
    ? 'error'
    : severities.includes('warning')
      ? 'warning'
      : (severities[0] ?? null);
