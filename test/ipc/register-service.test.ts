// The register over IPC: edits, removals and restores re-check what depends on the agency and
// year (last year's report of the agency), bad edits are refused in Chinese, removal is undone, a
// file imported twice is named as already there, and two names of one agency are merged.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/contract';
import type { InvokeChannel } from '../../src/shared/ipc/channels';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { cellPath, requestApplicantColumns } from '../../src/shared/model/form';
import { buildReportText, completeTables, consistentCells } from '../support/report-builder';
import type { CellValues } from '../support/report-builder';
import { tempWorkspace } from '../support/workspace';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-register-'));
const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

const prose = {
  '1': '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开。全年通过门户网站主动公开各类信息，及时回应社会关切。',
  '5': '存在的主要问题是公开内容的深度和广度还不够，部分栏目更新不够及时。下一步将加强业务培训，进一步规范公开流程。',
  '6': '本年度未收取信息处理费。',
};

const setup = () => {
  let t = 0;
  const workspace = tempWorkspace(() => new Date(Date.UTC(2025, 1, 10, 9, 0, t++)));
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  const handlers = createHandlers(service, { chooseFiles: async () => [] });
  service.grantPaths([dir]);
  const call = async (channel: InvokeChannel, payload: unknown) =>
    (await dispatch(handlers, channel, payload, { emit: () => {} })) as IpcResult<
      Record<string, unknown>
    >;
  const rules = async (id: string) => (await service.getReport(id)).findings.map((f) => f.ruleId);
  return { service, call, rules };
};

