// The app's import reads a hostile file in a worker with its limits, like the CLI: the file
// becomes its own coded Chinese error, the good report dropped with it is stored, and the
// service answers the window while the import runs.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewService } from '../../src/main/services/review-service';
import { tempWorkspace } from '../support/workspace';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('a hostile PDF dropped on the review desk', () => {
  it('is refused with its own code while the service stays responsive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
    const bomb = join(dir, '压缩炸弹.pdf');
    const good = join(dir, '正常报告.txt');
    copyFileSync(join(fixtures, 'hostile', 'pdf_flate_bomb_2GB.pdf'), bomb);
    copyFileSync(join(fixtures, 'samples', '000_a5e6e1e0a8da6139.txt'), good);
    const service = new ReviewService({ workspace: tempWorkspace(), reviewer: '审核人' });
    service.grantPaths([dir]);

    const importing = service.importFiles([bomb, good]);
    // Main is not blocked by the reading: the window's calls are answered meanwhile.
    const listed = await service.listReports();
    expect(Array.isArray(listed)).toBe(true);
    const reports = await importing;

    const byName = new Map(reports.map((r) => [r.fileName, r]));
    const refused = byName.get('压缩炸弹.pdf')!;
    expect(refused.error?.code).toBe('STREAM_TOO_LARGE');
    expect(refused.error?.message).toMatch(/「压缩炸弹\.pdf」/);
    expect(refused.error?.message).not.toMatch(/[A-Za-z]{12,}/);
    expect(byName.get('正常报告.txt')!.error).toBeNull();
    expect(byName.get('正常报告.txt')!.agency).toBe('牧野区司法局');
  }, 120_000);
});
