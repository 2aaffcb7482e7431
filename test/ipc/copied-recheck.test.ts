// Removing a report from the register (and restoring it) checks again the same year's reports of
// other agencies that copied its prose: their content.copied finding named it, and goes with it.
// Real reports: 牧野区司法局's 2024 report, and the same text sent in by another agency.
import { describe, expect, it } from 'vitest';
import { copiedSetup, muye, quxian } from '../support/copied-reports';

describe('content.copied when the copied report leaves the register', () => {
  it('goes with the report it named, and comes back with it', async () => {
    const { service, write, copied } = copiedSetup();
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
    const { service, write, copied } = copiedSetup();
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