describe('the register over IPC', () => {
  it('re-checks next year’s report when a misread year is corrected', async () => {
    const { service, call, rules } = setup();
    const agency = '某县自然资源局';
    const misdated = buildReportText({ agency, year: 2022, prose, cells: consistentCells(3) });
    const thisYear = buildReportText({ agency, year: 2024, prose, cells: consistentCells(5) });
    const [last] = await service.importFiles([write('自然资源-上年.txt', misdated)]);
    const [current] = await service.importFiles([write('自然资源-2024.txt', thisYear)]);
    expect(await rules(current!.id)).not.toContain('consistency.carryover');

    const refused = await call('register:edit', { reportId: last!.id, agency: null, year: 1990 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('INVALID_REQUEST');

    const edited = await call('register:edit', { reportId: last!.id, agency: null, year: 2023 });
    expect(edited.ok).toBe(true);
    expect((await service.getReport(last!.id)).summary.year).toBe(2023);
    // Its last year's report is there now: the cross-year rules ran on the 2024 report.
    expect(await rules(current!.id)).toContain('consistency.carryover');
  });

  it('re-checks next year’s report when last year’s is removed and restored', async () => {
    const { service, call, rules } = setup();
    const agency = '某县水利局';
    const text = (year: number, cells: CellValues) =>
      buildReportText({ agency, year, prose, cells });
    const thisYear = consistentCells(5);
    // 2023 sent twice: the second version carries over what 2024 took over, column by column.
    const first = consistentCells(3);
    const agreeing = { ...first };
    for (const col of requestApplicantColumns) {
      const at = (row: string) => cellPath('requests', row, col);
      const pending = Number(thisYear[at('2')]);
      agreeing[at('1')] = Number(first[at('1')]) - Number(first[at('4')]) + pending;
      agreeing[at('4')] = pending;
    }
    const [v1] = await service.importFiles([write('水利-2023.txt', text(2023, first))]);
    const [v2] = await service.importFiles([
      write('水利-2023-重报.txt', text(2023, completeTables(agreeing))),
    ]);
    const [current] = await service.importFiles([write('水利-2024.txt', text(2024, thisYear))]);
    const line = (await service.register()).find((r) => r.summary.year === 2023)!;
    expect(line.versions.map((v) => v.submissionId)).toEqual([v1!.id, v2!.id]);
    const carryover = async () =>
      (await rules(current!.id)).filter((r) => r === 'consistency.carryover').length;
    // 2024 compares itself with 2023's latest version, which agrees.
    expect(await carryover()).toBe(0);

    // The second version taken out: 2024 compares with the first, which does not agree.
    expect((await call('register:remove', { reportId: v2!.id })).ok).toBe(true);
    expect(await carryover()).toBeGreaterThan(0);
    // Brought back: they agree again.
    expect((await call('register:restore', { reportId: v2!.id })).ok).toBe(true);
    expect(await carryover()).toBe(0);

    // All of 2023 taken out: no last year's report to compare with.
    await call('register:remove', { reportId: v2!.id });
    expect(await carryover()).toBeGreaterThan(0);
    await call('register:remove', { reportId: v1!.id });
    expect(await carryover()).toBe(0);
    expect(service.workspace.previousYearOf(current!.id)).toBeNull();
    // The first version back: the comparison with it is back.
    await call('register:restore', { reportId: v1!.id });
    expect(await carryover()).toBeGreaterThan(0);
  });

  it('re-checks next year’s report when last year’s arrives after it', async () => {
    const { service, rules } = setup();
    const agency = '某县住房和城乡建设局';
    const text = (year: number, n: number) =>
      buildReportText({ agency, year, prose, cells: consistentCells(n) });
    const [current] = await service.importFiles([write('住建-2024.txt', text(2024, 5))]);
    expect(await rules(current!.id)).not.toContain('consistency.carryover');
    // 2023's report comes in a later import (and its tables do not carry over into 2024's).
    const [last] = await service.importFiles([write('住建-2023.txt', text(2023, 3))]);
    expect(service.workspace.previousYearOf(current!.id)).not.toBeNull();
    expect(await rules(current!.id)).toContain('consistency.carryover');
    // The same file again adds nothing and changes nothing.
    const before = await rules(current!.id);
    await service.importFiles([write('住建-2023.txt', text(2023, 3))]);
    expect(await rules(current!.id)).toEqual(before);
    expect(last!.year).toBe(2023);
  });

  it('names a file imported twice, removes a line and brings it back', async () => {
    const { service, call } = setup();
    const file = write('某县财政局.txt', buildReportText({ agency: '某县财政局', year: 2024 }));
    const first = await service.importReporting([file]);
    expect(first.duplicates).toEqual([]);
    const again = await call('report:import', { paths: [file] });
    expect(again.ok && again.value.duplicates).toEqual(['某县财政局.txt']);
    // The same report in another file (other bytes, same content): one more file, not a version.
    const copy = write(
      '某县财政局-副本.txt',
      `${buildReportText({ agency: '某县财政局', year: 2024 })}\n\n`,
    );
    const joined = await service.importReporting([copy]);
    expect(joined).toMatchObject({ duplicates: [], sameSubmission: ['某县财政局-副本.txt'] });
    const [line] = await service.register();
    expect(line!.versions.map((v) => v.files.length)).toEqual([2]);

    const id = first.reports[0]!.id;
    const removed = await call('register:remove', { reportId: id });
    // Every file of the submission goes, and comes back.
    expect(removed.ok && removed.value.removed).toEqual([id, joined.reports[0]!.id]);
    expect(await service.register()).toEqual([]);
    const restored = await call('register:restore', { reportId: id });
    expect(restored.ok && (restored.value.rows as unknown[]).length).toBe(1);
    expect(await call('register:remove', { reportId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('merges two names of one agency into one line', async () => {
    const { service, call } = setup();
    await service.importFiles([
      write('甲.txt', buildReportText({ agency: '渠县法制局', year: 2023, prose })),
      write('乙.txt', buildReportText({ agency: '渠县司法局', year: 2024, prose })),
    ]);
    const keys = (await service.register()).map((r) => r.agencyKey!);
    expect(new Set(keys).size).toBe(2);
    const merged = await call('agency:merge', { into: '渠县司法局', from: '渠县法制局' });
    expect(merged.ok).toBe(true);
    const rows = await service.register();
    expect(new Set(rows.map((r) => r.agencyKey))).toEqual(new Set(['渠县司法局']));
    const current = rows.find((r) => r.summary.year === 2024)!;
    expect(service.workspace.previousYearOf(current.summary.id)).toBe(
      rows.find((r) => r.summary.year === 2023)!.summary.id,
    );
  });
});
