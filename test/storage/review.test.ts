// The reviewer's actions: decisions, comments, corrected cells, status — each one transaction.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, type WorkspaceError } from '../../src/main/storage';
import { applyCorrections } from '../../src/shared/review/corrections';
import { requestLeafRows } from '../../src/shared/model/form';
import type { Finding } from '../../src/shared/model/schema';
import type { ParsedDocument } from '../../src/shared/parser';
import { consistentCells } from '../support/report-builder';
import {
  builtImport,
  cellFinding,
  sampleImport,
  steppingClock,
  tempDir,
  textFinding,
} from './helpers';

/** Our own check of 三（七）总计 against its items, so the test does not rely on the catalogue. */
const totalCheck = (doc: ParsedDocument): Finding[] => {
  const v = (row: string) => doc.report.cells[`requests/${row}/total`]?.value ?? 0;
  const sum = requestLeafRows.reduce((s, r) => s + v(r), 0);
  return v('3.7') === sum ? [] : [cellFinding(doc, 'requests/3.7/total', `总计应为 ${sum}`)];
};

const setup = () => {
  const ws = Workspace.open(join(tempDir(), 'ws.nianbao'), { now: steppingClock() });
  const cells = consistentCells(11);
  const printed = Number(cells['requests/3.7/total']);
  const built = builtImport(
    { agency: '渠县司法局', cells: { ...cells, 'requests/3.7/total': printed + 10 } },
    (doc) => [
      ...totalCheck(doc),
      textFinding(doc, '信息更新不够及时'),
      textFinding(doc, '持续做好'),
    ],
  );
  const { id } = ws.importReport(built.input);
  return { ws, id, doc: built.doc, printed };
};

const failure = (fn: () => unknown): WorkspaceError => {
  try {
    fn();
  } catch (e) {
    return e as WorkspaceError;
  }
  throw new Error('expected a failure');
};

