import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/main/batch';
import { buildReportText, consistentCells } from '../support/report-builder';

/** A report whose overview is one paragraph repeated to 5 MB, made here (never committed). */
const hugeReport = (): { file: string; cells: Record<string, unknown> } => {
  const cells = consistentCells(5);
  const para =
    '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 128 条。\n';
  const prose = para.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(para)));
  const text = buildReportText({ agency: '某县司法局', cells, prose: { '1': prose } });
  const file = join(mkdtempSync(join(tmpdir(), 'nianbao-stress-')), '超大年报.txt');
  writeFileSync(file, text);
  return { file, cells };
};

describe('a 5 MB text report', () => {
  it('is read whole through the pool or stopped with a clear limit error, never hangs', async () => {
    const { file, cells } = hugeReport();
    // poolFrom 1: even one file goes to a worker, where the time limit can stop it.
    const outcome = await runBatch([file], { poolFrom: 1 });
    const { result } = outcome.results[0]!;
    if (result.error) {
      expect(['TIMEOUT', 'TEXT_TOO_LONG']).toContain(result.error.code);
      expect(result.error.message).toContain('「超大年报.txt」');
    } else {
      expect(result.report?.agency).toBe('某县司法局');
      expect(result.report?.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
      // The tables after the huge overview are still read cell for cell.
      for (const [path, value] of Object.entries(cells))
        expect(result.report?.cells[path]?.value).toBe(value);
    }
  }, 120_000);
});
