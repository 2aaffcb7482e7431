// The review service on real documents: import with progress, failed files, decisions,
// comments, corrections that re-check, statuses, last year's report for cross-year rules.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BatchProgress, ReportSummary } from '../../src/shared/ipc/review';
import { parseReport } from '../../src/shared/parser';
import { runRules } from '../../src/shared/rules/engine';
import { allRules } from '../../src/shared/rules/registry';
import { ReviewService } from '../../src/main/services/review-service';
import { buildReportText, consistentCells } from '../support/report-builder';
import { tempWorkspace } from '../support/workspace';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const samples = [
  '000_a5e6e1e0a8da6139.txt',
  '001_f5110ba79a44df9c.txt',
  '002_73996fd1531b3677.txt',
  '003_bd471127bf420aa0.txt',
  '004_e6a1a50ddf61be61.txt',
].map((f) => join(samplesDir, f));

const dir = mkdtempSync(join(tmpdir(), 'nianbao-service-'));
const write = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** A consistent report whose 表三「（一）予以公开」总计 is printed 10 too high. */
const misread = () => {
  const cells = consistentCells(7);
  const right = Number(cells['requests/3.1/total']);
  cells['requests/3.1/total'] = right + 10;
  return { file: write('misread.txt', buildReportText({ cells })), right, printed: right + 10 };
};

let clock = 0;
const make = () => {
  const service = new ReviewService({
    workspace: tempWorkspace(() => new Date(Date.UTC(2025, 1, 10, 9, 0, clock++))),
    reviewer: '王审核',
  });
  service.grantPaths([dir, samplesDir]);
  return service;
};

