// Agency keys: names written differently line up across years; short forms; merging by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, agencyKey, isShortFormOf } from '../../src/main/storage';
import { builtImport, sampleImport, steppingClock, tempDir } from './helpers';

const open = () => Workspace.open(join(tempDir(), 'ws.nianbao'), { now: steppingClock() });
const report = (ws: Workspace, agency: string, year: number, seed = '') =>
  ws.importReport(
    builtImport({ agency, year, prose: { '6': `本年度未收取信息处理费。${seed}` } }).input,
  );

describe('agency keys', () => {
  it('ignore whitespace, bracket width and bracketed parts', () => {
    expect(agencyKey(' 渠县 司法局 ')).toBe('渠县司法局');
    expect(agencyKey('渠县司法局（渠县行政复议局）')).toBe('渠县司法局');
    expect(agencyKey('渠县司法局(本级)')).toBe(agencyKey('渠县司法局【本级】'));
    expect(agencyKey('（）')).toBe('()');
    expect(agencyKey('ＸＸ县司法局')).toBe('xx县司法局');
  });

  it('recognise short forms that drop the place in front', () => {
    const yes: Array<[string, string]> = [
      ['区司法局', '牧野区司法局'],
      ['县人民政府办公室', '渠县人民政府办公室'],
      ['前进区司法局', '佳木斯市前进区司法局'],
      ['西区司法局', '攀枝花市西区司法局'],
    ];
    const no: Array<[string, string]> = [
      ['司法局', '渠县司法局'],
      ['牧野区司法局', '牧野区司法局'],
      ['孟津区司法局', '牧野区司法局'],
      ['区司法局', '牧野区司法局办公室'],
      ['法局', '渠县司法局'],
    ];
    for (const [short, full] of yes) expect(isShortFormOf(short, full), short).toBe(true);
    for (const [short, full] of no) expect(isShortFormOf(short, full), short).toBe(false);
  });
});

describe('agencies in a workspace', () => {
  it('lines a short name up with the one full name of the workspace', async () => {
    const ws = open();
    const full = ws.importReport((await sampleImport('000_a5e6e1e0a8da6139.txt')).input);
    const short = report(ws, '区司法局', 2023);
    expect(short).toMatchObject({
      agencyKey: '牧野区司法局',
      agencyMerged: [{ from: '区司法局', into: '牧野区司法局' }],
    });
    expect(ws.previousReportOf(full.id)?.summary.id).toBe(short.id);
    expect(ws.previousReportOf(short.id)).toBeNull();
    const [info] = ws.listAgencies();
    expect(info).toMatchObject({
      key: '牧野区司法局',
      names: ['区司法局', '牧野区司法局'],
      years: [2023, 2024],
      aliases: [{ alias: '区司法局', auto: true }],
    });
    ws.close();
  });

  it('adopts an earlier short name when the full name arrives', async () => {
    const ws = open();
    const short = report(ws, '前进区司法局', 2024);
    const full = ws.importReport((await sampleImport('002_73996fd1531b3677.txt')).input);
    expect(full.agencyMerged).toEqual([{ from: '前进区司法局', into: '佳木斯市前进区司法局' }]);
    expect(ws.getReport(short.id).summary.agencyKey).toBe('佳木斯市前进区司法局');
    expect(ws.previousReportOf(short.id)?.summary.id).toBe(full.id);
    ws.close();
  });

  it('leaves an ambiguous short name alone until the reviewer merges it', async () => {
    const ws = open();
    ws.importReport((await sampleImport('000_a5e6e1e0a8da6139.txt')).input);
    ws.importReport((await sampleImport('003_bd471127bf420aa0.txt')).input);
    const s2024 = report(ws, '区司法局', 2024, '甲');
    expect(s2024.agencyKey).toBe('区司法局');
    expect(s2024.version).toBe(1);
    expect(() => ws.mergeAgencies('牧野区司法局', '不存在的局')).toThrow(
      '工作区中没有单位「不存在的局」的报告。',
    );

    const merged = ws.mergeAgencies('牧野区司法局', '区司法局');
    expect(merged).toEqual({ key: '牧野区司法局', moved: 1 });
    const versions = ws.versionsOf(s2024.id);
    expect(versions.map((v) => [v.fileName, v.version])).toEqual([
      ['000_a5e6e1e0a8da6139.txt', 1],
      ['区司法局2024.txt', 2],
    ]);
    expect(() => ws.mergeAgencies('区司法局', '牧野区司法局')).toThrow(/已是同一单位/);

    // The alias stays: the same short name next year lands on the merged key.
    const next = report(ws, '区 司法局', 2025);
    expect(next).toMatchObject({ agencyKey: '牧野区司法局', agencyMerged: [] });
    ws.close();
  });

  it('merges whole keys by hand, renumbering versions by import time', () => {
    const ws = open();
    const a = report(ws, '渠县司法局', 2024, '一');
    const b = report(ws, '渠县法制局', 2024, '二');
    const c = report(ws, '渠县司法局', 2024, '三');
    expect([a.version, b.version, c.version]).toEqual([1, 1, 2]);
    ws.mergeAgencies('渠县司法局', '渠县法制局');
    expect(ws.versionsOf(a.id).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
    expect(ws.versionsOf(a.id).map((s) => s.version)).toEqual([1, 2, 3]);
    expect(ws.listAgencies().map((x) => x.key)).toEqual(['渠县司法局']);
    ws.close();
  });
});
