// The letter's channels over the real services: settings validated and kept through a restart,
// the conclusion following the status, the 文号 counter advancing only on a save, the preview
// being the letter saved, and the saved file shown in its folder (and nothing else).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../src/shared/ipc/contract';
import type { LetterModel, LetterSettings } from '../../src/shared/ipc/letter';
import type { ReportSummary } from '../../src/shared/ipc/review';
import { dispatch, type HandlerContext } from '../../src/main/services/dispatch';
import { ExportService } from '../../src/main/services/export-service';
import { createHandlers } from '../../src/main/services/handlers';
import { ReviewService } from '../../src/main/services/review-service';
import { LetterSettingsStore } from '../../src/main/settings/letter-settings';
import { tempWorkspace } from '../support/workspace';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const silent: HandlerContext = { emit: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'nianbao-letter-ipc-'));

const office: LetterSettings = {
  issuer: '某县人民政府办公室',
  recipient: '{单位}',
  numberPattern: '某公开办审〔{年}〕{序号}号',
  nextNumber: 3,
  numberYear: 2025,
  signature: '',
  date: '2025-02-11',
};

const setup = (settingsFile: string) => {
  const now = () => new Date('2025-02-10T09:30:00+08:00');
  const workspace = tempWorkspace(now);
  const service = new ReviewService({ workspace, reviewer: '王审核' });
  const exporter = new ExportService({ workspace, reviewer: '王审核', now });
  const dialog = { next: null as string | null };
  const shown: string[] = [];
  let prints = 0;
  const handlers = createHandlers(
    service,
    {
      chooseFiles: async () => [],
      chooseSavePath: async () => dialog.next,
      showItemInFolder: (p) => shown.push(p),
      print: async () => {
        prints++;
        return true;
      },
    },
    undefined,
    exporter,
    new LetterSettingsStore(settingsFile),
  );
  const call = async <T>(channel: string, payload: unknown) =>
    (await dispatch(handlers, channel, payload, silent)) as IpcResult<T>;
  return { service, dialog, shown, prints: () => prints, call };
};

