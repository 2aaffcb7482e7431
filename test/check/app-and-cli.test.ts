// The app's import and `nianbao check --workspace` store through one pipeline: for the same files
// in the same order they give the same findings, the cross-report rules included — last year's
// report found under a merged agency name, and prose copied from another agency of the same year.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ReviewService } from '../../src/main/services/review-service';
import { Workspace } from '../../src/main/storage';
import type { CheckOutput } from '../../src/shared/model/schema';
import { buildReportText, consistentCells } from '../support/report-builder';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const samples = ['000_a5e6e1e0a8da6139', '001_f5110ba79a44df9c', '002_73996fd1531b3677'];
const temp = () => mkdtempSync(join(tmpdir(), 'nianbao-app-cli-'));

const write = (dir: string, name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** Findings as a reviewer compares them: rule, message, where. */
type Seen = Array<{ ruleId: string; message: string; spans: Array<[number, number]> }>;
const seen = (findings: Seen): Seen =>
  findings.map(({ ruleId, message, spans }) => ({ ruleId, message, spans }));

/** Each file's stored findings by file name, in import order. */
const storedIn = (file: string): Record<string, Seen> => {
  const ws = Workspace.open(file);
  try {
    return Object.fromEntries(
      ws.listReports().map((s) => [s.fileName, seen(ws.getReport(s.id).findings)]),
    );
  } finally {
    ws.close();
  }
};

/** Imports `files` one import per entry (each entry in one call), as the reviewer would. */
const viaApp = async (batches: string[][]): Promise<Record<string, Seen>> => {
  const file = join(temp(), 'app.nianbao');
  const workspace = Workspace.open(file);
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  for (const paths of batches) {
    service.grantPaths(paths);
    await service.importFiles(paths);
  }
  workspace.close();
  return storedIn(file);
};

/**
 * The same with the command; also returns what each run printed as JSON and what the workspace
 * held for those files right after it (a later run may judge them again), by file name.
 */
const viaCli = async (
  batches: string[][],
): Promise<{
  stored: Record<string, Seen>;
  runs: Array<{ printed: Record<string, Seen>; storedThen: Record<string, Seen>; said: string }>;
}> => {
  const file = join(temp(), 'cli.nianbao');
  const runs = [];
  for (const paths of batches) {
    let stdout = '';
    let said = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (said += s) };
    await main(['check', '--workspace', file, '--format', 'json', ...paths], io);
    const printed: Record<string, Seen> = {};
    for (const r of (JSON.parse(stdout) as CheckOutput).results)
      printed[r.file.split('/').pop()!] = seen(r.findings);
    const all = storedIn(file);
    runs.push({ printed, storedThen: pick(all, Object.keys(printed)), said });
  }
  return { stored: storedIn(file), runs };
};

const pick = (all: Record<string, Seen>, names: string[]): Record<string, Seen> =>
  Object.fromEntries(names.map((n) => [n, all[n]!]));

/** The command printed, for the files of each run, what it had stored for them. */
const printedAsStored = (runs: Awaited<ReturnType<typeof viaCli>>['runs']): void => {
  for (const run of runs) expect(run.printed).toEqual(run.storedThen);
};

const copiedNames = (findings: Seen): string[] =>
  findings.filter((f) => f.ruleId === 'content.copied').map((f) => f.message);

const prose = {
  '1': '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开。全年通过门户网站主动公开各类信息，及时回应社会关切。进一步完善依申请公开工作流程，严格落实登记、审核、答复各环节要求。加强政府信息公开平台建设，优化栏目设置，提升公开信息的可读性和实用性。',
  '5': '存在的主要问题是公开内容的深度和广度还不够，部分栏目更新不够及时。下一步将加强业务培训，提高工作人员的公开意识和业务能力，进一步规范公开流程，确保信息公开工作取得实效。',
  '6': '本年度未收取信息处理费。本机关将继续按照上级部署，认真落实政务公开各项任务，推动政府信息公开工作再上新台阶。',
};

/** Another agency's prose, in its own words. */
const ownWords = {
  '1': '本局聚焦水资源管理和防汛抗旱，把防汛预案、水利工程建设进度和河湖长制工作情况作为公开重点。全年围绕农村饮水安全工程公开了项目清单、资金安排和施工单位，接受群众监督。汛期每日通过门户网站和乡镇公告栏发布雨情水情，提醒沿河群众做好转移准备。',
  '5': '水利工程招投标信息的公开时效仍有差距，个别项目的中标结果晚于规定时限发布。明年将把招投标结果纳入公开清单，由专人逐项跟踪发布时间，并在季度例会上通报各科室的公开进度。',
  '6': '全年未发生因政府信息公开引起的行政复议或行政诉讼，也没有收取任何信息处理费用。',
};

