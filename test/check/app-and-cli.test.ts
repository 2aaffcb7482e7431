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

/** The same with the command; also returns what it printed as JSON, by file name. */
const viaCli = async (
  batches: string[][],
): Promise<{ stored: Record<string, Seen>; printed: Record<string, Seen> }> => {
  const file = join(temp(), 'cli.nianbao');
  const printed: Record<string, Seen> = {};
  for (const paths of batches) {
    let stdout = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: () => {} };
    await main(['check', '--workspace', file, '--format', 'json', ...paths], io);
    for (const r of (JSON.parse(stdout) as CheckOutput).results)
      printed[r.file.split('/').pop()!] = seen(r.findings);
  }
  return { stored: storedIn(file), printed };
};

const prose = {
  '1': '本机关坚持以公开为常态、不公开为例外，围绕中心工作持续深化政务公开。全年通过门户网站主动公开各类信息，及时回应社会关切。进一步完善依申请公开工作流程，严格落实登记、审核、答复各环节要求。加强政府信息公开平台建设，优化栏目设置，提升公开信息的可读性和实用性。',
  '5': '存在的主要问题是公开内容的深度和广度还不够，部分栏目更新不够及时。下一步将加强业务培训，提高工作人员的公开意识和业务能力，进一步规范公开流程，确保信息公开工作取得实效。',
  '6': '本年度未收取信息处理费。本机关将继续按照上级部署，认真落实政务公开各项任务，推动政府信息公开工作再上新台阶。',
};

describe('the app and nianbao check --workspace', () => {
  it('store the same findings for the samples, as the command prints them', async () => {
    const files = samples.map((s) => join(samplesDir, `${s}.txt`));
    const app = await viaApp([files]);
    const cli = await viaCli([files]);
    expect(Object.keys(app)).toHaveLength(samples.length);
    expect(cli.stored).toEqual(app);
    expect(cli.printed).toEqual(app);
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
    expect(cli.printed).toEqual(app);
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
    const copied = app['乙.txt']!.filter((f) => f.ruleId === 'content.copied');
    expect(copied).toHaveLength(1);
    expect(copied[0]!.message).toContain('某县交通运输局');
    // Another year is no peer; the first report had nobody to copy from when it was checked.
    expect(app['丙.txt']!.map((f) => f.ruleId)).not.toContain('content.copied');
    expect(app['甲.txt']!.map((f) => f.ruleId)).not.toContain('content.copied');
    expect(cli.stored).toEqual(app);
    expect(cli.printed).toEqual(app);
  });
});
