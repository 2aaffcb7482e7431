// Re-checking a report: decisions follow their findings by fingerprint; the orphaned are kept.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/main/storage';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { builtImport, sampleImport, steppingClock, tempDir, textFinding } from './helpers';

const open = () => Workspace.open(join(tempDir(), 'ws.nianbao'), { now: steppingClock() });

describe('re-checking a report', () => {
  it('keeps the decisions of findings that remain and reports the orphaned ones', () => {
    const ws = open();
    const { input, doc } = builtImport({ agency: '渠县司法局', year: 2023 });
    const a = textFinding(doc, '及时更新工作动态');
    const b = textFinding(doc, '严格落实信息发布审核制度', 'content.vague', 'info');
    const c = textFinding(doc, '接受社会监督');
    const { id } = ws.importReport({ ...input, findings: [a, b, c] });
    const [fa, fb, fc] = ws.getReport(id).findings;
    ws.decide(id, fa!.fingerprint, 'confirmed', null, '张三');
    ws.decide(id, fb!.fingerprint, 'dismissed', '已有制度', '张三');
    ws.decide(id, fc!.fingerprint, 'pending', null, '张三');

    const d = textFinding(doc, '持续做好政府网站栏目维护');
    const result = ws.recheck(id, [d, a]);
    expect(result.findings).toBe(2);
    expect(result.added).toEqual([ws.getReport(id).findings[0]!.fingerprint]);
    expect(result.removed.sort()).toEqual([fb!.fingerprint, fc!.fingerprint].sort());
    expect(result.kept.map((k) => k.fingerprint)).toEqual([fa!.fingerprint]);
    expect(result.orphaned).toEqual(ws.getReport(id).orphanedDecisions);
    expect(result.orphaned[0]).toMatchObject({ decision: 'dismissed', reason: '已有制度' });

    const stored = ws.getReport(id);
    expect(stored.findings.map((f) => f.decision?.decision ?? null)).toEqual([null, 'confirmed']);
    expect(stored.orphanedDecisions.map((o) => o.fingerprint)).toEqual([fb!.fingerprint]);
    expect(stored.summary).toMatchObject({ decided: 1, total: 2 });

    // The finding comes back (e.g. a correction withdrawn): its decision is there again.
    ws.recheck(id, [a, b]);
    expect(ws.getReport(id).findings[1]!.decision).toMatchObject({ decision: 'dismissed' });
    expect(ws.getReport(id).orphanedDecisions).toEqual([]);
    ws.close();
  });

  it('tells apart equal findings at different places, each with its own decision', () => {
    const ws = open();
    const text = '本年度依法办理政府信息公开申请';
    const { input, doc } = builtImport({ prose: { '6': `${text}。另：${text}。` } });
    const first = doc.report.text.indexOf(text);
    const second = doc.report.text.indexOf(text, first + 1);
    const third = doc.report.text.indexOf(text, second + 1);
    const at = (s: number) => ({
      ...textFinding(doc, text),
      spans: [[s, s + text.length]] as [number, number][],
    });
    const { id } = ws.importReport({ ...input, findings: [at(first), at(second), at(third)] });
    const prints = ws.getReport(id).findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(3);
    ws.decide(id, prints[2]!, 'dismissed', '重复', '张三');
    const result = ws.recheck(id, [at(first), at(second)]);
    expect(result.orphaned.map((o) => o.fingerprint)).toEqual([prints[2]]);
    expect(ws.getReport(id).findings.every((f) => f.decision === null)).toBe(true);
    ws.close();
  });

  it('re-running the catalogue on a sample keeps every decision', async () => {
    const ws = open();
    const { input, doc } = await sampleImport('001_f5110ba79a44df9c.txt');
    const extra = textFinding(doc, '孟津区司法局');
    const { id } = ws.importReport({ ...input, findings: [...input.findings!, extra] });
    for (const f of ws.getReport(id).findings)
      ws.decide(id, f.fingerprint, 'confirmed', null, '张三');
    const result = ws.recheck(id, [...runRules(doc, allRules), extra]);
    expect(result.orphaned).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.kept).toHaveLength(input.findings!.length + 1);
    ws.close();
  });

  it('refuses findings for a file that could not be read', () => {
    const ws = open();
    const { id } = ws.importReport({
      name: '加密.pdf',
      format: 'pdf',
      hash: 'e'.repeat(64),
      error: { code: 'ENCRYPTED', message: '文件已加密' },
    });
    const { doc } = builtImport({});
    expect(() => ws.recheck(id, [textFinding(doc, '总体情况')])).toThrow(/未能读取/);
    expect(ws.recheck(id, []).findings).toBe(0);
    ws.close();
  });
});
