// The real-report development set (test/fixtures/real, see its README): every truth cell read
// exactly, the reporting year and form right, and all six sections found, for each file whose
// reader this branch has. 004–006.txt are PDF→Markdown conversions whose pipe tables become
// grids in the text reader (another branch); the crawler dumps NNN.txt are not in expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { extractFile } from '../../src/main/extract';

interface Case {
  case: string;
  file: string;
  truth: Record<string, number | null>;
  meta?: { year?: number; formatVersion?: string };
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'real');
const cases = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Case[]).filter((c) =>
  /\.(?:docx|pdf)$/.test(c.file),
);

describe('real reports: every truth cell, year, form and section', () => {
  it('covers the Word and PDF files of the development set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(17);
  });

  for (const c of cases) {
    it(c.case, async () => {
      const { result } = await checkFile(join(dir, c.file));
      const report = result.report!;
      expect(result.error).toBeNull();
      const wrong = Object.entries(c.truth)
        .filter(([path, value]) => report.cells[path]?.value !== value)
        .map(([path, value]) => `${path}: ${String(report.cells[path]?.value)} ≠ ${String(value)}`);
      expect(wrong).toEqual([]);
      if (c.meta?.year !== undefined) expect(report.year).toBe(c.meta.year);
      if (c.meta?.formatVersion !== undefined)
        expect(report.formatVersion).toBe(c.meta.formatVersion);
      expect(report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(result.findings.filter((f) => f.ruleId === 'structure.section-missing')).toEqual([]);
    }, 60_000);
  }
});

describe('Word and PDF tables reach the parser as grids', () => {
  for (const file of ['015.docx', '015.pdf', '001.pdf', '008.recon.docx']) {
    it(`${file}: every row of table 三 lies in a grid of equal-width rows`, async () => {
      const extracted = await extractFile(join(dir, file));
      if (!extracted.ok) throw new Error(extracted.error.message);
      const { text, grids = [] } = extracted.doc;
      expect(grids.length).toBeGreaterThanOrEqual(1);
      const row = text.search(/本年新收政府信息公开申请数量/);
      const grid = grids.find((g) => g.start <= row && row < g.end)!;
      expect(grid).toBeDefined();
      const widths = text
        .slice(grid.start, grid.end)
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => l.split('\t').length);
      expect(new Set(widths)).toEqual(new Set([grid.columns]));
    }, 60_000);
  }
});

describe('crawler dumps whose table digits ran together (NNN.txt)', () => {
  const truthOf = (n: string) =>
    (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Case[]).find(
      (c) => c.file === `${n}.recon.docx`,
    )!.truth;

  it('decodes a table only where the row sums decide every split, and then exactly', async () => {
    const { result } = await checkFile(join(dir, '007.txt'));
    const report = result.report!;
    const wrong = Object.entries(truthOf('007')).filter(
      ([p, v]) => report.cells[p]?.value !== v,
    );
    expect(wrong).toEqual([]);
    const fused = result.findings.filter((f) => f.ruleId === 'table.digits-fused');
    expect(fused.map((f) => [f.severity, f.message.slice(0, 2)])).toEqual([
      ['error', '表二'],
      ['warning', '表三'],
      ['warning', '表四'],
    ]);
    expect(fused[1]!.message).toContain('已按各行合计及勾稽关系唯一的拆法读取');
  }, 60_000);

  it('gives one finding per undecidable table, no cascade, and never a wrong cell', async () => {
    const { result } = await checkFile(join(dir, '011.txt'));
    const report = result.report!;
    const ids = result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId);
    expect(ids.filter((id) => id === 'table.digits-fused')).toHaveLength(3);
    for (const cascade of [
      'table.missing',
      'table.row-missing',
      'table.cell-blank',
      'structure.section-missing',
      'structure.section-order',
    ])
      expect(ids).not.toContain(cascade);
    expect(report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(report.title).toBe('平潭综合实验区2023年度政府信息公开工作年度报告');
    const wrong = Object.entries(truthOf('011')).filter(
      ([p, v]) => report.cells[p]?.value != null && report.cells[p]?.value !== v,
    );
    expect(wrong).toEqual([]);
    // Rows 22|0…|22 and 2|20…|22 both add up; the table's 勾稽 relations decide them.
    const unread = Object.keys(truthOf('011')).filter((p) => report.cells[p]?.value == null);
    expect(unread.every((p) => p.startsWith('active/'))).toBe(true);
    const fused = result.findings.filter((f) => f.ruleId === 'table.digits-fused');
    expect(fused.map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
  }, 60_000);
});
