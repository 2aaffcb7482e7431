// Importing reports: real samples, duplicates, versions of one agency and year, comparison.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/main/extract';
import { Workspace, WorkspaceError } from '../../src/main/storage';
import { uniqueFingerprints } from '../../src/shared/rules/engine';
import { consistentCells } from '../support/report-builder';
import { SAMPLES, builtImport, cellFinding, sampleImport, tempDir, textFinding } from './helpers';

const open = () => Workspace.open(join(tempDir(), 'ws.nianbao'));

describe('importing reports', () => {
  it('stores the five samples as read by the pipeline, one version each', async () => {
    const ws = open();
    const imported = [];
    for (const name of SAMPLES) {
      const { input, doc } = await sampleImport(name);
      const result = ws.importReport(input);
      expect(result).toMatchObject({ version: 1, duplicate: false, previousVersionId: null });
      imported.push({ id: result.id, input, doc });
    }
    const list = ws.listReports();
    expect(list.map((s) => s.id)).toEqual(imported.map((x) => x.id));
    for (const { id, input, doc } of imported) {
      const stored = ws.getReport(id);
      expect(stored.raw).toBe(input.extracted!.text);
      expect(stored.segments).toEqual(input.extracted!.segments);
      expect(stored.report).toEqual(doc.report);
      expect(stored.summary).toMatchObject({
        agency: doc.report.agency,
        year: doc.report.year,
        status: 'pending',
        total: input.findings!.length,
        decided: 0,
      });
      expect(stored.findings.map((f) => f.fingerprint)).toEqual(
        uniqueFingerprints(input.findings!, doc.report.text),
      );
      const errors = input.findings!.filter((f) => f.severity === 'error').length;
      expect(stored.summary.counts.error).toBe(errors);
      expect(Buffer.from(ws.getDocumentBytes(id)!)).toEqual(Buffer.from(input.bytes!));
    }
    ws.close();
  });

  it('returns the stored report when the same bytes come again', async () => {
    const ws = open();
    const { input } = await sampleImport(SAMPLES[1]);
    const first = ws.importReport(input);
    const again = ws.importReport({ ...input, name: 'renamed.txt' });
    expect(again).toMatchObject({ id: first.id, version: 1, duplicate: true });
    expect(ws.listReports()).toHaveLength(1);
    expect(ws.listReports()[0]!.fileName).toBe(SAMPLES[1]);
    ws.close();
  });

  it('makes the same report in another encoding a second file of its submission, not version 2', async () => {
    const ws = open();
    const utf8 = await sampleImport('000_a5e6e1e0a8da6139.txt');
    const gbk = await sampleImport('000_a5e6e1e0a8da6139.gb18030.txt');
    expect(gbk.input.extracted!.text).toBe(utf8.input.extracted!.text);
    const findings = [textFinding(utf8.doc, '二十届三中全会'), ...utf8.input.findings!];
    const v1 = ws.importReport({ ...utf8.input, findings });
    const same = ws.importReport({ ...gbk.input, findings });
    expect(same).toMatchObject({
      version: 1,
      previousVersionId: null,
      submissionId: v1.id,
      files: 2,
      agencyKey: v1.agencyKey,
    });
    expect(ws.versionsOf(v1.id).map((s) => s.id)).toEqual([v1.id]);
    expect(ws.versionsOf(same.id).map((s) => s.id)).toEqual([same.id]);
    ws.close();
  });

  it('compares versions by fingerprint: fixed, still open, new', () => {
    const ws = open();
    const cells = consistentCells(7);
    const wrong = { ...cells, 'requests/3.7/total': Number(cells['requests/3.7/total']) + 1 };
    const prose = { '5': '主要问题：信息更新不及时，栏目设置不够合理。' };
    const v1 = builtImport({ agency: '渠县司法局', year: 2024, cells: wrong, prose }, (doc) => [
      cellFinding(doc, 'requests/3.7/total', '总计与各项之和不符'),
      textFinding(doc, '栏目设置不够合理', 'content.vague'),
      textFinding(doc, '信息更新不及时'),
    ]);
    const v2 = builtImport(
      { agency: '渠县司法局', year: 2024, cells, prose: { '5': '主要问题：栏目设置不够合理。' } },
      (doc) => [
        textFinding(doc, '栏目设置不够合理', 'content.vague'),
        textFinding(doc, '主要问题'),
      ],
    );
    const a = ws.importReport(v1.input);
    const b = ws.importReport(v2.input);
    expect(b.version).toBe(2);
    const dismissed = ws.getReport(a.id).findings[1]!;
    ws.decide(a.id, dismissed.fingerprint, 'dismissed', '属于正常表述', '李四');
    const cmp = ws.compareVersions(a.id, b.id);
    expect(cmp.from.id).toBe(a.id);
    expect(cmp.fixed.map((f) => f.message)).toEqual([
      '总计与各项之和不符',
      '「信息更新不及时」有误',
    ]);
    expect(cmp.stillOpen).toHaveLength(1);
    expect(cmp.stillOpen[0]).toMatchObject({ ruleId: 'content.vague', decision: null });
    expect(cmp.stillOpen[0]!.before).toMatchObject({ decision: 'dismissed', reviewer: '李四' });
    expect(cmp.new.map((f) => f.actual)).toEqual(['主要问题']);
    ws.close();
  });

  it('refuses to compare reports of different agencies or years', async () => {
    const ws = open();
    const a = ws.importReport((await sampleImport(SAMPLES[0])).input);
    const b = ws.importReport((await sampleImport(SAMPLES[4])).input);
    expect(() => ws.compareVersions(a.id, b.id)).toThrow(/只能比较同一单位同一年度报告/);
    ws.close();
  });

  it('keeps an unreadable file with its Chinese message and nothing to annotate', async () => {
    const ws = open();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    const extracted = await extractBytes(bytes, '扫描件.pdf');
    if (extracted.ok) throw new Error('expected an extraction error');
    const { id } = ws.importReport({
      name: '扫描件.pdf',
      format: 'pdf',
      bytes,
      error: extracted.error,
    });
    const stored = ws.getReport(id);
    expect(stored.summary.error).toEqual(extracted.error);
    expect(stored.summary).toMatchObject({ agency: null, version: 1, total: 0 });
    expect(() => ws.addComment(id, [0, 1], '看不清', '张三')).toThrow(/未能读取/);
    expect(() => ws.decide(id, 'x#y', 'confirmed', null, '张三')).toThrow(/没有这个问题/);
    ws.close();
  });

  it('rejects bad input with Chinese messages and stores nothing', async () => {
    const ws = open();
    const { input, doc } = await sampleImport(SAMPLES[2]);
    const attempts: Array<[unknown, RegExp]> = [
      [{ ...input, bytes: undefined }, /文件内容或其 sha256 哈希/],
      [{ ...input, name: '  ' }, /文件名：缺少文件名/],
      [{ ...input, hash: 'abc' }, /文件哈希：应为 64 位十六进制 sha256 值/],
      [{ ...input, hash: '0'.repeat(64) }, /内容与给出的哈希不一致/],
      [
        { ...input, findings: [{ ...textFinding(doc, '总体情况'), spans: [[0, 1e7]] }] },
        /超出报告文本范围/,
      ],
      [{ ...input, findings: [{ ruleId: 'Bad Id' }] }, /问题列表 第1项/],
    ];
    for (const [bad, message] of attempts) {
      const error = (() => {
        try {
          ws.importReport(bad as never);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(WorkspaceError);
      expect((error as WorkspaceError).message).toMatch(message);
    }
    expect(ws.listReports()).toEqual([]);
    expect(() => ws.getReport('42')).toThrow(/找不到编号为「42」的报告/);
    expect(() => ws.getReport('../x')).toThrow(/找不到编号/);
    ws.close();
    expect(() => ws.listReports()).toThrow(/工作区已关闭/);
  });

  it('stores the original bytes only when given', () => {
    const ws = open();
    const { input } = builtImport({ agency: '渠县司法局' });
    const hash = 'f'.repeat(64);
    const { id } = ws.importReport({ ...input, bytes: undefined, hash });
    expect(ws.getDocumentBytes(id)).toBeNull();
    expect(ws.listReports()[0]!.hash).toBe(hash);
    ws.close();
  });
});
