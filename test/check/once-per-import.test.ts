// Each stage runs once per import: the file is extracted once, parsed once, and every rule checks
// it once (the one-report rules where it is read, the cross-report rules where it is stored).
// Reports already stored are judged again by content.copied alone, and only those that copy the
// new one (their finding may now name it): not a whole check of every report of the year.
// Opening, commenting on and exporting the report read the stored parse: no stage runs again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFile } from '../../src/main/extract';
import type * as Extract from '../../src/main/extract';
import { defaultLetterSettings } from '../../src/shared/ipc/letter';
import { ExportService } from '../../src/main/services/export-service';
import { ReviewService } from '../../src/main/services/review-service';
import { parseReport } from '../../src/shared/parser';
import type * as Parser from '../../src/shared/parser';
import { copied } from '../../src/shared/rules/content/copied';
import { allRules } from '../../src/shared/rules/registry';
import { buildReportText, consistentCells } from '../support/report-builder';
import { tempWorkspace } from '../support/workspace';

vi.mock('../../src/main/extract', async (original) => {
  const real = await original<typeof Extract>();
  return { ...real, extractFile: vi.fn(real.extractFile) };
});
vi.mock('../../src/shared/parser', async (original) => {
  const real = await original<typeof Parser>();
  return { ...real, parseReport: vi.fn(real.parseReport) };
});

const checks = allRules.map((rule) => vi.spyOn(rule, 'check'));
const extracted = vi.mocked(extractFile);
const parsed = vi.mocked(parseReport);

/** How many times each rule ran since the last reset, by rule id (rules that ran only). */
const ruleRuns = (): Record<string, number> =>
  Object.fromEntries(
    allRules.flatMap((r, i) => {
      const n = checks[i]!.mock.calls.length;
      return n > 0 ? [[r.meta.id, n]] : [];
    }),
  );
const reset = (): void => {
  for (const c of checks) c.mockClear();
  extracted.mockClear();
  parsed.mockClear();
};

/** The rule's calls since the last reset: the agency of each report it judged. */
const copiedJudged = (): Array<string | null> =>
  checks[allRules.indexOf(copied)]!.mock.calls.map(([ctx]) => ctx.doc.report.agency);

/** Another agency's report of the year in its own words: it copies nobody. */
const ownWords = {
  '1': '本局聚焦水资源管理和防汛抗旱，把防汛预案、水利工程建设进度和河湖长制工作情况作为公开重点。全年围绕农村饮水安全工程公开了项目清单、资金安排和施工单位，接受群众监督。汛期每日通过门户网站和乡镇公告栏发布雨情水情，提醒沿河群众做好转移准备。',
  '5': '水利工程招投标信息的公开时效仍有差距，个别项目的中标结果晚于规定时限发布。明年将把招投标结果纳入公开清单，由专人逐项跟踪发布时间，并在季度例会上通报各科室的公开进度。',
  '6': '全年未发生因政府信息公开引起的行政复议或行政诉讼，也没有收取任何信息处理费用。',
};

const prose = {
  '1': '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开。全年通过门户网站主动公开各类信息，及时回应社会关切。进一步完善依申请公开工作流程，严格落实登记、审核、答复各环节要求。加强政府信息公开平台建设，优化栏目设置，提升公开信息的可读性和实用性。',
  '5': '存在的主要问题是公开内容的深度和广度还不够，部分栏目更新不够及时。下一步将加强业务培训，提高工作人员的公开意识和业务能力，进一步规范公开流程，确保信息公开工作取得实效。',
  '6': '本年度未收取信息处理费。本机关将继续按照上级部署，认真落实政务公开各项任务，推动政府信息公开工作再上新台阶。',
};

describe('one import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-once-'));
  const file = (name: string, agency: string, year: number, seed: number, text = prose): string => {
    const path = join(dir, name);
    writeFileSync(
      path,
      buildReportText({ agency, year, prose: text, cells: consistentCells(seed) }),
    );
    return path;
  };
  const lastYear = file('2023.txt', '某县司法局', 2023, 3);
  const peer = file('peer.txt', '某县民政局', 2024, 4);
  const other = file('other.txt', '某县水利局', 2024, 6, ownWords);
  const report = file('2024.txt', '某县司法局', 2024, 5);

  beforeEach(reset);

  it('extracts, parses and runs each rule once, with last year’s report and a peer there', async () => {
    const workspace = tempWorkspace();
    // Read in this thread, where the spies count (the app reads every file in a worker).
    const service = new ReviewService({
      workspace,
      reviewer: '王审核',
      poolFrom: Number.POSITIVE_INFINITY,
    });
    service.grantPaths([dir]);
    const [, peerSummary] = await service.importFiles([lastYear, peer, other]);
    reset();

    const [summary] = await service.importFiles([report]);
    expect(extracted.mock.calls.map((c) => c[0])).toEqual([report]);
    expect(parsed).toHaveBeenCalledTimes(1);
    const runs = ruleRuns();
    // Every rule ran once on the new report, the cross-report ones included (they had last
    // year's report and peers); content.copied once more, on the one peer that copies it.
    expect(Object.keys(runs).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
    const { [copied.meta.id]: copiedRuns, ...others } = runs;
    expect(Object.values(others).every((n) => n === 1)).toBe(true);
    expect(copiedRuns).toBe(2);
    // 某县水利局 wrote its own words: it is not judged again.
    expect(copiedJudged()).toEqual(['某县司法局', '某县民政局']);
    const stored = await service.getReport(summary!.id);
    expect(stored.findings.map((f) => f.ruleId)).toContain('consistency.carryover');
    expect(stored.findings.map((f) => f.ruleId)).toContain('content.copied');
    const peerFindings = (await service.getReport(peerSummary!.id)).findings;
    expect(peerFindings.find((f) => f.ruleId === copied.meta.id)?.message).toContain('某县司法局');

    // Opening, commenting and exporting read what was stored.
    reset();
    const exporter = new ExportService({ workspace, reviewer: '王审核' });
    await service.getReport(summary!.id);
    await service.addComment({ reportId: summary!.id, span: [0, 4], text: '请核实' });
    await exporter.issueList({ reportId: summary!.id, format: 'csv', scope: 'all' });
    await service.setStatus({ reportId: summary!.id, status: 'returned', note: '请修改' });
    await exporter.letter(
      { reportId: summary!.id, unconfirmed: 'list' },
      { ...defaultLetterSettings },
    );
    await exporter.annotated({ reportId: summary!.id });
    expect(extracted).not.toHaveBeenCalled();
    expect(parsed).not.toHaveBeenCalled();
    expect(ruleRuns()).toEqual({});

    // A correction checks again with the stored parse (every rule once), parses nothing.
    await service.correctCell({ reportId: summary!.id, path: 'requests/1/natural', value: 99 });
    expect(parsed).not.toHaveBeenCalled();
    expect(Object.values(ruleRuns()).every((n) => n === 1)).toBe(true);
  });
});
