// Importing a report judges again, by content.copied alone, the same year's reports that copy it
// or the version it hides: two alike reports name each other whichever came first, a re-submission
// moves the finding to the version the register shows, and the reviewer's work stays on it.
// Real reports: 牧野区司法局's and 渠县司法局's 2024 reports, and copies sent in by other agencies.
import { describe, expect, it } from 'vitest';
import { copiedSetup, muye, quxian } from '../support/copied-reports';

/** 牧野区's report sent in by another agency under its own name. */
const copyOf = (agency: string): string => muye.replaceAll('牧野区', agency);
/** An agency's re-submission in its own words (渠县's report under its name). */
const rewrittenBy = (agency: string): string => quxian.replaceAll('渠县', agency);

describe('content.copied when a report comes in', () => {
  it('names each of two alike reports, whichever was imported first', async () => {
    const { service, importOne, copied } = copiedSetup();
    const first = await importOne('牧野区司法局2024.txt', muye);
    expect(await copied(first.id)).toEqual([]);
    const second = await importOne('卫辉市司法局2024.txt', copyOf('卫辉市'));
    const [fromSecond] = await copied(second.id);
    expect(fromSecond).toContain('与「牧野区司法局」的报告相同');
    // The first one, checked before the second existed, now names it: read from its side.
    const [fromFirst] = await copied(first.id);
    expect(fromFirst).toMatch(/^正文有 \d+% 与「卫辉市司法局」的报告相同（\d+ 句一字不差/);
    // The register's line of the first report counts it (the batch view reloads it after imports).
    const line = (await service.register()).find((r) => r.summary.id === first.id)!;
    expect(line.summary.byCategory['content']).toBe((first.byCategory['content'] ?? 0) + 1);
  });

  it('does the same within one import, and follows the version a new one hides', async () => {
    const { service, write, importOne, copied } = copiedSetup();
    const [a, b, other] = await service.importFiles([
      write('牧野区司法局2024.txt', muye),
      write('卫辉市司法局2024.txt', copyOf('卫辉市')),
      write('渠县司法局2024.txt', quxian),
    ]);
    expect((await copied(a!.id))[0]).toContain('卫辉市司法局');
    expect((await copied(b!.id))[0]).toContain('牧野区司法局');
    expect(await copied(other!.id)).toEqual([]);
    // 卫辉市 sends its report again, in 渠县's words: 牧野区 no longer copies anyone shown, and
    // 渠县 and the new version now name each other.
    const rewritten = await importOne('卫辉市司法局2024-重报.txt', rewrittenBy('卫辉市'));
    expect(service.workspace.shownOf(b!.id)).toBe(rewritten.id);
    expect(await copied(a!.id)).toEqual([]);
    expect((await copied(other!.id))[0]).toContain('卫辉市司法局');
    expect((await copied(rewritten.id))[0]).toContain('渠县司法局');
  });

  it('keeps the reviewer’s decisions and comments on a peer judged to the same conclusion', async () => {
    const { service, workspace, importOne, copiedOf } = copiedSetup();
    const a = await importOne('牧野区司法局2024.txt', muye);
    const b = await importOne('卫辉市司法局2024.txt', copyOf('卫辉市'));
    const c = await importOne('红旗区司法局2024.txt', copyOf('红旗区'));
    const [onA] = await copiedOf(a.id);
    expect(onA!.message).toContain('卫辉市司法局');
    await service.decide({
      reportId: a.id,
      fingerprint: onA!.fingerprint,
      decision: 'confirmed',
      reason: null,
    });
    const comment = await service.addComment({
      reportId: a.id,
      span: onA!.spans[0]!,
      text: '雷同',
    });
    const [onC] = await copiedOf(c.id);
    await service.decide({
      reportId: c.id,
      fingerprint: onC!.fingerprint,
      decision: 'dismissed',
      reason: '系统内统一模板',
    });

    // 卫辉市 re-submits in its own words: 牧野区's finding now names 红旗区, the same sentences:
    // the same finding, still confirmed; 红旗区's is unchanged, still dismissed.
    await importOne('卫辉市司法局2024-重报.txt', rewrittenBy('卫辉市'));
    const [movedOnA] = await copiedOf(a.id);
    expect(movedOnA!.message).toContain('红旗区司法局');
    expect(movedOnA!.fingerprint).toBe(onA!.fingerprint);
    expect(movedOnA!.decision?.decision).toBe('confirmed');
    const [stillOnC] = await copiedOf(c.id);
    expect(stillOnC!.decision).toMatchObject({ decision: 'dismissed', reason: '系统内统一模板' });
    expect((await service.getReport(a.id)).comments.map((x) => x.id)).toEqual([comment.comment.id]);

    // 红旗区 re-submits too: nothing shown is copied any more. The decision is kept in the file
    // beside the report, as when the copied report is removed from the register.
    await importOne('红旗区司法局2024-重报.txt', rewrittenBy('红旗区'));
    expect(await copiedOf(a.id)).toEqual([]);
    expect(workspace.getReport(a.id).orphanedDecisions).toMatchObject([
      { fingerprint: onA!.fingerprint, decision: 'confirmed' },
    ]);
    expect((await service.getReport(a.id)).comments.map((x) => x.id)).toEqual([comment.comment.id]);
    // 卫辉市's first version, hidden, still says what it said when it was shown.
    expect((await copiedOf(b.id))[0]!.message).toContain('牧野区司法局');
  });

  it('follows a report whose year the reviewer corrects, where it was and where it went', async () => {
    const { service, importOne, copied } = copiedSetup();
    const a = await importOne('牧野区司法局2024.txt', muye);
    const b = await importOne('卫辉市司法局2024.txt', copyOf('卫辉市'));
    expect((await copied(a.id))[0]).toContain('卫辉市司法局');
    // 卫辉市's report was for 2023 after all: 牧野区 no longer copies anyone of its year.
    await service.editSubmission({ reportId: b.id, agency: null, year: 2023 });
    expect(await copied(a.id)).toEqual([]);
    expect(await copied(b.id)).toEqual([]);
    // Corrected back: they name each other again.
    await service.editSubmission({ reportId: b.id, agency: null, year: 2024 });
    expect((await copied(a.id))[0]).toContain('卫辉市司法局');
    expect((await copied(b.id))[0]).toContain('牧野区司法局');
  });
});
