// `npm run eval:real -- DIR`: checks every file listed in DIR/expected.json (the real-report
// development set, see its README) and prints, per file, the findings a reviewer must get and
// did not (misses), the error/warning findings nobody expects or allows (false alarms) and the
// truth cells read wrong or not at all; then one line:
//   real: recall H/E, false alarms F on N files, cells M/T exact
// A script, not a test: it measures, and exits 0 whatever it finds (2 when it cannot run).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFile } from '../src/main/check/check-file';
import type { Finding, Report } from '../src/shared/model/schema';

/** A finding a reviewer must get (`expect`) or may get (`allow`). */
interface Wanted {
  /** Rule ids or categories separated by `|`: `arith`, `structure.title`, `table|arith`. */
  prefix: string;
  cell?: string;
  phrase?: string;
  why?: string;
}

interface Case {
  case: string;
  file: string;
  truth: Record<string, number | null>;
  meta?: { year?: number; formatVersion?: string };
  expect?: Wanted[];
  allow?: Wanted[];
}

const ruleMatches = (ruleId: string, prefix: string): boolean =>
  prefix.split('|').some((p) => ruleId === p || ruleId.startsWith(`${p}.`));

/** Where the phrase stands in the text, as spans. */
const occurrences = (text: string, phrase: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    out.push([at, at + phrase.length]);
  return out;
};

/** A finding covers a phrase when one of its spans overlaps it, or its message quotes it. */
const covers = (f: Finding, report: Report, phrase: string): boolean =>
  f.message.includes(phrase) ||
  occurrences(report.text, phrase).some(([s, e]) => f.spans.some(([a, b]) => a < e && s < b));

const matches = (f: Finding, report: Report, w: Wanted): boolean =>
  ruleMatches(f.ruleId, w.prefix) &&
  (w.cell === undefined || f.cells.includes(w.cell)) &&
  (w.phrase === undefined || covers(f, report, w.phrase));

const describe = (w: Wanted): string =>
  [w.prefix, w.cell && `cell ${w.cell}`, w.phrase && `「${w.phrase}」`, w.why && `(${w.why})`]
    .filter(Boolean)
    .join(' ');

const short = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n)}…` : s);

interface FileScore {
  case: string;
  expected: number;
  hit: number;
  falseAlarms: string[];
  misses: string[];
  cells: number;
  exact: number;
  wrongCells: string[];
  error: string | null;
}

const evaluate = async (dir: string, c: Case): Promise<FileScore> => {
  const checked = await checkFile(join(dir, c.file));
  const { result } = checked;
  const expect = c.expect ?? [];
  const allow = c.allow ?? [];
  const truth = Object.entries(c.truth);
  const score: FileScore = {
    case: c.case,
    expected: expect.length,
    hit: 0,
    falseAlarms: [],
    misses: [],
    cells: truth.length,
    exact: 0,
    wrongCells: [],
    error: result.error ? `${result.error.code}: ${result.error.message}` : null,
  };
  const report = result.report;
  if (!report) {
    score.misses = expect.map(describe);
    return score;
  }
  for (const [path, value] of truth) {
    const cell = report.cells[path];
    const got = cell ? cell.value : undefined;
    if (got === value) score.exact++;
    else
      score.wrongCells.push(
        `${path}: ${value === null ? '空' : value} ← ${got === undefined ? '(no cell)' : got === null ? `空${cell?.raw ? ` raw「${cell.raw}」` : ''}` : got}`,
      );
  }
  for (const w of expect) {
    if (result.findings.some((f) => matches(f, report, w))) score.hit++;
    else score.misses.push(describe(w));
  }
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    if ([...expect, ...allow].some((w) => matches(f, report, w))) continue;
    score.falseAlarms.push(`${f.severity} ${f.ruleId}: ${short(f.message)}`);
  }
  if (c.meta?.year !== undefined && report.year !== c.meta.year)
    score.falseAlarms.push(`(meta) year ${report.year} ≠ ${c.meta.year}`);
  if (c.meta?.formatVersion !== undefined && report.formatVersion !== c.meta.formatVersion)
    score.falseAlarms.push(`(meta) format ${report.formatVersion} ≠ ${c.meta.formatVersion}`);
  return score;
};

const main = async (): Promise<number> => {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const quiet = args.includes('--quiet');
  const jsonOut = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
  const dirArg = args.find((a) => !a.startsWith('--'));
  if (!dirArg) {
    process.stderr.write('用法：npm run eval:real -- 目录 [--quiet] [--json=结果.json]\n');
    return 2;
  }
  const dir = resolve(dirArg);
  let cases: Case[];
  try {
    cases = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Case[];
  } catch (error) {
    process.stderr.write(`无法读取 ${join(dir, 'expected.json')}：${(error as Error).message}\n`);
    return 2;
  }
  const scores: FileScore[] = [];
  for (const c of cases) {
    const s = await evaluate(dir, c);
    scores.push(s);
    if (quiet) continue;
    const line = `${s.case}: expects ${s.hit}/${s.expected}, false alarms ${s.falseAlarms.length}, cells ${s.exact}/${s.cells}`;
    process.stdout.write(`${line}${s.error ? `  [${s.error}]` : ''}\n`);
    for (const m of s.misses) process.stdout.write(`  MISS ${m}\n`);
    for (const f of s.falseAlarms) process.stdout.write(`  FALSE ${f}\n`);
    for (const w of s.wrongCells.slice(0, 12)) process.stdout.write(`  CELL ${w}\n`);
    if (s.wrongCells.length > 12)
      process.stdout.write(`  CELL … ${s.wrongCells.length - 12} more\n`);
  }
  const sum = (f: (s: FileScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const summary = `real: recall ${sum((s) => s.hit)}/${sum((s) => s.expected)}, false alarms ${sum((s) => s.falseAlarms.length)} on ${scores.length} files, cells ${sum((s) => s.exact)}/${sum((s) => s.cells)} exact`;
  process.stdout.write(`${summary}\n`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ summary, scores }, null, 2));
  return 0;
};

process.exitCode = await main();
