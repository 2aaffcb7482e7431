// Runs fuzz cases through `nianbao check --format json` in a child process, batch by batch, and
// checks what must hold for every file: exactly one result, a report or a coded Chinese error,
// memory bounded, no stack trace on stdout/stderr, the marker file's content never in the output.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOutputSchema, type FileResult } from '../../../src/shared/model/schema';
import { fuzzCase, type FuzzCase, type Seeds } from './generate';

const root = join(import.meta.dirname, '..', '..', '..');
const child = join(root, 'test', 'support', 'cli-child.ts');

export const loadSeeds = (): Seeds => {
  const dir = join(root, 'test', 'fixtures', 'samples');
  const of = (re: RegExp) =>
    readdirSync(dir)
      .filter((f) => re.test(f))
      .map((f) => new Uint8Array(readFileSync(join(dir, f))));
  return { txt: of(/^\d+_[0-9a-f]+\.txt$/), docx: of(/\.docx$/), pdf: of(/\.pdf$/) };
};

/** Engine or JavaScript text: a stack frame, an error class, V8's own words. */
const STACK =
  /\n\s+at .+:\d+:\d+|\b\w*(Error|Exception)\b|Maximum call stack|undefined|Cannot read/;
const HAN = /[\u4e00-\u9fff]/;
const MAX_RSS_KB = 1024 * 1024;

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Files per `nianbao check` run. */
  batch: number;
  dir: string;
  /** After each batch: the counts so far (a long run can be read before it ends). */
  onBatch?: (done: number, total: number, soFar: FuzzReport) => void;
}

export interface FuzzReport {
  files: number;
  byFormat: Record<string, number>;
  reports: number;
  errors: Record<string, number>;
  failures: string[];
  peakRssMb: number;
}

const runCli = (
  files: string[],
  log: string,
): Promise<{ code: number | null; stdout: string; stderr: string; maxRssKb: number }> =>
  new Promise((resolve, reject) => {
    const p = spawn(
      process.execPath,
      ['--import', 'tsx', child, 'check', '--format', 'json', ...files],
      { env: { ...process.env, NIANBAO_ERROR_LOG: log }, cwd: root },
    );
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => {
      const m = /\nmaxRSS (\d+)\s*$/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/\nmaxRSS \d+\s*$/, ''),
        maxRssKb: m ? Number(m[1]) : Number.POSITIVE_INFINITY,
      });
    });
  });

/** What is wrong with one file's result, or null. */
const problemOf = (r: FileResult): string | null => {
  if (r.error) {
    if (!/^[A-Z_]+$/.test(r.error.code)) return `code ${r.error.code}`;
    if (!HAN.test(r.error.message)) return `message not Chinese: ${r.error.message}`;
    // The file's own name may hold any word: only the rest of the message is ours.
    if (STACK.test(r.error.message.replace(/「[^」]*」/g, '「」')))
      return `engine text: ${r.error.message}`;
    return null;
  }
  if (!r.report) return 'neither a report nor an error';
  if (/Infinity|NaN/.test(JSON.stringify(r.findings))) return 'Infinity/NaN in findings';
  return null;
};

export const runFuzz = async (o: FuzzOptions): Promise<FuzzReport> => {
  mkdirSync(o.dir, { recursive: true });
  const secret = `NIANBAO-FUZZ-MARKER-${randomBytes(8).toString('hex')}`;
  const marker = join(o.dir, 'marker.txt');
  writeFileSync(marker, secret);
  const log = join(o.dir, 'nianbao-error.log');
  const seeds = loadSeeds();
  const report: FuzzReport = {
    files: 0,
    byFormat: {},
    reports: 0,
    errors: {},
    failures: [],
    peakRssMb: 0,
  };
  for (let start = 0; start < o.count; start += o.batch) {
    const cases: FuzzCase[] = [];
    for (let i = start; i < Math.min(o.count, start + o.batch); i++)
      cases.push(await fuzzCase(seeds, o.seed, i, marker));
    const files = cases.map((c) => {
      const file = join(o.dir, c.name);
      writeFileSync(file, c.bytes);
      return file;
    });
    const run = await runCli(files, log);
    report.peakRssMb = Math.max(report.peakRssMb, Math.round(run.maxRssKb / 1024));
    const where = `batch from case ${start} (seed ${o.seed})`;
    if (run.maxRssKb > MAX_RSS_KB)
      report.failures.push(`${where}: peak ${Math.round(run.maxRssKb / 1024)} MB`);
    if (run.code !== 0 && run.code !== 1) report.failures.push(`${where}: exit ${run.code}`);
    for (const [stream, text] of [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
    ] as const) {
      if (text.includes(secret)) report.failures.push(`${where}: marker content on ${stream}`);
      if (/\n\s+at .+:\d+:\d+/.test(text))
        report.failures.push(`${where}: stack trace on ${stream}`);
    }
    let results: FileResult[] = [];
    try {
      results = checkOutputSchema.parse(JSON.parse(run.stdout)).results;
    } catch {
      report.failures.push(
        `${where}: stdout is not the JSON contract: ${run.stdout.slice(0, 200)}`,
      );
    }
    if (results.length !== files.length)
      report.failures.push(`${where}: ${results.length} results for ${files.length} files`);
    results.forEach((r, i) => {
      const c = cases[i];
      if (!c) return;
      report.files++;
      report.byFormat[c.ext] = (report.byFormat[c.ext] ?? 0) + 1;
      if (r.file !== files[i]) report.failures.push(`${c.name}: result for ${r.file}`);
      if (r.error) report.errors[r.error.code] = (report.errors[r.error.code] ?? 0) + 1;
      else report.reports++;
      const problem = problemOf(r);
      if (problem) report.failures.push(`${c.name}: ${problem}`);
    });
    o.onBatch?.(Math.min(o.count, start + o.batch), o.count, report);
  }
  return report;
};