describe('importing', () => {
  let service: ReviewService;
  let reports: ReportSummary[];
  const progress: BatchProgress[] = [];
  const broken = write(
    'broken.txt',
    Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 1, 2, 3]),
  );
  const missing = join(dir, 'missing.txt');

  beforeAll(async () => {
    service = make();
    reports = await service.importFiles([...samples, broken, missing], (p) => progress.push(p));
  });

  it('reads each sample with the shared parser and rules', () => {
    for (const [i, file] of samples.entries()) {
      const doc = parseReport(readFileSync(file, 'utf8'));
      const findings = runRules(doc, allRules);
      const r = reports[i]!;
      expect(r).toMatchObject({ agency: doc.report.agency, year: doc.report.year, format: 'txt' });
      expect(r.error).toBeNull();
      expect(r.status).toBe('pending');
      expect(r.total).toBe(findings.length);
      expect(r.counts.error).toBe(findings.filter((f) => f.severity === 'error').length);
      expect(r.counts.warning).toBe(findings.filter((f) => f.severity === 'warning').length);
    }
  });

  it('keeps unreadable files in the batch with a Chinese message', () => {
    const [bad, gone] = reports.slice(5);
    expect(bad!.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(gone!.error?.code).toBe('NOT_FOUND');
    expect(bad!.total).toBe(0);
  });

  it('reports progress from 0 to done, naming each file once as it is read', () => {
    const counts = progress.map((p) => p.done);
    expect(counts[0]).toBe(0);
    expect(counts.every((n, i) => i === 0 || n >= counts[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toEqual({ done: 7, total: 7, current: null });
    const named = progress.map((p) => p.current).filter((c) => c !== null);
    expect(new Set(named).size).toBe(7);
    expect(named).toContain('002_73996fd1531b3677.txt');
  });

  it('does not add the same file twice', async () => {
    await service.importFiles([samples[0]!]);
    expect((await service.listReports()).length).toBe(7);
  });

  it('gives every finding of a report its own fingerprint', async () => {
    for (const r of reports.filter((x) => !x.error)) {
      const prints = (await service.getReport(r.id)).findings.map((f) => f.fingerprint);
      expect(new Set(prints).size).toBe(prints.length);
    }
  });
});

describe('decisions, comments and status', () => {
  it('records a confirmation and a dismissal with its reason; the first action starts review', async () => {
    const service = make();
    const [r] = await service.importFiles([misread().file]);
    const [f] = (await service.getReport(r!.id)).findings;
    expect(f).toBeDefined();
    await expect(
      service.decide({
        reportId: r!.id,
        fingerprint: f!.fingerprint,
        decision: 'dismissed',
        reason: '  ',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringContaining('理由') });
    const { decision, summary } = await service.decide({
      reportId: r!.id,
      fingerprint: f!.fingerprint,
      decision: 'dismissed',
      reason: '原件核对无误',
    });
    expect(decision).toMatchObject({
      decision: 'dismissed',
      reason: '原件核对无误',
      reviewer: '王审核',
    });
    expect(summary.status).toBe('in_review');
    expect(summary.decided).toBe(1);
    expect(summary.counts.error).toBe(r!.counts.error - (f!.severity === 'error' ? 1 : 0));
    await expect(
      service.decide({ reportId: r!.id, fingerprint: 'nope', decision: 'confirmed', reason: null }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('anchors a comment to the passage as it stands in report.text', async () => {
    const service = make();
    const [r] = await service.importFiles([samples[2]!]);
    const text = parseReport(readFileSync(samples[2]!, 'utf8')).report.text;
    const start = text.indexOf('依申');
    const { comment } = await service.addComment({
      reportId: r!.id,
      span: [start, start + 6],
      text: ' 请核实 ',
    });
    expect(comment).toMatchObject({
      quote: text.slice(start, start + 6),
      text: '请核实',
      reviewer: '王审核',
    });
    await expect(
      service.addComment({ reportId: r!.id, span: [0, text.length + 1], text: '越界' }),
    ).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('changes status with a history entry; a failed file cannot', async () => {
    const service = make();
    const [ok, bad] = await service.importFiles([samples[0]!, write('empty.txt', '')]);
    const s = await service.setStatus({
      reportId: ok!.id,
      status: 'returned',
      note: '请补充第六部分',
    });
    expect(s.status).toBe('returned');
    expect((await service.getReport(ok!.id)).history).toEqual([
      expect.objectContaining({ status: 'returned', note: '请补充第六部分', reviewer: '王审核' }),
    ]);
    await expect(
      service.setStatus({ reportId: bad!.id, status: 'approved', note: null }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('correcting a misread cell', () => {
  it('re-checks: the findings on that cell go, the correction is kept as the reviewer’s', async () => {
    const service = make();
    const m = misread();
    const [r] = await service.importFiles([m.file]);
    const before = (await service.getReport(r!.id)).findings;
    const dependent = before.filter((f) => f.cells.includes('requests/3.1/total'));
    expect(dependent.length).toBeGreaterThan(0);

    const after = await service.correctCell({
      reportId: r!.id,
      path: 'requests/3.1/total',
      value: m.right,
    });
    expect(
      after.findings.filter((f) => dependent.some((d) => d.fingerprint === f.fingerprint)),
    ).toEqual([]);
    expect(after.corrections).toEqual([
      expect.objectContaining({
        path: 'requests/3.1/total',
        value: m.right,
        original: m.printed,
        originalRaw: String(m.printed),
        reviewer: '王审核',
      }),
    ]);
    expect(after.summary.total).toBe(after.findings.length);

    // Withdrawing the correction brings the findings back, with their old fingerprints.
    const withdrawn = await service.correctCell({
      reportId: r!.id,
      path: 'requests/3.1/total',
      value: null,
    });
    expect(withdrawn.corrections).toEqual([]);
    expect(withdrawn.findings.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
  });

  it('keeps decisions of findings that survive the re-check', async () => {
    const service = make();
    const cells = consistentCells(7);
    cells['requests/3.1/total'] = Number(cells['requests/3.1/total']) + 10;
    const file = write(
      'two-problems.txt',
      buildReportText({ cells, prose: { '1': '本年度依申公开工作有序开展。' } }),
    );
    const [r] = await service.importFiles([file]);
    const detail = await service.getReport(r!.id);
    const unrelated = detail.findings.find((f) => !f.cells.includes('requests/3.1/total'));
    expect(unrelated, '该报告应还有与该单元格无关的问题').toBeDefined();
    await service.decide({
      reportId: r!.id,
      fingerprint: unrelated!.fingerprint,
      decision: 'confirmed',
      reason: null,
    });
    const after = await service.correctCell({
      reportId: r!.id,
      path: 'requests/3.1/total',
      value: Number(consistentCells(7)['requests/3.1/total']),
    });
    expect(
      after.findings.find((f) => f.fingerprint === unrelated!.fingerprint)?.decision?.decision,
    ).toBe('confirmed');
  });

  it('refuses values a cell cannot hold, and unknown cells, in Chinese', async () => {
    const service = make();
    const [r] = await service.importFiles([misread().file]);
    for (const [path, value, text] of [
      ['requests/3.1/total', -1, '不小于 0'],
      ['requests/3.1/total', 2.5, '整数'],
      ['requests/9.9/total', 1, '没有单元格'],
    ] as const) {
      await expect(service.correctCell({ reportId: r!.id, path, value })).rejects.toMatchObject({
        code: 'INVALID_REQUEST',
        message: expect.stringContaining(text),
      });
    }
    // The fee is in 万元 and may have decimals.
    const fee = await service.correctCell({
      reportId: r!.id,
      path: 'active/fees/amount',
      value: 1.25,
    });
    expect(fee.corrections.map((c) => c.value)).toEqual([1.25]);
  });
});

describe('last year’s report', () => {
  it('is handed to the rules, so cross-year rules run in the app', async () => {
    const service = make();
    const last = buildReportText({
      agency: '某县司法局',
      year: 2023,
      cells: {
        'requests/4/natural': 3,
        'requests/4/total': 3,
        'requests/1/natural': 3,
        'requests/1/total': 3,
      },
    });
    const now = buildReportText({ agency: '某县司法局', year: 2024 });
    const [, r] = await service.importFiles([write('2023.txt', last), write('2024.txt', now)]);
    const withPrevious = runRules(parseReport(now), allRules, { previous: parseReport(last) });
    const alone = runRules(parseReport(now), allRules);
    expect(withPrevious.length).toBeGreaterThan(alone.length);
    expect((await service.getReport(r!.id)).findings.map((f) => f.ruleId)).toEqual(
      withPrevious.map((f) => f.ruleId),
    );
  });
});

describe('cancelling an import', () => {
  it('stops the batch, stores what was read, and leaves the service ready for the next', async () => {
    const service = make();
    let asked = false;
    const first = await service.importFiles(samples, (p) => {
      // Stop as soon as the batch has started: the workers are still loading.
      if (!asked && p.done === 0) asked = service.cancelImport();
    });
    expect(asked).toBe(true);
    expect(first.length).toBeLessThan(samples.length);
    expect(service.cancelImport()).toBe(false);
    const again = await service.importFiles(samples);
    expect(again).toHaveLength(samples.length);
  });
});

describe('import:cancel over dispatch', () => {
  it('answers whether an import was stopped and refuses a payload it does not know', async () => {
    const { dispatch } = await import('../../src/main/services/dispatch');
    const { createHandlers } = await import('../../src/main/services/handlers');
    const handlers = createHandlers(make(), { chooseFiles: async () => [] });
    const ctx = { emit: () => {} };
    expect(await dispatch(handlers, 'import:cancel', {}, ctx)).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(await dispatch(handlers, 'import:cancel', { all: true }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });
});
