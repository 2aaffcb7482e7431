import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { issueColumns } from '../../src/main/export';
import { checkOutputSchema } from '../../src/shared/model/schema';
import { APP_VERSION } from '../../src/shared/version';

const samples = join(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => join(samples, name);

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
};

describe('nianbao check', () => {
  it('prints the JSON contract, one result per file in input order', async () => {
    const files = ['004_e6a1a50ddf61be61.txt', '000_a5e6e1e0a8da6139.txt'].map(sample);
    const { stdout, stderr } = await run(['check', '--format', 'json', ...files]);
    const out = checkOutputSchema.parse(JSON.parse(stdout));
    expect(out.tool).toEqual({ name: 'nianbao', version: APP_VERSION });
    expect(out.results.map((r) => r.file)).toEqual(files);
    expect(out.results.map((r) => r.report?.agency)).toEqual(['渠县司法局', '牧野区司法局']);
    expect(stderr).toContain('已检查 2/2');
  });

  it('gives the GB18030 copies the same result as the UTF-8 originals', async () => {
    for (const stem of ['000_a5e6e1e0a8da6139', '003_bd471127bf420aa0']) {
      const a = JSON.parse(
        (await run(['check', '--format', 'json', sample(`${stem}.txt`)])).stdout,
      );
      const b = JSON.parse(
        (await run(['check', '--format', 'json', sample(`${stem}.gb18030.txt`)])).stdout,
      );
      expect(b.results[0].report).toEqual(a.results[0].report);
      expect(b.results[0].findings).toEqual(a.results[0].findings);
    }
  });

  it('keeps checking after an unreadable file and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 1, 2, 3]));
    const { code, stdout } = await run([
      'check',
      '--format',
      'json',
      binary,
      sample('000_a5e6e1e0a8da6139.txt'),
    ]);
    const out = JSON.parse(stdout);
    expect(out.results[0].error.code).toBe('NOT_TEXT');
    expect(out.results[0].error.message).toMatch(/不是文本文件/);
    expect(out.results[1].report.agency).toBe('牧野区司法局');
    expect(code).toBe(1);
  });

  it('walks folders recursively and writes CSV with a BOM to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(sample('002_73996fd1531b3677.txt'), join(dir, 'sub', 'a.txt'));
    copyFileSync(sample('004_e6a1a50ddf61be61.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'notes.json'), 'not a report');
    const out = join(dir, 'out.csv');
    await run(['check', '--format', 'csv', '--out', out, dir]);
    const csv = readFileSync(out, 'utf8');
    // The same columns as the app's issue list export.
    const header = issueColumns.map((c) => c.header).join(',');
    expect(csv.startsWith(`\ufeff${header}\r\n`)).toBe(true);
    expect(csv).not.toContain('notes.json');
    expect(csv).toContain('b.txt,');
  });

  it('lists a file it could not read as a row of the CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    copyFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'bad', 'random.pdf'),
      join(dir, 'x.pdf'),
    );
    const out = join(dir, 'out.csv');
    await run(['check', '--format', 'csv', '--out', out, join(dir, 'x.pdf')]);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('x.pdf');
    expect(rows[1]).toContain('无法读取');
  });

  it('prints linter-style text with Chinese severities and a summary', async () => {
    const { stdout } = await run(['check', sample('000_a5e6e1e0a8da6139.txt')]);
    expect(stdout).toMatch(/000_a5e6e1e0a8da6139\.txt: 牧野区司法局 2024年/);
    expect(stdout).toMatch(/共检查 1 个文件：错误 \d+，警告 \d+，提示 \d+/);
  });

  it('applies a rule profile and rejects an unknown rule id with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { 'no.such-rule': 'off' } }));
    const { code, stderr } = await run([
      'check',
      '--rules',
      bad,
      sample('000_a5e6e1e0a8da6139.txt'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('未知的规则');
  });

  it('exits 2 on bad arguments', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', '--format', 'xml', 'a.txt'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('nianbao rules', () => {
  it('lists every rule and generates docs/rules.md identical to the committed one', async () => {
    const md = (await run(['rules', '--format', 'markdown'])).stdout;
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8')).toBe(
      md,
    );
  });
});

describe('the installed command', () => {
  it('runs through bin/nianbao.mjs with the documented exit codes', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'nianbao.mjs');
    const ok = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(ok.stdout.trim()).toBe(`nianbao ${APP_VERSION}`);
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });

  it('stops quietly when the reader of its output goes away (nianbao check … | head)', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'nianbao.mjs');
    const file = join(import.meta.dirname, '..', 'fixtures', 'real', '001.pdf');
    const child = spawn(process.execPath, [bin, 'check', '--format', 'json', file]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // Like `head -c 10`: read the first bytes, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('keeps the version equal to package.json', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
    );
    expect(APP_VERSION).toBe(pkg.version);
  });
});
