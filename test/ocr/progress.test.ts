// Per-page progress of a scan: the worker tells the pool before each page it recognizes, the
// CLI says it on stderr and the app's import progress names the page; every page gets the
// file's time limit again. Slow (real OCR of two pages, twice).
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { BatchProgress } from '../../src/shared/ipc/review';
import { ReviewService } from '../../src/main/services/review-service';
import { fixture } from '../extract/helpers';
import { tempWorkspace } from '../support/workspace';

const SLOW = 300_000;
const scan = fixture('ocr/tables-200dpi.pdf');

describe('progress page by page while a scan is recognized', () => {
  it(
    'nianbao check says "正在识别第 n/N 页" on stderr for each page, in order, stdout untouched',
    async () => {
      let stdout = '';
      let stderr = '';
      const code = await main(['check', '--format', 'json', scan], {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
      });
      expect(code).toBeLessThan(2);
      const lines = stderr.split('\n').filter((l) => l.includes('正在识别'));
      expect(lines).toEqual([
        'tables-200dpi.pdf：正在识别第 1/2 页',
        'tables-200dpi.pdf：正在识别第 2/2 页',
      ]);
      expect(stdout).not.toContain('正在识别');
      expect(JSON.parse(stdout)).toBeTruthy();
    },
    SLOW,
  );

  it(
    'the app’s import progress names the page being recognized',
    async () => {
      const service = new ReviewService({ workspace: tempWorkspace(), reviewer: '审核人' });
      service.grantPaths([scan]);
      const seen: BatchProgress[] = [];
      const [summary] = await service.importFiles([scan], (p) => seen.push(p));
      expect(summary?.error ?? null).toBeNull();
      const pages = seen.map((p) => p.current).filter((c) => c?.includes('正在识别'));
      expect(pages).toEqual([
        'tables-200dpi.pdf（正在识别第 1/2 页）',
        'tables-200dpi.pdf（正在识别第 2/2 页）',
      ]);
      expect(seen.at(-1)).toEqual({ done: 1, total: 1, current: null });
    },
    SLOW,
  );
});
