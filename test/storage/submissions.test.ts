// Submissions: the .docx and .pdf of one report are one submission with two files; another
// content is the next version; the register shows one line per agency and year; names and
// years edited, submissions removed and restored; older workspaces grouped with their work kept.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/storage/database';
import { Workspace, migrations } from '../../src/main/storage';
import { consistentCells } from '../support/report-builder';
import { builtImport, sampleImport, steppingClock, tempDir } from './helpers';

const open = (file = join(tempDir(), 'ws.nianbao')) =>
  Workspace.open(file, { now: steppingClock() });

describe('submissions', () => {
  it('makes the .docx and .pdf of one report one register line: one submission, two files', async () => {
    const ws = open();
    const docx = await sampleImport('000_a5e6e1e0a8da6139.docx');
    const pdf = await sampleImport('000_a5e6e1e0a8da6139.pdf');
    const other = await sampleImport('003_bd471127bf420aa0.docx');
    const a = ws.importReport(docx.input);
    const b = ws.importReport(pdf.input);
    ws.importReport(other.input);
    expect(a).toMatchObject({ version: 1, files: 1, submissionId: a.id });
    // Not a version 2 with made-up fixed/new counts: the same submission, a second file.
    expect(b).toMatchObject({ version: 1, files: 2, submissionId: a.id, previousVersionId: null });
    const register = ws.register();
    expect(register).toHaveLength(2);
    const line = register.find((r) => r.summary.agency === docx.doc.report.agency)!;
    expect(line.summary.id).toBe(a.id);
    expect(line.versions).toEqual([
      {
        version: 1,
        submissionId: a.id,
        files: [
          expect.objectContaining({ id: a.id, format: 'docx' }),
          expect.objectContaining({ id: b.id, format: 'pdf' }),
        ],
      },
    ]);
    expect(ws.versionsOf(b.id).map((s) => s.id)).toEqual([b.id]);
    const agency = ws.listAgencies().find((x) => x.key === a.agencyKey)!;
    expect(agency).toMatchObject({ reports: 1, files: 2 });
    ws.close();
  });

  it('makes a resubmission with other content the next version, shown on the line', () => {
    const ws = open();
    const cells = consistentCells(7);
    const wrong = { ...cells, 'requests/3.7/total': Number(cells['requests/3.7/total']) + 1 };
    const first = ws.importReport(
      builtImport({ agency: '渠县司法局', year: 2024, cells: wrong }).input,
    );
    const fixed = ws.importReport(builtImport({ agency: '渠县司法局', year: 2024, cells }).input);
    expect(fixed).toMatchObject({ version: 2, previousVersionId: first.id, files: 1 });
    const [line] = ws.register();
    expect(line!.summary.id).toBe(fixed.id);
    expect(line!.versions.map((v) => [v.version, v.files.map((f) => f.id)])).toEqual([
      [1, [first.id]],
      [2, [fixed.id]],
    ]);
    ws.close();
  });

  it('edits the year and the agency name; a name corrected to the other file joins its submission', () => {
    const ws = open();
    const base = builtImport({ agency: '渠县司法局', year: 2024 });
    const right = ws.importReport(base.input);
    // The same report in another file, its agency misread.
    const input = {
      ...base.input,
      name: 'misread.txt',
      bytes: new TextEncoder().encode(`${base.doc.report.text}\n`),
      parsed: { ...base.doc.report, agency: '渠县司法' },
    };
    const wrong = ws.importReport(input);
    expect(ws.register()).toHaveLength(2);

    const recheck = ws.editSubmission(wrong.id, '渠县司法局', null);
    expect(recheck).toContain(wrong.id);
    expect(ws.register()).toHaveLength(1);
    expect(ws.register()[0]!.versions[0]!.files.map((f) => f.id)).toEqual([right.id, wrong.id]);

    ws.editSubmission(right.id, null, 2023);
    expect(ws.getReport(right.id).report!.year).toBe(2023);
    expect(ws.getReport(wrong.id).summary.year).toBe(2023);
    expect(ws.register().map((r) => r.summary.year)).toEqual([2023]);
    expect(() => ws.editSubmission(right.id, null, 1999)).toThrow(/2008/);
    ws.close();
  });

  it('removes a submission from the register and restores it with its decisions', () => {
    const ws = open();
    const a = ws.importReport(builtImport({ agency: '渠县司法局', year: 2024 }).input);
    const b = ws.importReport(builtImport({ agency: '渠县财政局', year: 2024 }).input);
    ws.setStatus(b.id, 'returned', '张三', '请补充');
    expect(ws.removeSubmission(b.id)).toEqual([b.id]);
    expect(ws.register().map((r) => r.summary.id)).toEqual([a.id]);
    expect(ws.listReports().map((r) => r.id)).toEqual([a.id]);
    expect(ws.listAgencies().map((x) => x.key)).toEqual(['渠县司法局']);
    ws.restoreSubmission(b.id);
    expect(ws.register().map((r) => r.summary.id)).toEqual([a.id, b.id]);
    expect(ws.getReport(b.id).summary.status).toBe('returned');
    ws.close();
  });

  it('names next year’s latest report, what a removal or restore must check again', () => {
    const ws = open();
    const last = ws.importReport(builtImport({ agency: '渠县司法局', year: 2023 }).input);
    const cells = consistentCells(4);
    const next1 = ws.importReport(builtImport({ agency: '渠县司法局', year: 2024 }).input);
    const next2 = ws.importReport(builtImport({ agency: '渠县司法局', year: 2024, cells }).input);
    ws.importReport(builtImport({ agency: '渠县财政局', year: 2024 }).input);
    expect(ws.nextYearOf(last.id)).toEqual([next2.id]);
    expect(ws.nextYearOf(next1.id)).toEqual([]);
    // Known while removed too: the service asks after taking it out.
    ws.removeSubmission(last.id);
    expect(ws.nextYearOf(last.id)).toEqual([next2.id]);
    ws.removeSubmission(next2.id);
    expect(ws.nextYearOf(last.id)).toEqual([next1.id]);
    ws.close();
  });

  it('groups the files of an older workspace, showing the file the reviewer worked on', async () => {
    const file = join(tempDir(), 'old.nianbao');
    const old = openDatabase(file, { steps: migrations.filter((m) => m.version <= 4) });
    const docx = await sampleImport('000_a5e6e1e0a8da6139.docx');
    const pdf = await sampleImport('000_a5e6e1e0a8da6139.pdf');
    const insert = (n: number, x: typeof docx, at: string) => {
      old
        .prepare(
          `INSERT INTO documents (hash, name, format, extracted, imported_at) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(String(n).repeat(64), x.input.name, x.input.format, x.input.extracted!.text, at);
      old
        .prepare(
          `INSERT INTO reports (document_id, agency, agency_key, year, version, parsed, imported_at,
             checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          n,
          x.doc.report.agency,
          x.doc.report.agency,
          x.doc.report.year,
          n,
          JSON.stringify(x.doc.report),
          at,
          at,
        );
    };
    insert(1, docx, '2025-01-01T00:00:00.000Z');
    insert(2, pdf, '2025-01-02T00:00:00.000Z');
    // Before: two "versions". The reviewer decided a finding on the .pdf.
    old
      .prepare(
        `INSERT INTO decisions (report_id, fingerprint, decision, reason, reviewer, at)
         VALUES (2, 'fp', 'dismissed', '属于正常表述', '张三', '2025-01-03T00:00:00.000Z')`,
      )
      .run();
    old.close();

    const ws = open(file);
    const [line, ...rest] = ws.register();
    expect(rest).toEqual([]);
    expect(line!.summary.id).toBe('2');
    expect(line!.versions).toHaveLength(1);
    expect(line!.versions[0]!.files.map((f) => f.id)).toEqual(['1', '2']);
    expect(ws.getReport('2').orphanedDecisions.map((d) => d.reason)).toEqual(['属于正常表述']);
    expect(ws.listReports().map((r) => r.version)).toEqual([1, 1]);
    ws.close();
    // Grouped once: opening again changes nothing.
    const again = open(file);
    expect(again.register()).toHaveLength(1);
    again.close();
  });
});