describe('the app and nianbao check --workspace', () => {
  it('store the same findings for the samples, as the command prints them', async () => {
    const files = samples.map((s) => join(samplesDir, `${s}.txt`));
    const app = await viaApp([files]);
    const cli = await viaCli([files]);
    expect(Object.keys(app)).toHaveLength(samples.length);
    expect(cli.stored).toEqual(app);
    printedAsStored(cli.runs);
  });

  it('find last year’s report under a merged agency name and run the cross-year rules', async () => {
    const dir = temp();
    // 2023 under the short name, 2024 under the full one: the workspace merges the two keys.
    const last = write(
      dir,
      '2023.txt',
      buildReportText({ agency: '前进区自然资源局', year: 2023, prose, cells: consistentCells(3) }),
    );
    const now = write(
      dir,
      '2024.txt',
      buildReportText({
        agency: '佳木斯市前进区自然资源局',
        year: 2024,
        prose,
        cells: consistentCells(5),
      }),
    );
    const app = await viaApp([[last], [now]]);
    const cli = await viaCli([[last], [now]]);
    const rules = app['2024.txt']!.map((f) => f.ruleId);
    expect(rules).toContain('consistency.carryover');
    expect(rules).toContain('content.copied');
    expect(app['2023.txt']!.map((f) => f.ruleId)).not.toContain('consistency.carryover');
    expect(cli.stored).toEqual(app);
    printedAsStored(cli.runs);
    // Last year's report imported after this year's: this year's is checked again, by both.
    const appLate = await viaApp([[now], [last]]);
    const cliLate = await viaCli([[now], [last]]);
    expect(appLate['2024.txt']!.map((f) => f.ruleId)).toContain('consistency.carryover');
    expect(cliLate.stored).toEqual(appLate);
    printedAsStored(cliLate.runs);
  });

  it('flag prose copied from another agency’s report of the same year', async () => {
    const dir = temp();
    const first = write(
      dir,
      '甲.txt',
      buildReportText({ agency: '某县交通运输局', year: 2024, prose, cells: consistentCells(4) }),
    );
    const second = write(
      dir,
      '乙.txt',
      buildReportText({ agency: '某县水利局', year: 2024, prose, cells: consistentCells(6) }),
    );
    const other = write(
      dir,
      '丙.txt',
      buildReportText({ agency: '某县审计局', year: 2023, prose, cells: consistentCells(2) }),
    );
    const app = await viaApp([[first], [other, second]]);
    const cli = await viaCli([[first], [other, second]]);
    const copied = copiedNames(app['乙.txt']!);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('某县交通运输局');
    // The first report is judged again when the second comes in: each names the other.
    expect(copiedNames(app['甲.txt']!)).toEqual([expect.stringContaining('某县水利局')]);
    // Another year is no peer.
    expect(copiedNames(app['丙.txt']!)).toEqual([]);
    // The second run says that a report stored before it changed.
    expect(cli.runs[1]!.said).toContain('工作区中原有 1 份报告已随之重新检查');
    expect(cli.runs[0]!.said).not.toContain('随之重新检查');
    expect(cli.stored).toEqual(app);
    printedAsStored(cli.runs);
  });

  it('name both of two alike reports imported together, and follow a re-submission', async () => {
    const dir = temp();
    const report = (name: string, agency: string, text = prose, seed = 4) =>
      write(
        dir,
        name,
        buildReportText({ agency, year: 2024, prose: text, cells: consistentCells(seed) }),
      );
    const a = report('甲.txt', '某县交通运输局');
    const b = report('乙.txt', '某县水利局');
    const other = report('丙.txt', '某县审计局', ownWords, 5);
    // 某县水利局 sends its report again, in 某县审计局's words.
    const again = report('乙-重报.txt', '某县水利局', ownWords, 6);
    const batches = [[a, b, other], [again]];
    const app = await viaApp(batches);
    const cli = await viaCli(batches);
    expect(cli.stored).toEqual(app);
    printedAsStored(cli.runs);
    // After the first import, 甲 and 乙 named each other (as the first run printed them).
    expect(copiedNames(cli.runs[0]!.printed['甲.txt']!)).toEqual([
      expect.stringContaining('某县水利局'),
    ]);
    expect(copiedNames(cli.runs[0]!.printed['乙.txt']!)).toEqual([
      expect.stringContaining('某县交通运输局'),
    ]);
    expect(copiedNames(cli.runs[0]!.printed['丙.txt']!)).toEqual([]);
    // After the re-submission, 甲 copies nothing shown; 丙 and the new version name each other;
    // the hidden first version keeps what it said.
    expect(copiedNames(app['甲.txt']!)).toEqual([]);
    expect(copiedNames(app['丙.txt']!)).toEqual([expect.stringContaining('某县水利局')]);
    expect(copiedNames(app['乙-重报.txt']!)).toEqual([expect.stringContaining('某县审计局')]);
    expect(copiedNames(app['乙.txt']!)).toEqual([expect.stringContaining('某县交通运输局')]);
  });
});
