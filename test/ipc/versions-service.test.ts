// Versions over the review service: a resubmitted report becomes version 2 with fixed / still
// open / new findings, in the workspace; and the cross-year rules run when last year's report of
// the same agency is in the workspace.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/contract';
import type { ReportVersions } from '../../src/shared/ipc/exports';
import { parseReport } from '../../src/shared/parser';
import { dispatch } from '../../src/main/services/dispatch';
import { ExportService } from '../../src/main/services/export-service';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { buildReportText, consistentCells } from '../support/report-builder';
import { tempWorkspace } from '../support/workspace';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-versions-'));
const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

const setup = () => {
  let t = 0;
  const now = () => new Date(Date.UTC(2025, 1, 10, 9, 0, t++));
  const workspace = tempWorkspace(now);
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  const handlers = createHandlers(
    service,
    { chooseFiles: async () => [] },
    undefined,
    new ExportService({ workspace, reviewer: '王审核', now }),
  );
  service.grantPaths([dir, samplesDir]);
  const versions = async (reportId: string) => {
    const r = (await dispatch(
      handlers,
      'report:versions',
      { reportId },
      { emit: () => {} },
    )) as IpcResult<ReportVersions>;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  return { service, versions };
};

/** The real sample 001 with 表三「一、本年新收」总计 printed one higher: the same report resubmitted. */
const resubmitted = (): { first: string; second: string } => {
  const first = join(samplesDir, '001_f5110ba79a44df9c.txt');
  const raw = readFileSync(first, 'utf8');
  const cell = parseReport(raw).report.cells['requests/1/total'];
  if (!cell?.span || cell.value === null) throw new Error('样本 001 中读不到本年新收申请总计');
  const text = parseReport(raw).report.text;
  // The cell's span is in report.text; the sample is plain text, so find the same figure in raw
  // by the line it sits on.
  const line = text.slice(
    text.lastIndexOf('\n', cell.span[0]) + 1,
    text.indexOf('\n', cell.span[1]),
  );
  const at = raw.indexOf(line);
  if (at < 0) throw new Error('样本 001 的表格行在原文中找不到');
  const offset = at + (cell.span[0] - (text.lastIndexOf('\n', cell.span[0]) + 1));
  const changed =
    raw.slice(0, offset) +
    String(cell.value + 1) +
    raw.slice(offset + (cell.span[1] - cell.span[0]));
  return { first, second: write('001-重新报送.txt', changed) };
};

describe('versions', () => {
  it('a resubmitted report becomes version 2 with the comparison against version 1', async () => {
    const { service, versions } = setup();
    const { first, second } = resubmitted();
    const [v1] = await service.importFiles([first]);
    const [v2] = await service.importFiles([second]);
    expect(v2!.id).not.toBe(v1!.id);
    expect(v2!.agency).toBe(v1!.agency);

    const alone = await versions(v1!.id);
    expect(alone.current).toBe(1);
    expect(alone.comparison).toBeNull();

    const both = await versions(v2!.id);
    expect(both.versions.map((v) => [v.id, v.version])).toEqual([
      [v1!.id, 1],
      [v2!.id, 2],
    ]);
    expect(both.current).toBe(2);
    const c = both.comparison!;
    const before = (await service.getReport(v1!.id)).findings.map((f) => f.fingerprint);
    const after = (await service.getReport(v2!.id)).findings.map((f) => f.fingerprint);
    // Every finding of v1 is fixed or still open; every finding of v2 still open or new.
    expect([...c.fixed, ...c.stillOpen].map((f) => f.fingerprint).sort()).toEqual(
      [...before].sort(),
    );
    expect([...c.stillOpen, ...c.new].map((f) => f.fingerprint).sort()).toEqual([...after].sort());
    // One more new request breaks the balance of 表三: the change shows as a new finding.
    expect(c.new.length).toBeGreaterThan(0);
    expect(c.new.some((f) => f.cells.includes('requests/1/total'))).toBe(true);
    expect(c.stillOpen.length).toBeGreaterThan(0);
  });

  it('a corrected resubmission shows the finding as fixed, with the earlier decision kept', async () => {
    const { service, versions } = setup();
    const cells = consistentCells(11);
    const good = buildReportText({ agency: '某市交通运输局', year: 2024, cells });
    const wrong = { ...cells, 'requests/3.1/total': Number(cells['requests/3.1/total']) + 10 };
    const [v1] = await service.importFiles([
      write('交通-1.txt', buildReportText({ agency: '某市交通运输局', year: 2024, cells: wrong })),
    ]);
    const d1 = await service.getReport(v1!.id);
    const arith = d1.findings.find((f) => f.cells.includes('requests/3.1/total'));
    if (!arith) throw new Error('多填 10 的单元格没有被发现');
    await service.decide({
      reportId: v1!.id,
      fingerprint: arith.fingerprint,
      decision: 'confirmed',
      reason: null,
    });
    const [v2] = await service.importFiles([write('交通-2.txt', good)]);
    const c = (await versions(v2!.id)).comparison!;
    const fixed = c.fixed.find((f) => f.fingerprint === arith.fingerprint);
    expect(fixed?.decision?.decision).toBe('confirmed');
    expect(c.new.some((f) => f.cells.includes('requests/3.1/total'))).toBe(false);
  });

  it('runs the cross-year rules when last year’s report of the agency is in the workspace', async () => {
    const agency = '某县自然资源局';
    const prose = {
      '1': '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开。全年通过门户网站主动公开各类信息，及时回应社会关切。进一步完善依申请公开工作流程，严格落实登记、审核、答复各环节要求。加强政府信息公开平台建设，优化栏目设置，提升公开信息的可读性和实用性。',
      '5': '存在的主要问题是公开内容的深度和广度还不够，部分栏目更新不够及时。下一步将加强业务培训，提高工作人员的公开意识和业务能力，进一步规范公开流程，确保信息公开工作取得实效。',
      '6': '本年度未收取信息处理费。本机关将继续按照上级部署，认真落实政务公开各项任务，推动政府信息公开工作再上新台阶。',
    };
    const lastYear = buildReportText({ agency, year: 2023, prose, cells: consistentCells(3) });
    const thisYear = buildReportText({ agency, year: 2024, prose, cells: consistentCells(5) });
    const crossYear = ['consistency.carryover', 'consistency.valid-stock', 'content.copied'];

    const withoutPrev = setup();
    const [solo] = await withoutPrev.service.importFiles([write('自然资源-2024.txt', thisYear)]);
    const soloRules = (await withoutPrev.service.getReport(solo!.id)).findings.map((f) => f.ruleId);
    for (const id of crossYear) expect(soloRules).not.toContain(id);

    const { service } = setup();
    await service.importFiles([write('自然资源-2023.txt', lastYear)]);
    const [r] = await service.importFiles([write('自然资源-2024.txt', thisYear)]);
    const findings = (await service.getReport(r!.id)).findings;
    for (const id of crossYear) expect(findings.map((f) => f.ruleId)).toContain(id);
    const prevCells = parseReport(lastYear).report.cells;
    for (const f of findings.filter((x) => x.ruleId === 'consistency.carryover')) {
      const col = f.cells[0]!.split('/')[2]!;
      expect(f.expected).toBe(prevCells[`requests/4/${col}`]?.value);
    }
  });
});
