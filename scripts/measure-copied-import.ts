// Import time of a year's reports one by one, with and without the follow-up that judges again
// the stored reports that copy the new one (content.copied both sides). A/B in one process,
// interleaved (which side goes first alternates), each file read once per side beforehand, so
// what is timed is what main does when a report is stored: recordChecked (+ followImport).
//   npx tsx scripts/measure-copied-import.ts [--reports 100] [--alike pairs|all]
// "pairs": every tenth report is a copy of the one before (a usual year); "all": every report
// has the same prose (the worst case: each import judges every earlier report again).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkFile, type CheckedFile } from '../src/main/check/check-file';
import { recordChecked } from '../src/main/check/record';
import { followImport } from '../src/main/services/import-follow-up';
import { Workspace } from '../src/main/storage';
import { buildReportText, consistentCells } from '../test/support/report-builder';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    alike: { type: 'string', default: 'pairs' },
  },
});
const count = Number(values.reports);
const alikeAll = values.alike === 'all';

const TOPICS = [
  '门户网站',
  '政务新媒体',
  '依申请公开',
  '政策解读',
  '公开目录',
  '意见征集',
  '便民服务',
  '数据开放',
  '办事指南',
  '规范性文件',
];
const ACTIONS = ['梳理', '更新', '核查', '规范', '完善', '优化', '整合', '补充'];
/** Prose of its own for report `n`: sentences no other report of the set has. */
const proseOf = (n: number) => {
  const s = (k: number) =>
    `第${'一二三四五六七八九十'[k % 10]}项工作中本机关${ACTIONS[(n + k) % 8]}${TOPICS[(n * 7 + k) % 10]}栏目${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(n / 10) % 12]}号事项清单并按要求逐条落实到具体科室`;
  return {
    '1': `${s(1)}。${s(2)}。${s(3)}。${s(4)}。`,
    '5': `${s(5)}。${s(6)}。`,
    '6': `${s(7)}。${s(8)}。`,
  };
};

const dir = mkdtempSync(join(tmpdir(), 'nianbao-copied-bench-'));
const files = Array.from({ length: count }, (_, i) => {
  const source = alikeAll ? 0 : i % 10 === 9 ? i - 1 : i;
  const file = join(dir, `r${i}.txt`);
  const agency = `某市第${i + 1}局`;
  writeFileSync(
    file,
    buildReportText({ agency, year: 2024, prose: proseOf(source), cells: consistentCells(i) }),
  );
  return file;
});

const read = async (): Promise<CheckedFile[]> => Promise.all(files.map((f) => checkFile(f)));
const [plain, followed] = [await read(), await read()];
const wsPlain = Workspace.open(join(dir, 'plain.nianbao'));
const wsFollowed = Workspace.open(join(dir, 'followed.nianbao'));

const timed = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
const before: number[] = [];
const after: number[] = [];
const followOnly: number[] = [];
for (let i = 0; i < count; i++) {
  const a = () => timed(() => recordChecked(wsPlain, plain[i]!));
  const b = () =>
    timed(async () => {
      const { imported } = await recordChecked(wsFollowed, followed[i]!);
      followOnly.push(await timed(async () => followImport(wsFollowed, [imported], undefined)));
    });
  if (i % 2 === 0) {
    before.push(await a());
    after.push(await b());
  } else {
    after.push(await b());
    before.push(await a());
  }
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const slice = (xs: number[], from: number, to: number) => xs.slice(from, to);
const copiedOn = (ws: Workspace) =>
  ws
    .listReports()
    .filter((r) => ws.getReport(r.id).findings.some((f) => f.ruleId === 'content.copied')).length;
console.log(
  `${count} reports of 2024, alike: ${alikeAll ? 'all' : 'every tenth copies the one before'}; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(
  `import  1–10: before ${ms(median(slice(before, 0, 10)))}, after ${ms(median(slice(after, 0, 10)))} (median)`,
);
console.log(
  `import ${count - 9}–${count}: before ${ms(median(slice(before, count - 10, count)))}, after ${ms(median(slice(after, count - 10, count)))} (median)`,
);
console.log(
  `import ${count}: before ${ms(before[count - 1]!)}, after ${ms(after[count - 1]!)}; the follow-up alone: median ${ms(median(followOnly))}, last ${ms(followOnly[count - 1]!)}`,
);
console.log(
  `reports carrying content.copied: before ${copiedOn(wsPlain)}, after ${copiedOn(wsFollowed)}`,
);
wsPlain.close();
wsFollowed.close();
