// A group of findings decided in one action, and comments edited, deleted and restored: stored as
// ordinary records (so the letter, exports and merges read them as before), each one transaction.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, type WorkspaceError } from '../../src/main/storage';
import { ReviewService } from '../../src/main/services/review-service';
import { SAMPLES, sampleImport, steppingClock, tempDir, textFinding } from './helpers';

const failure = (fn: () => unknown): WorkspaceError => {
  try {
    fn();
  } catch (e) {
    return e as WorkspaceError;
  }
  throw new Error('expected a failure');
};

/** A real sample with three findings of one rule added to what the catalogue found. */
const setup = async (file = join(tempDir(), 'ws.nianbao'), now = steppingClock()) => {
  const ws = Workspace.open(file, { now });
  const { input, doc } = await sampleImport(SAMPLES[3]);
  const group = ['以公开为常态', '司法行政', '应公开、尽公开'].map((q) =>
    textFinding(doc, q, 'text.wording'),
  );
  const { id } = ws.importReport({ ...input, findings: [...group, ...input.findings!] });
  const stored = ws.getReport(id).findings;
  const members = stored.filter((f) => f.ruleId === 'text.wording');
  return { ws, id, doc, members, others: stored.filter((f) => f.ruleId !== 'text.wording') };
};

describe('group decisions', () => {
  it('stores one decision per finding of the group, with the one reason, in one action', async () => {
    const { ws, id, members, others } = await setup();
    expect(members).toHaveLength(3);
    const done = ws.decideMany(
      id,
      members.map((f) => ({
        fingerprint: f.fingerprint,
        decision: 'dismissed',
        reason: ' 属于表述习惯 ',
      })),
      '张三',
    );
    expect(new Set(done.map((d) => d.at)).size).toBe(1);
    const after = ws.getReport(id);
    for (const f of after.findings.filter((x) => x.ruleId === 'text.wording'))
      expect(f.decision).toMatchObject({
        decision: 'dismissed',
        reason: '属于表述习惯',
        reviewer: '张三',
      });
    for (const f of after.findings.filter((x) => x.ruleId !== 'text.wording'))
      expect(f.decision).toBeNull();
    expect(after.summary).toMatchObject({
      status: 'in_review',
      decided: 3,
      total: members.length + others.length,
    });
    expect(after.history).toHaveLength(1);
  });

  it('changes nothing when one finding of the group no longer exists', async () => {
    const { ws, id, members } = await setup();
    const asked = [
      ...members.map((f) => ({
        fingerprint: f.fingerprint,
        decision: 'confirmed' as const,
        reason: null,
      })),
      { fingerprint: 'text.wording##已不存在', decision: 'confirmed' as const, reason: null },
    ];
    const error = failure(() => ws.decideMany(id, asked, '张三'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('1 个问题已不存在');
    const after = ws.getReport(id);
    expect(after.findings.every((f) => f.decision === null)).toBe(true);
    expect(after.summary.status).toBe('pending');
  });

  it('through the service: a dismissal needs a reason, an undo restores each earlier decision', async () => {
    const { ws, id, members } = await setup();
    const service = new ReviewService({ workspace: ws, reviewer: '王审核' });
    await service.decide({
      reportId: id,
      fingerprint: members[0]!.fingerprint,
      decision: 'dismissed',
      reason: '另有说明',
    });
    await expect(
      service.decideMany({
        reportId: id,
        decisions: members.map((f) => ({
          fingerprint: f.fingerprint,
          decision: 'dismissed',
          reason: '  ',
        })),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    const res = await service.decideMany({
      reportId: id,
      decisions: members
        .slice(1)
        .map((f) => ({ fingerprint: f.fingerprint, decision: 'confirmed', reason: null })),
    });
    expect(res.decisions.map((d) => d.decision)).toEqual(['confirmed', 'confirmed']);
    expect(res.summary.decided).toBe(3);
    // What the report view's undo sends: every member back to what it was before the group action.
    await service.decideMany({
      reportId: id,
      decisions: members
        .slice(1)
        .map((f) => ({ fingerprint: f.fingerprint, decision: 'pending', reason: null })),
    });
    const back = ws.getReport(id).findings.filter((f) => f.ruleId === 'text.wording');
    expect(back.map((f) => f.decision?.decision)).toEqual(['dismissed', 'pending', 'pending']);
    expect(back[0]!.decision?.reason).toBe('另有说明');
  });
});

describe('editing and deleting comments', () => {
  it('edits the text, deletes (kept as a tombstone) and restores the same comment', async () => {
    const { ws, id, doc } = await setup();
    const c = ws.addComment(id, [0, 6], '标题不规范', '张三');
    const edited = ws.editComment(id, c.id, '  标题应写明年度  ', '李四');
    expect(edited).toMatchObject({
      id: c.id,
      span: c.span,
      quote: doc.report.text.slice(0, 6),
      text: '标题应写明年度',
      reviewer: '李四',
    });
    expect(edited.at > c.at).toBe(true);
    expect(ws.getReport(id).comments).toEqual([edited]);

    ws.deleteComment(id, c.id);
    expect(ws.getReport(id).comments).toEqual([]);
    expect(failure(() => ws.editComment(id, c.id, '再改', '张三')).code).toBe('CONFLICT');
    const restored = ws.deleteComment(id, c.id, false);
    expect(ws.getReport(id).comments).toEqual([restored]);
    expect(restored.text).toBe('标题应写明年度');
    expect(failure(() => ws.deleteComment(id, 'no-such-comment')).code).toBe('NOT_FOUND');
    expect(failure(() => ws.editComment(id, c.id, '   ', '张三')).code).toBe('INVALID_REQUEST');
  });

  it('a merge keeps the later word: a deletion is not undone by a colleague’s older copy', async () => {
    const dir = tempDir();
    const mine = await setup(join(dir, 'a.nianbao'), steppingClock('2025-03-01T01:00:00.000Z'));
    const c = mine.ws.addComment(mine.id, [0, 6], '甲的意见', '甲');
    const kept = mine.ws.addComment(mine.id, [10, 14], '甲的第二条', '甲');
    // The colleague receives the workspace before the deletion and edits the other comment later.
    mine.ws.exportTo(join(dir, 'handover.nianbao'));
    mine.ws.deleteComment(mine.id, c.id);
    const theirs = Workspace.open(join(dir, 'handover.nianbao'), {
      now: steppingClock('2025-03-01T06:00:00.000Z'),
    });
    theirs.editComment(mine.id, kept.id, '乙改过的意见', '乙');
    theirs.exportTo(join(dir, 'back.nianbao'));
    theirs.close();

    mine.ws.importFrom(join(dir, 'back.nianbao'));
    expect(mine.ws.getReport(mine.id).comments.map((x) => [x.id, x.text])).toEqual([
      [kept.id, '乙改过的意见'],
    ]);
    mine.ws.close();
  });
});
