import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Workspace } from '../../src/main/storage';

const samples = join(import.meta.dirname, '..', 'fixtures', 'samples');
const sample = (name: string) => join(samples, name);
const temp = () => mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
};

describe('nianbao check --format xlsx', () => {
  it('writes the issue list workbook with one row per finding', async () => {
    const out = join(temp(), '问题清单.xlsx');
    await run(['check', '--format', 'xlsx', '--out', out, sample('002_73996fd1531b3677.txt')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Uint8Array.from(readFileSync(out)).buffer);
    const sheet = wb.worksheets[0]!;
    const texts = sheet.getSheetValues().flat().map(String).join('\n');
    expect(texts).toContain('佳木斯市前进区司法局');
    expect(texts).toContain('依申请公开');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(1 + 5);
  });

  it('refuses xlsx without --out', async () => {
    expect(
      (await run(['check', '--format', 'xlsx', sample('002_73996fd1531b3677.txt')])).code,
    ).toBe(2);
  });
});

describe('nianbao check --out where nothing can be written', () => {
  it.each(['json', 'csv', 'xlsx'])('says so in Chinese for --format %s', async (format) => {
    const out = join(temp(), '没有这个文件夹', `问题清单.${format}`);
    const r = await run([
      'check',
      '--format',
      format,
      '--out',
      out,
      sample('002_73996fd1531b3677.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法写入输出文件「${out}」：所在文件夹不存在`);
    expect(r.stderr).not.toMatch(/程序内部错误|Error:|\bat .+:\d+:\d+/);
  });
});

describe('nianbao annotate', () => {
  it('returns a Word file with a comment on each finding', async () => {
    const dir = temp();
    const out = join(dir, 'a.docx');
    const r = await run([
      'annotate',
      sample('002_73996fd1531b3677.docx'),
      '--out',
      out,
      '--reviewer',
      '张审核',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/已写入 \d+ 条批注/);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('张审核');
    expect(comments).toContain('依申请公开');
  });

  it('turns a text report into an annotated Word file beside it', async () => {
    const dir = temp();
    const file = join(dir, '渠县.txt');
    copyFileSync(sample('004_e6a1a50ddf61be61.txt'), file);
    const r = await run(['annotate', file]);
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '渠县（审核批注）.docx')));
    expect(await zip.file('word/comments.xml')!.async('string')).toContain('政府信息公开申请');
  });

  it('returns an OFD report as an OFD with an annotation on each finding', async () => {
    const dir = temp();
    const file = join(dir, '渠县.ofd');
    copyFileSync(join(samples, '..', 'ofd', 'nonzero-merged.lines.ofd'), file);
    const r = await run(['annotate', file, '--reviewer', '张审核']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/渠县（审核批注）\.ofd: 已写入 \d+ 条批注/);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, '渠县（审核批注）.ofd')));
    const annots = await zip.file('Doc_0/Annots/Page_1/NianbaoAnnotation.xml')!.async('string');
    expect(annots).toContain('Creator="张审核"');
    expect(annots).toContain('政府信息公开申请');
  });

  it('reports an unreadable file with exit 1', async () => {
    const file = join(temp(), 'x.pdf');
    writeFileSync(
      file,
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 1, 2, 3, 255, 0, 9]),
    );
    const r = await run(['annotate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('无法读取');
  });
});

