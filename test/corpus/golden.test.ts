// Golden tests: each real document → extract → parse → check, compared with a stored expected
// result. After a deliberate change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/corpus`
// and review the diff of test/corpus/golden/ like code.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'samples');
const goldenDir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** What a golden records: the readable essentials, not offsets that shift with normalization. */
const summarize = async (file: string) => {
  const { result } = await checkFile(file);
  const report = result.report;
  return {
    error: result.error,
    agency: report?.agency ?? null,
    year: report?.year ?? null,
    title: report?.title ?? null,
    formatVersion: report?.formatVersion ?? null,
    sections: report?.sections.map((s) => `${s.id} ${s.heading}`) ?? [],
    nonZeroOrBlankCells: report
      ? Object.entries(report.cells)
          .filter(([, c]) => c.value !== 0)
          .map(([p, c]) => `${p}=${c.value === null ? `null(${c.raw})` : c.value}`)
      : [],
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      quotes: f.spans.map(([s, e]) => report!.text.slice(s, e)),
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      suggestion: f.suggestion,
    })),
  };
};

const documents = readdirSync(fixtures)
  .filter((f) => /^\d{3}_.*\.(txt|docx|pdf)$/.test(f))
  .sort();

describe('golden corpus', () => {
  for (const name of documents) {
    it(name, async () => {
      const actual = await summarize(join(fixtures, name));
      const goldenFile = join(goldenDir, `${name}.json`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(goldenFile, JSON.stringify(actual, null, 2) + '\n');
        return;
      }
      if (!existsSync(goldenFile)) throw new Error(`缺少期望结果 ${goldenFile}：用 UPDATE_GOLDEN=1 生成并检查后提交`);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
    });
  }
});

const squeeze = (v: string | number | null) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v);

describe('every form of a sample gives the same report', () => {
  const stems = [...new Set(documents.map((d) => d.slice(0, 3)))];
  for (const stem of stems) {
    it(`${stem}: .txt, GB18030 .txt, .docx and .pdf agree on cells and findings`, async () => {
      const forms = documents.filter((d) => d.startsWith(stem));
      expect(forms.length).toBeGreaterThanOrEqual(3);
      const gist = async (name: string) => {
        const s = await summarize(join(fixtures, name));
        return {
          agency: s.agency,
          year: s.year,
          sectionIds: s.sections.map((x) => x.split(' ')[0]),
          cells: s.nonZeroOrBlankCells,
          // Quotes differ only in the spaces a PDF puts around numbers ("2023 年").
          findings: s.findings.map((f) => [f.ruleId, f.severity, f.cells, squeeze(f.expected), squeeze(f.actual)]),
        };
      };
      const first = await gist(forms[0]!);
      for (const form of forms.slice(1)) expect(await gist(form), form).toEqual(first);
    });
  }
});
