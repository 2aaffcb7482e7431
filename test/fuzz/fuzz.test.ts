// The fuzz suite on a small budget: 72 mutated reports (24 each of .txt, .docx, .pdf) from a
// fixed seed, through `nianbao check` in three runs of 24 files.
// `npm run fuzz -- --count 2000` runs it at length.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzCase } from '../support/fuzz/generate';
import { loadSeeds, runFuzz } from '../support/fuzz/run';

describe('fuzz', () => {
  it('generates the same case from the same seed and index', async () => {
    const seeds = loadSeeds();
    const a = await fuzzCase(seeds, 7, 5, '/nowhere/marker.txt');
    const b = await fuzzCase(seeds, 7, 5, '/nowhere/marker.txt');
    expect(a.name).toBe(b.name);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const c = await fuzzCase(seeds, 8, 5, '/nowhere/marker.txt');
    expect(Buffer.from(c.bytes).equals(Buffer.from(a.bytes))).toBe(false);
  });

  it('72 mutated files: one result each, a report or a coded Chinese error, nothing leaked', async () => {
    const report = await runFuzz({
      count: 72,
      seed: 20261205,
      batch: 24,
      dir: mkdtempSync(join(tmpdir(), 'nianbao-fuzz-')),
    });
    expect(report.failures).toEqual([]);
    expect(report.files).toBe(72);
    expect(report.byFormat).toEqual({ txt: 24, docx: 24, pdf: 24 });
    // The mutations are not all fatal: some files are still read as reports.
    expect(report.reports).toBeGreaterThan(0);
    expect(Object.keys(report.errors).length).toBeGreaterThan(1);
  }, 300_000);
});
