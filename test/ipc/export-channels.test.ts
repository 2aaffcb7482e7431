// The export channels end to end over the real review service: a save path is "chosen", main
// writes the file, and the test reads it back (exceljs for the list, jszip for Word parts).
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/contract';
import type { ExportSaved } from '../../src/shared/ipc/exports';
import type { ReportSummary, ReviewFinding } from '../../src/shared/ipc/review';
import { dispatch, type HandlerContext, type Handlers } from '../../src/main/services/dispatch';
import { ExportService } from '../../src/main/services/export-service';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { tempWorkspace } from '../support/workspace';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const HAN = /[\u4e00-\u9fff]/;
const silent: HandlerContext = { emit: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'nianbao-export-ipc-'));

/** Handlers over one service; the save dialog answers `next` (null = cancelled). */
const setup = () => {
  const now = () => new Date('2025-02-10T09:30:00+08:00');
  const workspace = tempWorkspace(now);
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  const exporter = new ExportService({ workspace, reviewer: '王审核', now });
  const dialog = { next: null as string | null, asked: [] as string[] };
  const handlers: Handlers = createHandlers(
    service,
    {
      chooseFiles: async () => [],
      chooseSavePath: async (name) => {
        dialog.asked.push(name);
        return dialog.next;
      },
    },
    undefined,
    exporter,
  );
  const call = async (channel: string, payload: unknown) =>
    (await dispatch(handlers, channel, payload, silent)) as IpcResult<ExportSaved>;
  return { service, dialog, call };
};

