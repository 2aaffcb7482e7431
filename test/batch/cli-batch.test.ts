import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { checkOutputSchema } from '../../src/shared/model/schema';
import { AGENCY, sample } from './support/files';

const files = [
  sample('004', 'txt'),
  sample('000', 'docx'),
  sample('002', 'txt'),
  sample('003', 'pdf'),
];

const run = async (argv: string[], onStderr: (s: string) => void = () => {}) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => {
      stderr += s;
      onStderr(s);
    },
  });
  return { code, stdout, stderr };
};

describe('nianbao check on a batch', () => {
  it('keeps input order, with progress on stderr and only the JSON on stdout', async () => {
    const { code, stdout, stderr } = await run(['check', '--format', 'json', ...files]);
    const out = checkOutputSchema.parse(JSON.parse(stdout));
    expect(out.results.map((r) => r.file)).toEqual(files);
    expect(out.results.map((r) => r.report?.agency)).toEqual(
      (['004', '000', '002', '003'] as const).map((n) => AGENCY[n]),
    );
    expect(stderr).toContain('已检查 4/4');
    expect(stdout).not.toContain('已检查');
    expect(code).toBe(
      out.results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0,
    );
  });

  it('shows progress for the text format too, on stderr', async () => {
    const { stdout, stderr } = await run(['check', ...files.slice(0, 3)]);
    expect(stderr).toContain('已检查 3/3');
    expect(stdout).toMatch(/共检查 3 个文件/);
    expect(stdout).not.toContain('已检查');
  });

  it('stops on Ctrl-C, writes the files already checked and exits 130', async () => {
    const listeners = process.listenerCount('SIGINT');
    let interrupted = false;
    const { code, stdout, stderr } = await run(['check', '--format', 'json', ...files], (s) => {
      if (!interrupted && s.includes('已检查 1/')) {
        interrupted = true;
        process.emit('SIGINT');
      }
    });
    expect(code).toBe(130);
    expect(stderr).toContain(`已取消：共 ${files.length} 个文件，已检查 1 个`);
    const out = checkOutputSchema.parse(JSON.parse(stdout));
    expect(out.results).toHaveLength(1);
    expect(files).toContain(out.results[0]!.file);
    // The command's Ctrl-C handler is gone once it returns.
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});
