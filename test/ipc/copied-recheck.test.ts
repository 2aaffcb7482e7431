// Removing a report from the register (and restoring it) checks again the same year's reports of
// other agencies that copied its prose: their content.copied finding named it, and goes with it.
// Real reports: 牧野区司法局's 2024 report, and the same text sent in by another agency.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewService } from '../../src/main/services/review-service';
import { fixture } from '../extract/helpers';
import { tempWorkspace } from '../support/workspace';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-copied-'));
const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const sample = (name: string): string => readFileSync(fixture(`samples/${name}.txt`), 'utf8');

/** 牧野区司法局 2024 and 渠县司法局 2024: two agencies' reports, each in its own words. */
const muye = sample('000_a5e6e1e0a8da6139');
const quxian = sample('004_e6a1a50ddf61be61');

const setup = () => {
  let t = 0;
  const workspace = tempWorkspace(() => new Date(Date.UTC(2025, 1, 10, 9, 0, t++)));
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  service.grantPaths([dir]);
  /** The content.copied messages of a report. */
  const copied = async (id: string) =>
    (await service.getReport(id)).findings
      .filter((f) => f.ruleId === 'content.copied')
      .map((f) => f.message);
  return { service, copied };
};

describe('content.copied when the copied report leaves the register', () => {
  it('goes with the report it named, and comes back with it', async () => {
    const { service, copied } = setup();
    const [original] = await service.importFiles([write('牧野区司法局2024.txt', muye)]);
    const [other] = await service.importFiles([write('渠县司法局2024.txt', quxian)]);
    // 卫辉市司法局 sent 牧野区's report with its own name put in.
    const [copy] = await service.importFiles([
      write('卫辉市司法局2024.txt', muye.replaceAll('牧野区', '卫辉市')),
    ]);
    expect(copy!.agency).toBe('卫辉市司法局');
    const named = await copied(copy!.id);
    expect(named).toHaveLength(1);
    expect(named[0]).toContain('与「牧野区司法局」的报告相同');
    expect(await copied(other!.id)).toEqual([]);

    await service.removeSubmission(original!.id);
    // Nothing left of the year that it copies.
    expect(await copied(copy!.id)).toEqual([]);
    expect(await copied(other!.id)).toEqual([]);

    await service.restoreSubmission(original!.id);
    expect(await copied(copy!.id)).toEqual(named);
  });

  it('follows the version the register shows when a later one is removed or restored', async () => {
    const { service, copied } = setup();
    const [v1] = await service.importFiles([write('牧野区司法局2024.txt', muye)]);
    const [copy] = await service.importFiles([
      write('卫辉市司法局2024.txt', muye.replaceAll('牧野区', '卫辉市')),
    ]);
    // 牧野区 sends its report again, rewritten (渠县's words under its own name).
    const [v2] = await service.importFiles([
      write('牧野区司法局2024-重报.txt', quxian.replaceAll('渠县', '牧野区')),
    ]);
    expect(service.workspace.shownOf(v1!.id)).toBe(v2!.id);
    // The copy is judged again at that import: what the register shows of 牧野区 is no longer it.
    expect(await copied(copy!.id)).toEqual([]);

    // The rewritten version restored after a removal: the copy no longer matches what is shown.
    await service.removeSubmission(v2!.id);
    expect(service.workspace.shownOf(v1!.id)).toBe(v1!.id);
    expect((await copied(copy!.id))[0]).toContain('牧野区司法局');
    await service.restoreSubmission(v2!.id);
    expect(await copied(copy!.id)).toEqual([]);
    // The rewritten one taken out again: the first version is shown, and copied.
    await service.removeSubmission(v2!.id);
    expect((await copied(copy!.id))[0]).toContain('牧野区司法局');
  });
});