/** Text of a Word part with the tags removed (a comment's text may be split over runs). */
const wordText = async (bytes: Buffer, part: string): Promise<string> => {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)?.async('string');
  if (xml === undefined) throw new Error(`缺少 ${part}`);
  return xml.replace(/<[^>]+>/g, '');
};

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('export channels', () => {
  let ctx: ReturnType<typeof setup>;
  let reports: ReportSummary[];
  let confirmed: ReviewFinding;
  let docxReport: ReportSummary;

  beforeAll(async () => {
    ctx = setup();
    // Copies, so the annotated export reads a file the test owns.
    const files = [
      '001_f5110ba79a44df9c.txt',
      '004_e6a1a50ddf61be61.txt',
      '002_73996fd1531b3677.docx',
    ].map((f) => {
      const to = join(dir, f);
      copyFileSync(join(samplesDir, f), to);
      return to;
    });
    ctx.service.grantPaths(files);
    reports = await ctx.service.importFiles(files);
    const detail = await ctx.service.getReport(reports[0]!.id);
    confirmed = detail.findings[0]!;
    await ctx.service.decide({
      reportId: reports[0]!.id,
      fingerprint: confirmed.fingerprint,
      decision: 'confirmed',
      reason: null,
    });
    docxReport = reports[2]!;
    // Three files start the worker pool, whose threads load the sources through tsx.
  }, 60_000);

  it('writes the issue list of one report as xlsx with only the confirmed finding', async () => {
    const target = join(dir, 'one.xlsx');
    ctx.dialog.next = target;
    const r = await ctx.call('export:issues', {
      reportId: reports[0]!.id,
      format: 'xlsx',
      scope: 'confirmed',
    });
    expect(r).toEqual({ ok: true, value: { path: target, items: 1, unplaced: 0 } });
    expect(ctx.dialog.asked.at(-1)).toBe('001_f5110ba79a44df9c-问题清单.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(target) as never);
    const sheet = wb.getWorksheet('问题清单')!;
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2).values as unknown[];
    expect(row).toContain(confirmed.message);
    expect(row).toContain('已确认');
  });

  it('writes the whole batch as csv with every finding and its decision', async () => {
    const target = join(dir, 'batch');
    ctx.dialog.next = target;
    const r = await ctx.call('export:issues', { reportId: null, format: 'csv', scope: 'all' });
    if (!r.ok) throw new Error(r.error.message);
    // The extension is added when the chosen name lacks it.
    expect(r.value.path).toBe(`${target}.csv`);
    let total = 0;
    for (const s of reports) total += (await ctx.service.getReport(s.id)).findings.length;
    expect(r.value.items).toBe(total);
    const csv = readFileSync(`${target}.csv`, 'utf8');
    expect(csv.startsWith('\ufeff单位,年度,文件')).toBe(true);
    for (const s of reports) expect(csv).toContain(s.fileName);
    expect(csv).toContain('已确认');
    expect(ctx.dialog.asked.at(-1)).toBe('年报审查问题清单.csv');
  });

  it('writes the review letter with the conclusion of the status and the confirmed finding', async () => {
    const target = join(dir, 'letter.docx');
    ctx.dialog.next = target;
    await ctx.service.setStatus({ reportId: reports[0]!.id, status: 'returned', note: '请修改' });
    const r = await ctx.call('export:letter', { reportId: reports[0]!.id, unconfirmed: 'omit' });
    expect(r).toMatchObject({ ok: true, value: { path: target, items: 1 } });
    expect(ctx.dialog.asked.at(-1)).toBe(
      `${reports[0]!.agency}${reports[0]!.year}年度审核意见书.docx`,
    );
    const text = decodeXml(await wordText(readFileSync(target), 'word/document.xml'));
    expect(text).toContain('审核意见书');
    expect(text).toContain('退回修改');
    expect(text).toContain(confirmed.message.slice(0, 10));
  });

  it('annotates a text report as a Word file whose comments hold the confirmed finding', async () => {
    const target = join(dir, 'annotated-txt.docx');
    ctx.dialog.next = target;
    const r = await ctx.call('export:annotated', { reportId: reports[0]!.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.items).toBe(1);
    const comments = decodeXml(await wordText(readFileSync(target), 'word/comments.xml'));
    expect(comments).toContain(confirmed.message.slice(0, 10));
  });

  it('annotates a Word report on the original file, a comment for every open finding', async () => {
    const target = join(dir, 'annotated.docx');
    ctx.dialog.next = target;
    const detail = await ctx.service.getReport(docxReport.id);
    const r = await ctx.call('export:annotated', { reportId: docxReport.id });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.path).toBe(target);
    expect(r.value.items).toBe(detail.findings.length);
    // Every open finding is a comment (placed on its text, or at the start when it cannot be).
    const comments = decodeXml(await wordText(readFileSync(target), 'word/comments.xml'));
    for (const f of detail.findings) expect(comments).toContain(f.message.slice(0, 10));
    const body = decodeXml(await wordText(readFileSync(target), 'word/document.xml'));
    // The original's text is kept: the agency's name still reads as submitted.
    expect(body).toContain(docxReport.agency!);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    ctx.dialog.next = null;
    await ctx.service.setStatus({ reportId: reports[1]!.id, status: 'approved', note: null });
    const r = await ctx.call('export:letter', { reportId: reports[1]!.id });
    expect(r).toEqual({ ok: true, value: { path: null, items: expect.any(Number), unplaced: 0 } });
    expect(existsSync(join(dir, '004_e6a1a50ddf61be61-审核意见书.docx'))).toBe(false);
  });

  it('refuses bad requests and unknown reports in Chinese', async () => {
    for (const [channel, payload] of [
      ['export:issues', { reportId: null, format: 'pdf', scope: 'all' }],
      ['export:issues', { reportId: reports[0]!.id, format: 'xlsx' }],
      ['export:letter', { reportId: reports[0]!.id, conclusion: '通过' }],
      ['export:annotated', { reportId: reports[0]!.id, path: '/etc/passwd' }],
    ] as const) {
      const r = await ctx.call(channel, payload);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_REQUEST');
        expect(r.error.message).toMatch(HAN);
      }
    }
    const missing = await ctx.call('export:annotated', { reportId: 'r999' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('annotates the file as it was imported, even when the file on disk changed since', async () => {
    const file = join(dir, 'changed.docx');
    copyFileSync(join(samplesDir, '003_bd471127bf420aa0.docx'), file);
    ctx.service.grantPaths([file]);
    const [s] = await ctx.service.importFiles([file]);
    writeFileSync(file, readFileSync(join(samplesDir, '004_e6a1a50ddf61be61.docx')));
    const out = join(dir, 'kept.docx');
    ctx.dialog.next = out;
    const r = await ctx.call('export:annotated', { reportId: s!.id });
    expect(r).toMatchObject({ ok: true });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toContain('攀枝花');
    expect(body).not.toContain('渠县');
  });

  it('reports a folder it cannot write to in Chinese', async () => {
    ctx.dialog.next = join(dir, 'no-such-folder', 'list.xlsx');
    const r = await ctx.call('export:issues', { reportId: null, format: 'xlsx', scope: 'all' });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error.message).toContain('所选文件夹不存在');
  });
  it('lists a submission once in the batch issue list: the .pdf of a .docx is not a second report', async () => {
    const file = join(dir, '002_73996fd1531b3677.pdf');
    copyFileSync(join(samplesDir, '002_73996fd1531b3677.pdf'), file);
    ctx.service.grantPaths([file]);
    const [pdf] = await ctx.service.importFiles([file]);
    const docx = docxReport;
    const target = join(dir, 'submissions.csv');
    ctx.dialog.next = target;
    const r = await ctx.call('export:issues', { reportId: null, format: 'csv', scope: 'all' });
    if (!r.ok) throw new Error(r.error.message);
    const csv = readFileSync(target, 'utf8');
    const other = await ctx.service.getReport(pdf!.id);
    expect(other.findings.length).toBeGreaterThan(0);
    // Both files have findings; only the one the register shows for the submission is listed.
    const named = [docx.fileName, pdf!.fileName].filter((name) => csv.includes(name));
    expect(named).toHaveLength(1);
    const shown = await ctx.service.getReport(named[0] === docx.fileName ? docx.id : pdf!.id);
    expect(csv.split(named[0]!).length - 1).toBe(shown.findings.length);
  }, 60_000);
});
