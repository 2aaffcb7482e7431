// Handing a workspace over: export a copy, merge a colleague's copy without losing either side's work.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/main/storage';
import { SAMPLES, builtImport, sampleImport, tempDir, textFinding } from './helpers';

/** Two clocks: A works in the morning, B in the afternoon of the same day, minute by minute. */
const clock = (start: string) => {
  let t = Date.parse(start);
  return { now: () => new Date(t), tick: () => (t += 60_000) };
};

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const twoReviewers = async () => {
  const dir = tempDir();
  const ca = clock('2025-03-01T01:00:00.000Z');
  const cb = clock('2025-03-01T06:00:00.000Z');
  const a = Workspace.open(join(dir, 'a.nianbao'), { now: () => (ca.tick(), ca.now()) });
  const b = Workspace.open(join(dir, 'b.nianbao'), { now: () => (cb.tick(), cb.now()) });
  const { input, doc } = await sampleImport(SAMPLES[3]);
  const findings = [
    textFinding(doc, '以公开为常态'),
    textFinding(doc, '应公开、尽公开', 'content.vague', 'info'),
    textFinding(doc, '司法行政'),
    ...input.findings!,
  ];
  const shared = { ...input, findings };
  return {
    dir,
    a,
    b,
    ca,
    cb,
    doc,
    shared,
    idA: a.importReport(shared).id,
    idB: b.importReport(shared).id,
  };
};

