// The 文本 view's blocks on a report with 178 findings: together they are the text's lines in
// order, each block knows the keys of its marks, and a finding's key is in exactly the blocks
// that show its marks (so j re-renders those blocks and no other).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../src/shared/ipc/review';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { buildMarks } from '../../src/renderer/features/review/reviewModel';
import { blocksOf, layoutText } from '../../src/renderer/features/review/sourceLayout';

const raw = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'many', 'units-in-cells.txt'),
  'utf8',
);
const doc = parseReport(raw);
const findings: ReviewFinding[] = runRules(doc, allRules).map((f, i) => ({
  ...f,
  fingerprint: `fp${i}`,
  decision: null,
}));
const marks = buildMarks(findings, [], [], doc, null);
const lines = layoutText(doc.report.text, marks);

describe('blocksOf', () => {
  it('cuts the lines of a crowded report into blocks, in order, none lost', () => {
    expect(findings.length).toBeGreaterThan(100);
    const blocks = blocksOf(lines, 32);
    expect(blocks.length).toBe(Math.ceil(lines.length / 32));
    expect(blocks.flatMap((b) => b.lines)).toEqual(lines);
    expect(blocks.slice(0, -1).every((b) => b.lines.length === 32)).toBe(true);
  });

  it('gives each block the keys of the marks it shows, and only those', () => {
    const blocks = blocksOf(lines, 16);
    for (const [i, f] of findings.entries()) {
      const key = `f${i}`;
      const showing = blocks.filter((b) =>
        b.lines.some((l) => l.runs.some((r) => r.keys.includes(key))),
      );
      expect(blocks.filter((b) => b.keys.has(key))).toEqual(showing);
      // A finding with a place in the text shows in at least one block.
      if (f.spans.length > 0) expect(showing.length).toBeGreaterThan(0);
    }
  });

  it('has no block for an empty text', () => {
    expect(blocksOf([], 32)).toEqual([]);
  });
});
