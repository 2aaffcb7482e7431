// Two names of one agency merged: the other agencies' reports that copied either are judged again
// by content.copied, so none names a name that is gone or a version the merge hid, and a copy
// between the two merged names is no longer a copy between different agencies. The reviewer's
// decisions follow the finding's fingerprint. Real reports: 牧野区司法局's 2024 report and copies
// of it sent in under other names.
import { describe, expect, it } from 'vitest';
import { copiedSetup, muye, quxian } from '../support/copied-reports';

const copyOf = (agency: string): string => muye.replaceAll('牧野区', agency);

describe('content.copied when two agency names are merged', () => {
  it('judges again the other agencies’ reports that copied the merged ones', async () => {
    const { service, workspace, importOne, copiedOf, copied } = copiedSetup();
    // 卫辉市司法局 is 牧野区司法局 under a name it used before: its report came in first.
    const b = await importOne('卫辉市司法局2024.txt', copyOf('卫辉市'));
    const a = await importOne('牧野区司法局2024.txt', muye);
    const c = await importOne('红旗区司法局2024.txt', copyOf('红旗区'));
    // 红旗区 copies both alike; it names the one that came first.
    const [onC] = await copiedOf(c.id);
    expect(onC!.message).toContain('与「卫辉市司法局」的报告相同');
    await service.decide({
      reportId: c.id,
      fingerprint: onC!.fingerprint,
      decision: 'confirmed',
      reason: null,
    });

    const keyOf = async (id: string) =>
      (await service.register()).find((r) => r.summary.id === id)!.agencyKey!;
    await service.mergeAgencies(await keyOf(a.id), await keyOf(b.id));
    // One agency now: 卫辉市's report is its first version, hidden by 牧野区's.
    expect(workspace.shownOf(b.id)).toBe(a.id);
    // 红旗区's finding names the version the register shows, and keeps its decision.
    const [after] = await copiedOf(c.id);
    expect(after!.message).toContain('与「牧野区司法局」的报告相同');
    expect(after!.fingerprint).toBe(onC!.fingerprint);
    expect(after!.decision?.decision).toBe('confirmed');
    // The shown version no longer counts its hidden one as another agency's copy.
    expect(await copied(a.id)).toEqual([expect.stringContaining('红旗区司法局')]);
  });

  it('drops the finding of a report that copied only the version the merge hid', async () => {
    const { service, workspace, importOne, copiedOf } = copiedSetup();
    const b = await importOne('卫辉市司法局2024.txt', copyOf('卫辉市'));
    // The agency's later report is in its own words (渠县's report under its name).
    const a = await importOne('牧野区司法局2024.txt', quxian.replaceAll('渠县', '牧野区'));
    const c = await importOne('红旗区司法局2024.txt', copyOf('红旗区'));
    const [onC] = await copiedOf(c.id);
    expect(onC!.message).toContain('与「卫辉市司法局」的报告相同');
    await service.decide({
      reportId: c.id,
      fingerprint: onC!.fingerprint,
      decision: 'dismissed',
      reason: '已核实',
    });
    const keyOf = async (id: string) =>
      (await service.register()).find((r) => r.summary.id === id)!.agencyKey!;
    await service.mergeAgencies(await keyOf(a.id), await keyOf(b.id));
    expect(await copiedOf(c.id)).toEqual([]);
    // The decision stays in the file beside the report, as when a copied report is removed.
    expect(workspace.getReport(c.id).orphanedDecisions).toMatchObject([
      { fingerprint: onC!.fingerprint, decision: 'dismissed' },
    ]);
  });
});
