// The report view parses `raw` itself: it must get the grids main parsed with, so the table it
// shows and the corrections it previews are the cells that were checked, not a re-guess.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewService } from '../../src/main/services/review-service';
import { parseReport } from '../../src/shared/parser';
import { tempWorkspace } from '../support/workspace';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');

describe('report:get hands the renderer the grids', () => {
  it('so its parse of a Markdown report gives the stored cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-grids-'));
    const file = join(dir, '005.txt');
    copyFileSync(join(real, '005.txt'), file);
    const workspace = tempWorkspace();
    const service = new ReviewService({ workspace, reviewer: '审核人' });
    service.grantPaths([dir]);
    const [summary] = await service.importFiles([file]);
    const detail = await service.getReport(summary!.id);
    expect(detail.grids.length).toBeGreaterThan(0);

    const stored = workspace.getParsed(summary!.id)!.report.cells;
    const inRenderer = parseReport(detail.raw, { grids: detail.grids }).report.cells;
    const values = (cells: typeof stored) =>
      Object.fromEntries(Object.entries(cells).map(([p, c]) => [p, c.value]));
    expect(values(inRenderer)).toEqual(values(stored));
    // Without the grids the text alone reads table 三 differently: the grids are what make it.
    expect(values(parseReport(detail.raw).report.cells)).not.toEqual(values(stored));
  }, 120_000);
});