describe('export and import of a workspace', () => {
  it('merges a colleague’s work: later decision wins, comments unioned, history merged', async () => {
    const { dir, a, b, doc, idA, idB } = await twoReviewers();
    const [f1, f2, f3] = a.getReport(idA).findings;
    a.decide(idA, f1!.fingerprint, 'confirmed', 'A 的意见', '甲');
    a.decide(idA, f3!.fingerprint, 'dismissed', 'A 排除', '甲');
    a.addComment(idA, [0, 4], 'A 的批注', '甲');
    a.correctCell(idA, 'requests/1/natural', 3, '甲');
    a.correctCell(idA, 'requests/2/natural', 1, '甲');

    b.decide(idB, f1!.fingerprint, 'dismissed', 'B 的意见（更晚）', '乙');
    b.decide(idB, f2!.fingerprint, 'confirmed', null, '乙');
    b.decide(idB, f3!.fingerprint, 'dismissed', 'B 排除', '乙');
    b.addComment(idB, [5, 9], 'B 的批注', '乙');
    b.correctCell(idB, 'requests/1/natural', 4, '乙');
    b.setStatus(idB, 'returned', '乙', '请修改');
    // A changes its mind on f3 after B's session: A's later word must survive the import.
    const late = Workspace.open(a.file, { now: () => new Date('2025-03-01T09:00:00.000Z') });
    late.decide(idA, f3!.fingerprint, 'confirmed', 'A 改判', '甲');
    late.close();

    const handover = join(dir, 'from-b.nianbao');
    b.exportTo(handover);
    expect(existsSync(`${handover}-wal`)).toBe(false);
    const before = hashOf(handover);
    const result = a.importFrom(handover);
    expect(hashOf(handover)).toBe(before);
    expect(result).toEqual({
      added: 0,
      merged: 1,
      decisions: { added: 1, updated: 1 },
      comments: 1,
      corrections: { added: 0, updated: 1 },
      statusChanges: 2,
    });

    const merged = a.getReport(idA);
    const byPrint = new Map(merged.findings.map((f) => [f.fingerprint, f.decision]));
    expect(byPrint.get(f1!.fingerprint)).toMatchObject({ decision: 'dismissed', reviewer: '乙' });
    expect(byPrint.get(f2!.fingerprint)).toMatchObject({ decision: 'confirmed', reviewer: '乙' });
    expect(byPrint.get(f3!.fingerprint)).toMatchObject({ decision: 'confirmed', reason: 'A 改判' });
    expect(merged.comments.map((c) => [c.text, c.quote])).toEqual([
      ['A 的批注', doc.report.text.slice(0, 4)],
      ['B 的批注', doc.report.text.slice(5, 9)],
    ]);
    expect(merged.corrections.map((c) => [c.path, c.value, c.reviewer])).toEqual([
      ['requests/1/natural', 4, '乙'],
      ['requests/2/natural', 1, '甲'],
    ]);
    expect(merged.summary.status).toBe('returned');
    expect(merged.history.map((h) => [h.status, h.reviewer])).toEqual([
      ['in_review', '甲'],
      ['in_review', '乙'],
      ['returned', '乙'],
    ]);

    // Importing the same file again changes nothing.
    expect(a.importFrom(handover)).toMatchObject({
      merged: 1,
      decisions: { added: 0, updated: 0 },
      comments: 0,
      statusChanges: 0,
    });
    expect(a.getReport(idA).comments).toHaveLength(2);
    expect(a.health().integrity).toEqual(['ok']);
    a.close();
    b.close();
  });

  it('copies reports new to this workspace with all their review records and versions', async () => {
    const { dir, a, b, idB } = await twoReviewers();
    const v2 = builtImport({ agency: '攀枝花市西区司法局', year: 2023 }, (doc) => [
      textFinding(doc, '持续做好'),
    ]);
    const other = b.importReport(v2.input);
    const f = b.getReport(other.id).findings[0]!;
    b.decide(other.id, f.fingerprint, 'confirmed', '需修改', '乙');
    b.addComment(other.id, [0, 3], '标题', '乙');
    b.setStatus(idB, 'approved', '乙', null);
    const theirs = b.getReport(other.id);
    b.exportTo(join(dir, 'b-copy.nianbao'));
    const result = a.importFrom(join(dir, 'b-copy.nianbao'));
    expect(result).toMatchObject({ added: 1, merged: 1 });

    const list = a.listReports();
    expect(list).toHaveLength(2);
    const copied = a.getReport(list[1]!.id);
    expect(copied.summary).toMatchObject({ version: 2, agencyKey: '攀枝花市西区司法局' });
    expect(copied.summary.importedAt).toBe(theirs.summary.importedAt);
    expect(copied.findings).toEqual(theirs.findings);
    expect(copied.comments).toEqual(theirs.comments);
    expect(copied.history).toEqual(theirs.history);
    expect(Buffer.from(a.getDocumentBytes(copied.summary.id)!)).toEqual(
      Buffer.from(v2.input.bytes!),
    );
    expect(a.getReport(list[0]!.id).summary.status).toBe('approved');
    expect(a.compareVersions(list[0]!.id, copied.summary.id).new).toHaveLength(1);
    a.close();
    b.close();
  });

  it('keeps the agency merge the colleague made by hand', () => {
    const dir = tempDir();
    const a = Workspace.open(join(dir, 'a.nianbao'));
    const b = Workspace.open(join(dir, 'b.nianbao'));
    a.importReport(builtImport({ agency: '渠县司法局', year: 2023 }).input);
    b.importReport(builtImport({ agency: '渠县司法局', year: 2024 }).input);
    const renamed = b.importReport(builtImport({ agency: '渠县法制局', year: 2024 }).input);
    b.mergeAgencies('渠县司法局', '渠县法制局');
    b.exportTo(join(dir, 'b.copy'));
    a.importFrom(join(dir, 'b.copy'));
    const info = a.listAgencies();
    expect(info.map((x) => [x.key, x.years])).toEqual([['渠县司法局', [2023, 2024]]]);
    const copied = a.listReports().find((s) => s.hash === b.getReport(renamed.id).summary.hash)!;
    expect(copied).toMatchObject({ agencyKey: '渠县司法局', version: 2 });
    a.close();
    b.close();
  });

  it('refuses a damaged handover as a whole: nothing of it is imported', async () => {
    const { dir, a, b, idA } = await twoReviewers();
    b.importReport(builtImport({ agency: '渠县司法局', year: 2023 }).input);
    const late = b.importReport(builtImport({ agency: '渠县司法局', year: 2024 }).input);
    const copy = join(dir, 'damaged.nianbao');
    b.exportTo(copy);
    const raw = new DatabaseSync(copy);
    raw.prepare('UPDATE reports SET parsed = ? WHERE id = ?').run('{"title": 5}', Number(late.id));
    raw.close();
    const before = a.getReport(idA);
    expect(() => a.importFrom(copy)).toThrow(/内容有误，未导入任何内容：输入无效。解析结果/);
    expect(a.listReports().map((s) => s.id)).toEqual([idA]);
    expect(a.getReport(idA)).toEqual(before);
    expect(a.listAgencies().map((x) => x.key)).toEqual(['攀枝花市西区司法局']);
    a.close();
    b.close();
  });

  it('refuses a file that is not a workspace and leaves this one unchanged', async () => {
    const { dir, a, idA } = await twoReviewers();
    const bogus = join(dir, 'bogus.nianbao');
    writeFileSync(bogus, 'PK\u0003\u0004 not a database at all');
    expect(() => a.importFrom(bogus)).toThrow(/不是年报审查工作区文件/);
    expect(() => a.importFrom(join(dir, 'missing.nianbao'))).toThrow(/找不到要导入的工作区文件/);
    expect(() => a.exportTo(join(dir, 'no-such-dir', 'x.nianbao'))).toThrow(/无法导出工作区/);
    expect(() => a.exportTo(a.file)).toThrow(/不能导出到当前打开的工作区文件本身/);
    expect(a.listReports().map((s) => s.id)).toEqual([idA]);
    a.close();
  });
});

