// Runs Doyensec's electronegativity over src/ and fails on any HIGH or MEDIUM finding that the
// committed allowlist (electronegativity-allow.json, one reason per entry) does not justify.
// The tool itself exits 0 whatever it finds, so the verdict comes from its CSV.
// Usage: node scripts/security/electronegativity.mjs   (fetches the tool with npx on first use)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseCsv } from './csv.mjs';

const TOOL = '@doyensec/electronegativity@1.10.3';
const ELECTRON = '45.4.1';
const root = join(import.meta.dirname, '..', '..');
const allow = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allow.json')));

const work = mkdtempSync(join(tmpdir(), 'nianbao-en-'));
const csv = join(work, 'report.csv');
// Offline the tool's own update fetches (translations, Electron releases) fail; under Node 24
// the got version it bundles then throws from a timer and kills the run. This hook swallows
// exactly those network errors so the scan itself completes.
const hook = join(import.meta.dirname, 'offline-hook.cjs');
const run = spawnSync(
  'npx',
  ['-y', TOOL, '-i', 'src', '-e', ELECTRON, '-o', csv, '-x', 'AvailableSecurityFixesGlobalCheck'],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `--require=${hook}` },
  },
);
if (!existsSync(csv)) {
  process.stderr.write(run.stdout + run.stderr);
  console.error('electronegativity 未生成报告（上方为其输出）。');
  process.exit(2);
}

const rows = parseCsv(readFileSync(csv, 'utf8'));
rmSync(work, { recursive: true, force: true });
const [header, ...records] = rows;
const col = (name) => header.indexOf(name);
const findings = records.map((r) => ({
  issue: r[col('issue')],
  severity: r[col('severity')],
  file: relative(root, r[col('filename')]).split('\\').join('/'),
  location: r[col('location')],
}));

const allowed = (f) => allow.some((a) => a.issue === f.issue && a.file === f.file);
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const blocking = serious.filter((f) => !allowed(f));
const unused = allow.filter((a) => !serious.some((f) => f.issue === a.issue && f.file === a.file));

for (const f of findings)
  console.log(
    `${allowed(f) ? 'allowed ' : '        '}${f.severity.padEnd(6)} ${f.issue} ${f.file}:${f.location}`,
  );
for (const a of unused)
  console.log(`stale allowlist entry (no longer reported): ${a.issue} ${a.file}`);
if (blocking.length > 0) {
  console.error(`${blocking.length} HIGH/MEDIUM finding(s) not in electronegativity-allow.json.`);
  process.exit(1);
}
console.log(`electronegativity: ${findings.length} finding(s), none HIGH/MEDIUM unjustified.`);
