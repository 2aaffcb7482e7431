// The hostile corpus through `nianbao check`, alone and in one batch: every file ends as a report
// or a coded Chinese error of its own limit (never the 60 s TIMEOUT) within 1 GiB for the whole process (its worker threads
// included), and a good report checked with them keeps its result.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputSchema, type FileResult } from '../../src/shared/model/schema';
import { AGENCY, sample } from './support/files';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const hostile = readdirSync(corpus)
  .filter((f) => !f.endsWith('.md'))
  .map((f) => join(corpus, f));
const child = join(import.meta.dirname, '..', 'support', 'cli-child.ts');
const GIB = 1024 * 1024; // maxRSS is in KiB

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  maxRssKb: number;
}

const runCli = (args: string[]): Promise<Run> =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      env: {
        ...process.env,
        NIANBAO_ERROR_LOG: join(mkdtempSync(join(tmpdir(), 'nianbao-log-')), 'error.log'),
      },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const m = /maxRSS (\d+)\s*$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/\nmaxRSS \d+\s*$/, ''),
        maxRssKb: m ? Number(m[1]) : Infinity,
      });
    });
  });

/** JavaScript or engine text that must never reach the reviewer. */
const ENGINE_TEXT = /\bat .+:\d+:\d+|Error:|Exception|undefined|Maximum call stack|reference\./;

const expectSettled = (r: FileResult): void => {
  if (r.error) {
    expect(r.error.code).toMatch(/^[A-Z_]+$/);
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.error.message.replace(/「[^」]*」/g, '')).not.toMatch(ENGINE_TEXT);
  } else {
    expect(r.report).not.toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
  }
};

const EXPECTED: Record<string, string> = {
  'cell_20digits.txt': 'ok',
  'infinity_cell_400digits.txt': 'ok',
  'docx_1.9M_empty_paragraphs.docx': 'TOO_MANY_ELEMENTS',
  'docx_deep_tables_20000_stack.docx': 'NESTING_TOO_DEEP',
  'pdf_continued_table_typeerror.pdf': 'ok',
  'pdf_deep_q_nesting_200k.pdf': 'NESTING_TOO_DEEP',
  'pdf_flate_bomb_2GB.pdf': 'STREAM_TOO_LARGE',
  'pdf_kids_self_english_detail.pdf': 'CORRUPT_FILE',
};

describe('the hostile corpus through nianbao check', () => {
  it('in one batch with a good report: one result each, bounded, the good one intact', async () => {
    const good = sample('002', 'pdf');
    const run = await runCli(['check', '--format', 'json', ...hostile, good]);
    expect(run.stderr).not.toMatch(ENGINE_TEXT);
    const out = checkOutputSchema.parse(JSON.parse(run.stdout));
    expect(out.results.map((r) => r.file)).toEqual([...hostile, good]);
    for (const r of out.results) {
      expectSettled(r);
      const name = r.file.split('/').pop()!;
      if (name in EXPECTED) expect(r.error?.code ?? 'ok').toBe(EXPECTED[name]);
    }
    expect(out.results.at(-1)!.report?.agency).toBe(AGENCY['002']);
    // A 400-digit cell is a finding, not Infinity in a sum.
    const infinity = out.results.find((r) => r.file.endsWith('infinity_cell_400digits.txt'))!;
    expect(infinity.findings.map((f) => f.ruleId)).toContain('table.cell-invalid');
    expect(run.code).toBe(1);
    // Each file is settled by its own limit, not by the 60 s time limit (no TIMEOUT entry); the
    // test's timeout is only a guard against a hang, not a speed target.
    expect(out.results.some((r) => r.error?.code === 'TIMEOUT')).toBe(false);
    expect(run.maxRssKb).toBeLessThan(GIB);
  }, 120_000);

  it.each([
    'pdf_flate_bomb_2GB.pdf',
    'pdf_deep_q_nesting_200k.pdf',
    'docx_1.9M_empty_paragraphs.docx',
  ])(
    '%s alone: its coded error within 60 s and 1 GiB',
    async (name) => {
      const run = await runCli(['check', '--format', 'json', join(corpus, name)]);
      const [r] = checkOutputSchema.parse(JSON.parse(run.stdout)).results;
      expectSettled(r!);
      expect(r!.error?.code).toBe(EXPECTED[name]);
      expect(run.stderr).not.toMatch(ENGINE_TEXT);
      expect(run.maxRssKb).toBeLessThan(GIB);
    },
    90_000,
  );
});
