// `nianbao rollup` and the app's export on one workspace: the same numbers, the official layout,
// the Word form filled, the register.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Workspace } from '../../src/main/storage';
import { ReviewService } from '../../src/main/services/review-service';
import { rollupExportFile, rollupOf } from '../../src/main/services/rollup-service';
import { allCellPaths } from '../../src/shared/model/form';
import { builtImport, tempDir } from '../storage/helpers';
import { consistentCells, type CellValues } from '../support/report-builder';

const AGENCIES = ['某县司法局', '某县财政局', '某县教育局'];

/** Three agencies of 2024 (the 财政局 twice: version 2 counts), one of 2023, one unreadable table. */
const makeWorkspace = (): { file: string; latest: CellValues[] } => {
  const file = join(tempDir(), 'ws.nianbao');
  const ws = Workspace.open(file);
  const latest: CellValues[] = [];
  AGENCIES.forEach((agency, i) => {
    const cells = consistentCells(100 + i);
    ws.importReport(builtImport({ agency, year: 2024, cells }).input);
    if (i === 1) {
      const v2 = consistentCells(200);
      ws.importReport(builtImport({ agency, year: 2024, cells: v2 }).input);
      latest.push(v2);
    } else latest.push(cells);
  });
  ws.importReport(
    builtImport({ agency: AGENCIES[0], year: 2023, cells: consistentCells(5) }).input,
  );
  ws.importReport(builtImport({ agency: '某县水利局', year: 2024, omit: ['4'] }).input);
  ws.close();
  return { file, latest };
};

const sumOf = (sets: CellValues[], path: string): number => {
  const s = sets.reduce((t, c) => t + Number(c[path] ?? 0), 0);
  return path === 'active/fees/amount' ? Number(s.toFixed(4)) : s;
};

const workbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
};

/** The 合计 row of 各单位数据, by cell path. */
const totals = (wb: ExcelJS.Workbook): Record<string, unknown> => {
  const sheet = wb.getWorksheet('各单位数据')!;
  const row = sheet.getRow(sheet.rowCount);
  expect(row.getCell(1).value).toBe('合计');
  return Object.fromEntries(allCellPaths.map((p, i) => [p, row.getCell(i + 4).value]));
};

const silent = { stdout: () => {}, stderr: () => {} };

describe('nianbao rollup and the app export', () => {
  it('write the same numbers, equal to the sums of the latest versions', async () => {
    const { file, latest } = makeWorkspace();
    const dir = tempDir();
    const out = join(dir, '汇总.xlsx');
    const register = join(dir, '审核情况.xlsx');
    const lines: string[] = [];
    const code = await main(
      [
        'rollup',
        '--workspace',
        file,
        '--year',
        '2024',
        '--name',
        '某县',
        '--out',
        out,
        '--register',
        register,
      ],
      { stdout: (s) => lines.push(s), stderr: (s) => lines.push(s) },
    );
    expect(lines.join('')).toContain('已汇总 3 个单位');
    expect(lines.join('')).toContain('未汇总：某县水利局');
    expect(code).toBe(0);
    const cli = totals(await workbook(new Uint8Array(readFileSync(out))));
    for (const p of allCellPaths) expect(cli[p], p).toBe(sumOf(latest, p));

    const service = new ReviewService({
      workspace: Workspace.open(file),
      reviewer: '审核人',
    });
    const app = await rollupExportFile(service, {
      area: { year: 2024, agencies: null, name: '某县' },
      kind: 'xlsx',
    });
    expect(app.suggestedName).toBe('某县2024年政府信息公开工作年度报告统计汇总表.xlsx');
    expect(totals(await workbook(app.bytes))).toEqual(cli);

    // The register lists every agency's latest report, the excluded one too.
    const reg = (await workbook(new Uint8Array(readFileSync(register)))).getWorksheet(
      '审核情况汇总表',
    )!;
    const rows = reg.getSheetValues().slice(3) as unknown[][];
    const byAgency = Object.fromEntries(rows.map((r) => [r[2], r]));
    expect(Object.keys(byAgency).sort()).toEqual([...AGENCIES, '某县水利局'].sort());
    expect(byAgency['某县财政局']![4]).toBe(2);
    expect(byAgency['某县水利局']![12]).toBe('否');
  });

  it('lays the 汇总表 out as the official form and sets it up for printing', async () => {
    const { file, latest } = makeWorkspace();
    const service = new ReviewService({
      workspace: Workspace.open(file),
      reviewer: '审核人',
    });
    const wb = await workbook(
      (
        await rollupExportFile(service, {
          area: { year: 2024, agencies: null, name: '某县' },
          kind: 'xlsx',
        })
      ).bytes,
    );
    const sheet = wb.getWorksheet('汇总表')!;
    expect(sheet.getCell('A1').value).toBe('某县2024年政府信息公开工作年度报告统计汇总表');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.printTitlesRow).toBe('1:2');
    expect(sheet.headerFooter.oddFooter).toContain('&P');
    // Find 一、本年新收 and its seven values (after the three merged label columns).
    let found = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== '一、本年新收政府信息公开申请数量') return;
      found++;
      const cols = ['natural', 'commercial', 'research', 'ngo', 'legal', 'other', 'total'];
      cols.forEach((c, i) =>
        expect(row.getCell(4 + i).value).toBe(sumOf(latest, `requests/1/${c}`)),
      );
    });
    expect(found).toBe(1);
    const merges = (sheet.model as { merges: string[] }).merges;
    const rowOf = (text: string, col = 1): number => {
      let at = 0;
      sheet.eachRow((row, n) => {
        if (!at && row.getCell(col).value === text) at = n;
      });
      return at;
    };
    // Merged as in the form: 申请人情况 over the seven columns, （一）…（七） under one label.
    const head = rowOf('申请人情况', 4);
    expect(merges).toContain(`D${head}:J${head}`);
    const results = rowOf('三、本年度办理结果');
    expect(merges).toContain(`A${results}:A${results + 21}`);
  });

  it('fills the official Word form', async () => {
    const { file, latest } = makeWorkspace();
    const out = join(tempDir(), '汇总.docx');
    expect(
      await main(['rollup', '--workspace', file, '--year', '2024', '--out', out], silent),
    ).toBe(0);
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('本地区2024年政府信息公开工作年度报告统计汇总表');
    expect(xml).toContain('汇总 3 个单位的报告');
    expect(xml).toContain('未汇总的报告：某县水利局');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(3);
    const numbers = (t: string) =>
      [...t.matchAll(/<w:t>([\d.]+)<\/w:t>/g)].map((m) => Number(m[1]));
    expect(numbers(tables[1]!)).toHaveLength(175);
    expect(numbers(tables[1]![0] ? tables[1]! : '').at(-1)).toBe(sumOf(latest, 'requests/4/total'));
    expect(numbers(tables[2]!)).toEqual(
      allCellPaths.filter((p) => p.startsWith('review/')).map((p) => sumOf(latest, p)),
    );
  });

  it('answers rollup:get with the register and the totals over the years', async () => {
    const { file } = makeWorkspace();
    const service = new ReviewService({
      workspace: Workspace.open(file),
      reviewer: '审核人',
    });
    const view = await rollupOf(service, {
      year: 2024,
      agencies: ['某县司法局', '某县教育局'],
      name: null,
    });
    expect(view.rollup.members.map((m) => m.agency)).toEqual(['某县司法局', '某县教育局']);
    expect(view.years.map((y) => [y.year, y.reports])).toEqual([
      [2023, 1],
      [2024, 2],
    ]);
    expect(view.agencies).toContain('某县水利局');
  });
});