describe('nianbao check --workspace', () => {
  it('records a batch, makes a resubmission version 2, and runs cross-year rules', async () => {
    const dir = temp();
    const ws = join(dir, 'w.nianbao');
    // Last year's report of the same agency, whose 结转下年度 does not match this year's 上年结转.
    const lastYear = readFileSync(sample('004_e6a1a50ddf61be61.txt'), 'utf8')
      .replaceAll('2024', '2023')
      .replace(/四、结转下年度继续办理 0 0 0 0 0 0 0/, '四、结转下年度继续办理 2 0 0 0 0 0 2');
    writeFileSync(join(dir, 'last.txt'), lastYear);
    await run(['check', '--workspace', ws, join(dir, 'last.txt')]);
    const r = await run([
      'check',
      '--format',
      'json',
      '--workspace',
      ws,
      sample('004_e6a1a50ddf61be61.txt'),
    ]);
    expect(r.stderr).toContain('已记入工作区');
    const out = JSON.parse(r.stdout);
    expect(out.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'consistency.carryover',
    );
    // The same agency and year again, changed: version 2.
    const resubmitted = join(dir, 'again.txt');
    writeFileSync(
      resubmitted,
      readFileSync(sample('004_e6a1a50ddf61be61.txt'), 'utf8').replace('860 篇', '861 篇'),
    );
    await run(['check', '--workspace', ws, resubmitted]);
    const w = Workspace.open(ws);
    try {
      const reports = w.listReports();
      expect(reports).toHaveLength(3);
      expect(Math.max(...reports.map((x) => x.version))).toBe(2);
    } finally {
      w.close();
    }
  });
});

describe('nianbao workspace export / import', () => {
  it('hands a workspace to a colleague and merges it back with both sides kept', async () => {
    const dir = temp();
    const mine = join(dir, 'mine.nianbao');
    await run(['check', '--workspace', mine, sample('002_73996fd1531b3677.txt')]);
    const handover = join(dir, 'handover.nianbao');
    const out = await run(['workspace', 'export', mine, '--out', handover]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('1 份报告');
    // The colleague decides a finding in the copy; it comes back on import.
    const colleague = Workspace.open(handover);
    const report = colleague.getReport(colleague.listReports()[0]!.id);
    colleague.decide(
      report.summary.id,
      report.findings[0]!.fingerprint,
      'confirmed',
      '属实',
      '李审核',
    );
    colleague.close();
    const back = await run(['workspace', 'import', handover, '--into', mine]);
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/审核结论新增 1/);
    const w = Workspace.open(mine);
    try {
      const merged = w.getReport(w.listReports()[0]!.id);
      expect(
        merged.findings.find((f) => f.decision?.decision === 'confirmed')?.decision?.reviewer,
      ).toBe('李审核');
    } finally {
      w.close();
    }
  });

  it('explains its usage when a target is missing', async () => {
    const r = await run(['workspace', 'export', 'x.nianbao']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('workspace export');
  });
});

describe('nianbao workspace agencies / merge', () => {
  it('counts the .docx and .pdf of one report as one report with two files', async () => {
    const ws = join(temp(), 'w.nianbao');
    const both = [sample('000_a5e6e1e0a8da6139.docx'), sample('000_a5e6e1e0a8da6139.pdf')];
    await run(['check', '--workspace', ws, ...both]);
    const listed = await run(['workspace', 'agencies', ws]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/牧野区司法局\t.*2024年\t1 份报告（2 个文件）/);
  });

  it('merges two names of one agency by hand so that last year lines up', async () => {
    const dir = temp();
    const ws = join(dir, 'w.nianbao');
    const lastYear = readFileSync(sample('004_e6a1a50ddf61be61.txt'), 'utf8')
      .replaceAll('2024', '2023')
      .replaceAll('渠县司法局', '达州市渠县司法行政局');
    writeFileSync(join(dir, 'last.txt'), lastYear);
    await run([
      'check',
      '--workspace',
      ws,
      join(dir, 'last.txt'),
      sample('004_e6a1a50ddf61be61.txt'),
    ]);
    const listed = await run(['workspace', 'agencies', ws]);
    expect(listed.stdout).toContain('渠县司法局');
    expect(listed.stdout).toContain('达州市渠县司法行政局');
    const keys = (() => {
      const w = Workspace.open(ws);
      try {
        return w.listAgencies().map((a) => a.key);
      } finally {
        w.close();
      }
    })();
    expect(keys).toHaveLength(2);
    const merged = await run(['workspace', 'merge', ws, '--from', keys[0]!, '--into', keys[1]!]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('已将');
    const w = Workspace.open(ws);
    try {
      expect(w.listAgencies()).toHaveLength(1);
      const current = w.listReports().find((r) => r.year === 2024)!;
      expect(w.previousReportOf(current.id)?.summary.year).toBe(2023);
    } finally {
      w.close();
    }
  });
});