describe('workspace import of what is not a workspace', () => {
  it('refuses a folder, an empty file and an empty SQLite database, naming the file', async () => {
    const { dir, a, idA } = await twoReviewers();
    const empty = join(dir, '空.nianbao');
    writeFileSync(empty, '');
    expect(() => a.importFrom(empty)).toThrow(
      /「.*空\.nianbao」是空文件（0 字节），不是工作区文件，未导入任何内容/,
    );
    expect(() => a.importFrom(dir)).toThrow(/是文件夹，不是工作区文件/);
    const blank = join(dir, 'blank.sqlite');
    new DatabaseSync(blank).exec('CREATE TABLE t (x)');
    const bare = join(dir, 'bare.sqlite');
    const raw = new DatabaseSync(bare);
    raw.exec('PRAGMA user_version = 1');
    raw.close();
    for (const f of [blank, bare])
      expect(() => a.importFrom(f)).toThrow(/不是年报审查工作区文件.*未导入任何内容/);
    // Nothing merged, nothing of this workspace changed.
    expect(a.listReports().map((s) => s.id)).toEqual([idA]);
    a.close();
  });

  it('removes the temporary copy a killed import left behind, at the next import', async () => {
    const { dir, a, b } = await twoReviewers();
    const handover = join(dir, 'handover-of-b.nianbao');
    b.exportTo(handover);
    // A folder as a killed import leaves it: its owner process is gone.
    const stale = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
    writeFileSync(join(stale, '.owner-pid'), '2147483646');
    writeFileSync(join(stale, 'b.nianbao'), 'x'.repeat(1000));
    a.importFrom(handover);
    expect(existsSync(stale)).toBe(false);
    // And the import's own copy is gone once it is done.
    const owner = (n: string): string | null => {
      try {
        return readFileSync(join(tmpdir(), n, '.owner-pid'), 'utf8');
      } catch {
        return null;
      }
    };
    const ours = readdirSync(tmpdir()).filter(
      (n) => n.startsWith('nianbao-import-') && owner(n) === String(process.pid),
    );
    expect(ours).toEqual([]);
    a.close();
    b.close();
  });
});