describe('reviewing a report', () => {
  it('records decisions, counts open findings and starts the review', () => {
    const { ws, id } = setup();
    const [total, late, keep] = ws.getReport(id).findings;
    expect(ws.getReport(id).summary).toMatchObject({
      status: 'pending',
      counts: { error: 1, warning: 2, info: 0 },
    });
    const d = ws.decide(id, total!.fingerprint, 'confirmed', '  请核对  ', '张三');
    expect(d).toMatchObject({ decision: 'confirmed', reason: '请核对', reviewer: '张三' });
    ws.decide(id, late!.fingerprint, 'dismissed', '', '张三');
    const after = ws.getReport(id);
    expect(after.summary).toMatchObject({
      status: 'in_review',
      decided: 2,
      total: 3,
      counts: { error: 1, warning: 1, info: 0 },
      byCategory: { arith: 1, text: 1 },
    });
    expect(after.findings[1]!.decision).toMatchObject({ decision: 'dismissed', reason: null });
    expect(after.history).toEqual([
      { status: 'in_review', note: '开始审核', reviewer: '张三', at: d.at },
    ]);
    ws.decide(id, late!.fingerprint, 'pending', null, '李四');
    expect(ws.getReport(id).summary.decided).toBe(1);
    expect(ws.getReport(id).history).toHaveLength(1);
    expect(keep!.decision).toBeNull();
    expect(failure(() => ws.decide(id, 'text.typo##不存在', 'confirmed', null, '张三')).code).toBe(
      'NOT_FOUND',
    );
    expect(failure(() => ws.decide(id, total!.fingerprint, 'confirmed', null, ' ')).message).toBe(
      '输入无效。审核人：请填写审核人姓名',
    );
    expect(
      failure(() => ws.decide(id, total!.fingerprint, 'accepted' as never, null, '张三')).message,
    ).toMatch(/^输入无效。审核结论：/);
    ws.close();
  });

  it('anchors comments to the text with the quoted passage', () => {
    const { ws, id, doc } = setup();
    const at = doc.report.text.indexOf('监督保障');
    const c = ws.addComment(id, [at, at + 4], '请补充考核情况', '王五');
    expect(c.quote).toBe('监督保障');
    ws.addComment(id, [0, 2], '标题格式', '王五');
    expect(ws.getReport(id).comments.map((x) => x.text)).toEqual(['标题格式', '请补充考核情况']);
    expect(failure(() => ws.addComment(id, [5, 5], '空', '王五')).message).toMatch(/批注位置/);
    expect(failure(() => ws.addComment(id, [0, 1e6], '超出', '王五')).message).toMatch(/批注位置/);
    expect(failure(() => ws.addComment(id, [0, 2], '   ', '王五')).message).toBe(
      '输入无效。内容：批注内容不能为空',
    );
    ws.close();
  });

  it('keeps a corrected cell apart from the extracted value and re-checks in the same step', () => {
    const { ws, id, doc, printed } = setup();
    const stored = ws.getReport(id);
    const total = stored.findings[0]!;
    ws.decide(id, total.fingerprint, 'confirmed', '总计有误', '张三');
    const corrected = applyCorrections(doc, [{ path: 'requests/3.7/total', value: printed }]);
    const findings = [...totalCheck(corrected), ...stored.findings.slice(1)];
    const c = ws.correctCell(id, 'requests/3.7/total', printed, '张三', findings);
    expect(c).toMatchObject({
      value: printed,
      original: printed + 10,
      originalRaw: `${printed + 10}`,
    });
    const after = ws.getReport(id);
    expect(after.report!.cells['requests/3.7/total']!.value).toBe(printed + 10);
    expect(after.corrections).toEqual([c]);
    expect(after.findings.map((f) => f.fingerprint)).not.toContain(total.fingerprint);
    expect(after.orphanedDecisions.map((d) => d.fingerprint)).toEqual([total.fingerprint]);

    ws.correctCell(id, 'requests/3.7/total', null, '张三', [total, ...stored.findings.slice(1)]);
    const withdrawn = ws.getReport(id);
    expect(withdrawn.corrections).toEqual([]);
    expect(withdrawn.findings[0]!.decision).toMatchObject({ decision: 'confirmed' });
    expect(failure(() => ws.correctCell(id, 'requests/9.9/total', 1, '张三')).message).toMatch(
      /没有单元格/,
    );
    ws.close();
  });

  it('rolls the whole action back when part of it fails', () => {
    const { ws, id } = setup();
    const bad: Finding = { ...ws.getReport(id).findings[0]!, spans: [[0, 10_000_000]] };
    expect(() => ws.correctCell(id, 'requests/1/natural', 5, '张三', [bad])).toThrow(/超出/);
    const after = ws.getReport(id);
    expect(after.corrections).toEqual([]);
    expect(after.summary.status).toBe('pending');
    expect(after.history).toEqual([]);
    expect(after.findings).toHaveLength(3);
    ws.close();
  });

  it('moves the status with a history and refuses a no-op change', async () => {
    const ws = Workspace.open(join(tempDir(), 'ws.nianbao'), { now: steppingClock() });
    const { id } = ws.importReport((await sampleImport('002_73996fd1531b3677.txt')).input);
    ws.setStatus(id, 'in_review', '张三', null);
    ws.setStatus(id, 'returned', '张三', '表三数据与正文不一致，请修改后重新报送');
    expect(failure(() => ws.setStatus(id, 'returned', '张三', null))).toMatchObject({
      code: 'CONFLICT',
      message: '报告已是「已退回」状态。',
    });
    const stored = ws.getReport(id);
    expect(stored.summary.status).toBe('returned');
    expect(stored.history.map((h) => [h.status, h.note])).toEqual([
      ['in_review', null],
      ['returned', '表三数据与正文不一致，请修改后重新报送'],
    ]);
    expect(stored.history[0]!.at < stored.history[1]!.at).toBe(true);
    ws.close();
  });
});
