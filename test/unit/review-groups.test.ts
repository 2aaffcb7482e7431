// The finding panel's groups on a real check: a rule's many findings are one line, j/k stops once
// on a collapsed group, a group action changes the open members; a selection found in the text.
import { describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../src/shared/ipc/review';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import {
  GROUP_MIN,
  groupFindings,
  groupOf,
  groupTargets,
  navigationOrder,
  type RuleGroup,
} from '../../src/renderer/features/review/reviewModel';
import { locateQuote } from '../../src/renderer/features/review/selection';
import { buildReportText, consistentCells } from '../support/report-builder';

/** A report whose 表三 figures carry their unit ("3件"), and one 表四 total off by one. */
const crowded = (): ReviewFinding[] => {
  const cells = consistentCells(11);
  for (const key of Object.keys(cells))
    if (key.startsWith('requests/1/')) cells[key] = `${cells[key]}件`;
  cells['review/reconsideration/total'] = Number(cells['review/reconsideration/total']) + 1;
  const doc = parseReport(buildReportText({ cells }));
  return runRules(doc, allRules).map((f, i) => ({ ...f, fingerprint: `fp${i}`, decision: null }));
};

const decide = (f: ReviewFinding, decision: 'confirmed' | 'dismissed'): ReviewFinding => ({
  ...f,
  decision: { fingerprint: f.fingerprint, decision, reason: 'r', reviewer: '张三', at: 't' },
});

const onlyGroup = (findings: readonly ReviewFinding[]): RuleGroup => {
  const { groups } = groupFindings(findings, 'all');
  const all = groups.flatMap((g) =>
    g.entries.flatMap((e) => (e.kind === 'group' ? [e.group] : [])),
  );
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('finding groups', () => {
  const findings = crowded();
  const invalid = findings.filter((f) => f.ruleId === 'table.cell-invalid');

  it('shows a rule with many findings as one line where its first finding stood', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(GROUP_MIN);
    const group = onlyGroup(findings);
    expect(group).toMatchObject({ ruleId: 'table.cell-invalid', title: '单元格内容不合规' });
    expect(group.items.map((x) => x.finding)).toEqual(invalid);
    const { groups } = groupFindings(findings, 'all');
    // Every finding is in its category, once; the singles stay single lines.
    const lines = groups.flatMap((g) => g.entries);
    const singles = lines.filter((e) => e.kind === 'finding');
    expect(singles.length + invalid.length).toBe(findings.length);
  });

  it('stops once on a collapsed group in the j/k order, on each member when expanded', () => {
    const { groups } = groupFindings(findings, 'all');
    const group = onlyGroup(findings);
    const collapsed = navigationOrder(groups, new Set());
    expect(collapsed).toHaveLength(findings.length - invalid.length + 1);
    expect(collapsed.filter((x) => x.finding.ruleId === 'table.cell-invalid')).toEqual([
      group.items[0],
    ]);
    expect(navigationOrder(groups, new Set([group.key]))).toHaveLength(findings.length);
  });

  it('a group action changes the open members; with none open, those decided otherwise', () => {
    const withOne = findings.map((f) => (f === invalid[1] ? decide(f, 'dismissed') : f));
    const group = onlyGroup(withOne);
    const open = groupTargets(group, 'confirmed');
    expect(open).toHaveLength(invalid.length - 1);
    expect(open.map((x) => x.finding.fingerprint)).not.toContain(invalid[1]!.fingerprint);

    const allConfirmed = onlyGroup(
      findings.map((f) => (f.ruleId === 'table.cell-invalid' ? decide(f, 'confirmed') : f)),
    );
    expect(groupTargets(allConfirmed, 'confirmed')).toEqual([]);
    expect(groupTargets(allConfirmed, 'dismissed')).toHaveLength(invalid.length);
  });

  it('a finding whose rule has few findings still has its rule as a group for Shift+C', () => {
    const { groups } = groupFindings(findings, 'all');
    const index = findings.findIndex((f) => f.ruleId !== 'table.cell-invalid');
    const g = groupOf(groups, index)!;
    expect(g.ruleId).toBe(findings[index]!.ruleId);
    expect(g.items.every((x) => x.finding.ruleId === g.ruleId)).toBe(true);
    expect(groupOf(groups, findings.indexOf(invalid[2]!))?.key).toBe(onlyGroup(findings).key);
  });

  it('groups only what the filter shows', () => {
    const decided = findings.map((f) =>
      invalid.slice(2).includes(f) ? decide(f, 'confirmed') : f,
    );
    const open = groupFindings(decided, 'open').groups.flatMap((g) => g.entries);
    const openInvalid = open.filter(
      (e) => e.kind === 'finding' && e.item.finding.ruleId === 'table.cell-invalid',
    );
    expect(openInvalid).toHaveLength(2);
    expect(open.some((e) => e.kind === 'group')).toBe(false);
    const confirmed = groupFindings(decided, 'confirmed').groups.flatMap((g) => g.entries);
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.kind === 'group' && confirmed[0]!.group.items).toHaveLength(
      invalid.length - 2,
    );
  });
});

describe('a selection found in the report text', () => {
  const text = '一、总体情况\n本年度共收到申请 12 件，\n办结 12 件。另有 12 件结转。';

  it('ignores how the view broke lines and spaces', () => {
    const span = locateQuote(text, '本年度共收到\n申请12件', null)!;
    expect(text.slice(span[0], span[1])).toBe('本年度共收到申请 12 件');
  });

  it('of several places takes the one nearest the finding, else the first', () => {
    const first = locateQuote(text, '12 件', null)!;
    expect(first[0]).toBe(text.indexOf('12 件'));
    const near = locateQuote(text, '12 件', text.indexOf('结转'))!;
    expect(near[0]).toBe(text.lastIndexOf('12 件'));
  });

  it('finds nothing for text that is not in the report', () => {
    expect(locateQuote(text, '第 3 页', null)).toBeNull();
    expect(locateQuote(text, ' \n ', null)).toBeNull();
  });
});
