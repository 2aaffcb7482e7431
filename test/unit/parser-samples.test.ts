import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/shared/parser';
import { allCellPaths } from '../../src/shared/model/form';

const sample = (name: string): string =>
  readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url), 'utf8');

const samples = [
  ['000_a5e6e1e0a8da6139.txt', '牧野区司法局', 2024],
  ['001_f5110ba79a44df9c.txt', '孟津区司法局', 2022],
  ['002_73996fd1531b3677.txt', '佳木斯市前进区司法局', 2023],
  ['003_bd471127bf420aa0.txt', '攀枝花市西区司法局', 2023],
  ['004_e6a1a50ddf61be61.txt', '渠县司法局', 2024],
] as const;

describe('parser on the five real samples', () => {
  for (const [file, agency, year] of samples) {
    it(`${file}: agency, year, six sections, every cell read as 0`, () => {
      const doc = parseReport(sample(file));
      expect(doc.report.agency).toBe(agency);
      expect(doc.report.year).toBe(year);
      expect(doc.report.formatVersion).toBe('2021');
      expect(doc.report.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
      for (const path of allCellPaths) {
        const cell = doc.report.cells[path];
        expect(cell, path).toBeDefined();
        expect(cell!.value, path).toBe(0);
        expect(doc.report.text.slice(cell!.span![0], cell!.span![1]), path).toBe('0');
      }
    });
  }
});