const ok = <T>(r: IpcResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

const docxText = async (file: string) =>
  (await mammoth.extractRawText({ path: file })).value.split('\n').filter((l) => l.trim() !== '');

describe('letter channels', () => {
  const settingsFile = join(dir, 'letter-settings.json');
  let ctx: ReturnType<typeof setup>;
  let report!: ReportSummary;

  beforeAll(async () => {
    ctx = setup(settingsFile);
    const file = join(dir, '001.txt');
    copyFileSync(join(samplesDir, '001_f5110ba79a44df9c.txt'), file);
    ctx.service.grantPaths([file]);
    report = (await ctx.service.importFiles([file]))[0]!;
  }, 60_000);

  it('validates the settings in Chinese and keeps them through a restart', async () => {
    const bad = await ctx.call('letter:settings-set', {
      ...office,
      numberPattern: '某审〔{年}〕号',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    if (!bad.ok) expect(bad.error.message).toContain('序号');
    const zero = await ctx.call('letter:settings-set', { ...office, nextNumber: 0 });
    expect(zero.ok).toBe(false);
    expect(ok(await ctx.call('letter:settings-set', office))).toEqual({ settings: office });
    // A new store on the same file (the app started again) reads them back.
    expect(new LetterSettingsStore(settingsFile).get()).toEqual(office);
  });

  it('refuses the letter while the report has no decision, and its preview says why', async () => {
    const preview = ok(await ctx.call<LetterModel>('letter:preview', { reportId: report.id }));
    expect(preview.conclusion).toBeNull();
    expect(preview.notices[0]).toMatch(/尚未标为「已退回」或「已通过」/);
    ctx.dialog.next = join(dir, 'undecided.docx');
    const r = await ctx.call('export:letter', { reportId: report.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(existsSync(join(dir, 'undecided.docx'))).toBe(false);
  });

  it('saves the letter the preview showed, with the status conclusion, note, 主送 and 文号', async () => {
    await ctx.service.setStatus({ reportId: report.id, status: 'returned', note: '请补充表三' });
    const preview = ok(await ctx.call<LetterModel>('letter:preview', { reportId: report.id }));
    expect(preview.conclusion).toBe('return');
    expect(preview.number).toBe('某公开办审〔2025〕3号');

    // Cancelled: the 序号 is not used up.
    ctx.dialog.next = null;
    ok(await ctx.call('export:letter', { reportId: report.id }));
    expect(new LetterSettingsStore(settingsFile).get().nextNumber).toBe(3);

    const target = join(dir, 'returned.docx');
    ctx.dialog.next = target;
    ok(await ctx.call('export:letter', { reportId: report.id }));
    const lines = await docxText(target);
    expect(lines).toEqual(preview.blocks.map((b) => b.text).filter((t) => t.trim() !== ''));
    expect(lines).toContain('某公开办审〔2025〕3号');
    expect(lines).toContain(`${report.agency}：`);
    expect(lines).toContain('请补充表三');
    expect(lines).toContain('审核结论：退回修改。请按上述意见修改后重新报送。');
    expect(lines.filter((l) => l.includes('2025年2月11日'))).toEqual(['2025年2月11日']);
    expect(new LetterSettingsStore(settingsFile).get().nextNumber).toBe(4);

    // Approved afterwards: the next letter says 通过, never 退回修改, and carries the next 文号.
    await ctx.service.setStatus({ reportId: report.id, status: 'approved', note: null });
    const passed = join(dir, 'approved.docx');
    ctx.dialog.next = passed;
    ok(await ctx.call('export:letter', { reportId: report.id }));
    const text = (await docxText(passed)).join('\n');
    expect(text).toContain('审核结论：通过。');
    expect(text).not.toContain('退回修改');
    expect(text).toContain('某公开办审〔2025〕4号');
  });

  it('shows a saved export in its folder, and refuses any other path', async () => {
    const target = join(dir, 'list.xlsx');
    ctx.dialog.next = target;
    ok(await ctx.call('export:issues', { reportId: report.id, format: 'xlsx', scope: 'all' }));
    expect(ok(await ctx.call('shell:show-in-folder', { path: target }))).toEqual({ shown: true });
    expect(ctx.shown).toEqual([target]);
    const other = await ctx.call('shell:show-in-folder', { path: '/etc/passwd' });
    expect(other).toMatchObject({ ok: false, error: { code: 'PATH_NOT_GRANTED' } });
    expect(ctx.shown).toEqual([target]);
  });

  it('prints through the platform', async () => {
    expect(ok(await ctx.call('window:print', {}))).toEqual({ printed: true });
    expect(ctx.prints()).toBe(1);
  });

  it('starts the 文号 counter again in a new year, unless the reviewer set it for that year', async () => {
    const file = join(dir, 'counter.json');
    // Last used in 2025: the next 2025 letter would be 序号 9.
    writeFileSync(file, JSON.stringify({ ...office, date: null, nextNumber: 9, numberYear: 2025 }));
    let now = new Date('2025-12-31T10:00:00+08:00');
    const store = new LetterSettingsStore(file, { now: () => now });
    expect(store.get()).toMatchObject({ nextNumber: 9, numberYear: 2025 });
    now = new Date('2026-01-05T10:00:00+08:00');
    // The settings dialog shows what the next letter gets: 1 of 2026.
    expect(store.get()).toMatchObject({ nextNumber: 1, numberYear: 2026 });
    store.advanceNumber();
    expect(new LetterSettingsStore(file, { now: () => now }).get()).toMatchObject({
      nextNumber: 2,
      numberYear: 2026,
    });
    // The reviewer sets 15 for 2026 (a paper register ran on): kept through the year.
    store.set({ ...store.get(), nextNumber: 15 });
    store.advanceNumber();
    expect(store.get()).toMatchObject({ nextNumber: 16, numberYear: 2026 });
    // Saved with a letter date in 2025: the 16 shown was 2026's and stays 2026's; a letter
    // dated in 2025 counts on its own (its counter was not kept: 1).
    expect(store.set({ ...store.get(), date: '2025-12-30' })).toMatchObject({
      nextNumber: 1,
      numberYear: 2025,
    });
    // The date cleared again (letters of today, 2026): the counter goes on from 16.
    expect(store.set({ ...store.get(), date: null })).toMatchObject({
      nextNumber: 16,
      numberYear: 2026,
    });
    // Settings saved before the counter knew its year: the number carries on.
    writeFileSync(
      file,
      JSON.stringify({ ...office, date: null, nextNumber: 7, numberYear: undefined }),
    );
    expect(new LetterSettingsStore(file, { now: () => now }).get()).toMatchObject({
      nextNumber: 7,
      numberYear: 2026,
    });
  });

  it('keeps the 序号 for the year it was shown for when the date moves across the new year', async () => {
    const file = join(dir, 'year-boundary.json');
    writeFileSync(file, JSON.stringify({ ...office, date: null, nextNumber: 9, numberYear: 2025 }));
    const now = new Date('2025-12-31T16:00:00+08:00');
    const store = new LetterSettingsStore(file, { now: () => now });
    // On New Year's Eve the dialog shows 9 (of 2025); the reviewer dates the letters 2026-01-02
    // and saves: 9 is not 2026's, whose first letter is 1.
    const shown = store.get();
    expect(shown).toMatchObject({ nextNumber: 9, numberYear: 2025 });
    expect(store.set({ ...shown, date: '2026-01-02' })).toMatchObject({
      nextNumber: 1,
      numberYear: 2026,
    });
    const reopened = new LetterSettingsStore(file, { now: () => now });
    expect(reopened.get()).toMatchObject({ nextNumber: 1, numberYear: 2026, date: '2026-01-02' });
    // A number typed in the same save as the date is the one for the year shown with it (2025):
    // it is 2025's counter, and the letters dated 2026 still start at 1.
    expect(reopened.set({ ...shown, nextNumber: 12, date: '2026-01-02' })).toMatchObject({
      nextNumber: 1,
      numberYear: 2026,
    });
    expect(reopened.set({ ...reopened.get(), date: null })).toMatchObject({
      nextNumber: 12,
      numberYear: 2025,
    });
    // A letter dated 2026 saved: 2026 counts from 2 on.
    reopened.set({ ...reopened.get(), date: '2026-01-02' });
    reopened.advanceNumber();
    expect(reopened.get()).toMatchObject({ nextNumber: 2, numberYear: 2026 });
  });

  it('saves the first letter of a new year as 序号 1 of that year, over the channels', async () => {
    const file = join(dir, 'new-year.json');
    writeFileSync(
      file,
      JSON.stringify({ ...office, date: null, nextNumber: 41, numberYear: 2025 }),
    );
    const now = () => new Date('2026-01-06T09:00:00+08:00');
    const workspace = tempWorkspace(now);
    const service = new ReviewService({ workspace, reviewer: '王审核' });
    const target = { path: join(dir, 'new-year.docx') as string | null };
    const handlers = createHandlers(
      service,
      { chooseFiles: async () => [], chooseSavePath: async () => target.path },
      undefined,
      new ExportService({ workspace, reviewer: '王审核', now }),
      new LetterSettingsStore(file, { now }),
    );
    const call = async <T>(channel: string, payload: unknown) =>
      ok((await dispatch(handlers, channel, payload, silent)) as IpcResult<T>);
    const copy = join(dir, '001-new-year.txt');
    copyFileSync(join(samplesDir, '001_f5110ba79a44df9c.txt'), copy);
    service.grantPaths([copy]);
    const [r] = await service.importFiles([copy]);
    await service.setStatus({ reportId: r!.id, status: 'returned', note: null });
    const preview = await call<LetterModel>('letter:preview', { reportId: r!.id });
    expect(preview.number).toBe('某公开办审〔2026〕1号');
    await call('export:letter', { reportId: r!.id });
    expect(await docxText(target.path!)).toContain('某公开办审〔2026〕1号');
    const next = await call<{ settings: LetterSettings }>('letter:settings-get', {});
    expect(next.settings).toMatchObject({ nextNumber: 2, numberYear: 2026 });
  }, 60_000);

  it('starts from the defaults when the settings file is unreadable, and keeps it aside', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const store = new LetterSettingsStore(broken);
    expect(store.get().recipient).toBe('{单位}');
    expect(store.problem).toContain('无法读取');
    expect(readFileSync(`${broken}.unreadable`, 'utf8')).toBe('{ not json');
  });
});
