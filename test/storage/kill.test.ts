// Kill test: a child writing decisions is SIGKILLed at random moments; every decision it
// reported as committed must be in the file afterwards, and the file must be intact.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/main/storage';
import type { Finding } from '../../src/shared/model/schema';
import { builtImport, tempDir } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./kill-child.ts', import.meta.url));
const FINDINGS = 4000;
const ROUNDS = 8;

/** Many distinct findings over the report text, so every decision has a finding of its own. */
const manyFindings = (text: string): Finding[] =>
  Array.from({ length: FINDINGS }, (_, i) => {
    const start = i % (text.length - 20);
    return {
      ruleId: 'text.kill-test',
      severity: 'info',
      message: `第${i}处`,
      spans: [[start, start + 1 + (i % 7)]],
      cells: [],
      expected: null,
      actual: null,
      suggestion: null,
    };
  });

interface Round {
  committed: number[];
  exit: string;
}

/** Runs the child from `start` and kills it `delay` ms after it is ready (or lets it finish). */
const runChild = (file: string, id: string, start: number, delay: number): Promise<Round> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, id, String(start)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed: number[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delay);
        else if (line.startsWith('d ')) committed.push(Number(line.slice(2)));
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed: ${stderr}`));
      else resolve({ committed, exit: signal ?? String(code) });
    });
  });

describe('a reviewer’s work survives the process being killed', () => {
  it(
    `keeps every committed decision over ${ROUNDS} random kills`,
    { timeout: 120_000 },
    async () => {
      const file = join(tempDir(), 'kill.nianbao');
      const setup = Workspace.open(file);
      const built = builtImport({ agency: '渠县司法局' });
      const { id } = setup.importReport({
        ...built.input,
        findings: manyFindings(built.doc.report.text),
      });
      const prints = setup.getReport(id).findings.map((f) => f.fingerprint);
      setup.close();

      const expected = new Map<number, string>();
      let next = 0;
      let killed = 0;
      for (let round = 0; round < ROUNDS && next < FINDINGS; round++) {
        const delay = 30 + Math.floor(Math.random() * 400);
        const { committed, exit } = await runChild(file, id, next, delay);
        if (exit === 'SIGKILL') killed++;
        for (const i of committed) expected.set(i, `第${i}条`);
        // The next round starts after the last reported commit; one more may have committed unseen.
        next = (committed.at(-1) ?? next - 1) + 1;

        const ws = Workspace.open(file);
        const health = ws.health();
        expect(health.integrity, `round ${round}`).toEqual(['ok']);
        expect(health.foreignKeyViolations).toBe(0);
        const stored = ws.getReport(id);
        // A re-check cut off half-way must leave the old findings, never a part of them.
        expect(stored.findings.map((f) => f.fingerprint)).toEqual(prints);
        const reasons = new Map(stored.findings.map((f, i) => [i, f.decision?.reason ?? null]));
        for (const [i, reason] of expected) expect(reasons.get(i), `decision ${i}`).toBe(reason);
        ws.close();
      }
      expect(killed).toBeGreaterThan(0);
      expect(expected.size).toBeGreaterThan(0);
    },
  );
});
