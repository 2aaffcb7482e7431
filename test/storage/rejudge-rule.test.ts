// One rule judged again on a stored report (content.copied after a peer came in): its findings
// are replaced, the other rules' stay in their place, decisions follow fingerprints, and a
// re-judge to the same conclusion writes nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/main/storage';
import { builtImport, steppingClock, tempDir, textFinding } from './helpers';

const open = () => Workspace.open(join(tempDir(), 'ws.nianbao'), { now: steppingClock() });

describe('re-judging one rule of a report', () => {
  it('replaces that rule’s findings only, keeping decisions of the same finding', () => {
    const ws = open();
    const { input, doc } = builtImport({ agency: '渠县司法局', year: 2024 });
    const typo = textFinding(doc, '及时更新工作动态');
    const copiedFrom = (who: string) => ({
      ...textFinding(doc, '严格落实信息发布审核制度', 'content.copied'),
      message: `正文有 80% 与「${who}」的报告相同`,
    });
    const late = textFinding(doc, '接受社会监督');
    const { id } = ws.importReport({ ...input, findings: [typo, copiedFrom('甲'), late] });
    const before = ws.getReport(id).findings;
    ws.decide(id, before[1]!.fingerprint, 'confirmed', null, '张三');

    // The same conclusion: nothing written.
    const judged = ws.getReport(id);
    expect(ws.rejudgeRule(id, 'content.copied', [copiedFrom('甲')])).toBeNull();
    expect(ws.getReport(id)).toEqual(judged);

    // Another agency named, the same sentences: the same finding, still confirmed, in its place.
    const moved = ws.rejudgeRule(id, 'content.copied', [copiedFrom('乙')]);
    expect(moved).toMatchObject({ added: [], removed: [], orphaned: [] });
    const after = ws.getReport(id).findings;
    expect(after.map((f) => f.message)).toEqual([
      typo.message,
      '正文有 80% 与「乙」的报告相同',
      late.message,
    ]);
    expect(after[1]!.decision).toMatchObject({ decision: 'confirmed', reviewer: '张三' });

    // Nothing copied any more: the finding goes, its decision is kept beside the report.
    const gone = ws.rejudgeRule(id, 'content.copied', []);
    expect(gone?.orphaned.map((d) => d.fingerprint)).toEqual([before[1]!.fingerprint]);
    expect(ws.getReport(id).findings.map((f) => f.ruleId)).toEqual(['text.typo', 'text.typo']);
    ws.close();
  });

  it('refuses findings of another rule, with a Chinese message and a code', () => {
    const ws = open();
    const { input, doc } = builtImport({ agency: '渠县司法局', year: 2024 });
    const { id } = ws.importReport({ ...input, findings: [] });
    const wrong = () => ws.rejudgeRule(id, 'content.copied', [textFinding(doc, '接受社会监督')]);
    expect(wrong).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
    expect(wrong).toThrow('只能替换规则「content.copied」的检查结果');
    ws.close();
  });
});