describe('the embedded form template', () => {
  it('is assets/template-2021.docx (regenerate with scripts/assets/embed-template.mjs)', async () => {
    const { FORM_TEMPLATE_BASE64 } = await import('../../src/main/export/form-template');
    const asset = readFileSync(new URL('../../assets/template-2021.docx', import.meta.url));
    expect(Buffer.from(FORM_TEMPLATE_BASE64, 'base64').equals(asset)).toBe(true);
  });
});

describe('the register and corrections from the workspace', () => {
  it('counts findings found and open, dates of return and approval, and corrected cells', async () => {
    const { runRules } = await import('../../src/shared/rules/engine');
    const { allRules } = await import('../../src/shared/rules/registry');
    const { rollupRecords } = await import('../../src/main/rollup/workspace-records');
    const { rollupArea } = await import('../../src/main/rollup');
    const file = join(tempDir(), 'ws.nianbao');
    let clock = new Date('2025-03-01T02:00:00Z');
    const ws = Workspace.open(file, { now: () => clock });
    const cells = consistentCells(77);
    const right = Number(cells['review/reconsideration/total']);
    const wrong = { ...cells, 'review/reconsideration/total': right + 3 };
    const a = ws.importReport(
      builtImport({ agency: '某县司法局', year: 2024, cells: wrong }, (d) => runRules(d, allRules))
        .input,
    );
    const b = ws.importReport(
      builtImport({ agency: '某县财政局', year: 2024, cells: consistentCells(78) }).input,
    );
    const errors = ws.getReport(a.id).findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    ws.decide(a.id, errors[0]!.fingerprint, 'dismissed', '误报', '张三');
    ws.setStatus(a.id, 'returned', '张三', null);
    clock = new Date('2025-03-05T02:00:00Z');
    ws.setStatus(b.id, 'approved', '张三', null);
    // Before the correction the sum carries the error and names 司法局.
    const before = rollupArea(rollupRecords(ws), { year: 2024, agencies: null, name: null });
    expect(before.rollup.findings.map((f) => f.agencies.map((x) => x.agency))).toEqual([
      ['某县司法局'],
    ]);
    ws.correctCell(a.id, 'review/reconsideration/total', right, '张三');
    const view = rollupArea(rollupRecords(ws), { year: 2024, agencies: null, name: null });
    ws.close();
    expect(view.rollup.findings).toEqual([]);
    expect(view.rollup.cells['review/reconsideration/total']!.corrected).toBe(1);
    const [ra, rb] = view.register;
    expect(ra!.found.error).toBe(errors.length);
    expect(ra!.open.error).toBe(errors.length - 1);
    expect(ra!.status).toBe('returned');
    expect(ra!.returnedAt).toBe('2025-03-01T02:00:00.000Z');
    expect(rb!.approvedAt).toBe('2025-03-05T02:00:00.000Z');
    expect(rb!.returnedAt).toBeNull();
  });
});

describe('rollup:get over dispatch', () => {
  it('answers a valid area and refuses a bad one in Chinese', async () => {
    const { createHandlers } = await import('../../src/main/services/handlers');
    const { dispatch } = await import('../../src/main/services/dispatch');
    const { file } = makeWorkspace();
    const service = new ReviewService({
      workspace: Workspace.open(file),
      reviewer: '审核人',
    });
    const handlers = createHandlers(service, { chooseFiles: async () => [] });
    const ctx = { emit: () => {} };
    const ok = await dispatch(handlers, 'rollup:get', { year: 2024 }, ctx);
    expect(ok.ok && (ok.value as { rollup: { members: unknown[] } }).rollup.members).toHaveLength(
      3,
    );
    const bad = await dispatch(handlers, 'rollup:get', { year: '二〇二四' }, ctx);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_REQUEST');
      expect(bad.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
