import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildLetter } from '../../src/main/export/letter-model';
import { letterFileName, reportName, safeFileName } from '../../src/main/export/letter-name';
import { writeReviewLetter } from '../../src/main/export/review-letter';
import { defaultLetterSettings, type LetterSettings } from '../../src/shared/ipc/letter';
import { findingFingerprint } from '../../src/shared/rules/engine';
import { describePlace } from '../../src/main/export/describe';
import { cellFinding, findingAt, loadSample } from './support/entries';

const today = new Date(2025, 0, 20, 9, 0);
const settings: LetterSettings = {
  issuer: '某县人民政府办公室',
  recipient: '{单位}',
  numberPattern: '某公开办审〔{年}〕{序号}号',
  nextNumber: 7,
  numberYear: 2025,
  signature: '某县人民政府办公室\n（政务公开科）',
  date: null,
};

const letterText = async (bytes: Uint8Array): Promise<string[]> => {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').filter((l) => l.trim() !== '');
};

/** Sample 001 with a confirmed prose finding, a confirmed cell finding and an undecided 错误. */
const reviewed = async () => {
  const s = await loadSample('001_f5110ba79a44df9c', 'txt');
  const rate = findingAt(s.doc, '采用率18%', {
    message: '采用率与所列数字不符',
    suggestion: '将「18%」改为「17%」',
  });
  const cell = cellFinding(s.doc, ['requests/1/total'], { message: '表三数字有误' });
  const pending = cellFinding(s.doc, ['requests/1/natural'], {
    ruleId: 'arith.outcome-total',
    message: '表三勾稽不平',
  });
  const text = s.doc.report.text;
  const decisions = {
    [findingFingerprint(rate, text)]: { decision: 'confirmed' as const },
    [findingFingerprint(cell, text)]: { decision: 'confirmed' as const },
  };
  const at = text.indexOf('（二）依申请公开');
  const entry = (more: Parameters<typeof s.entry>[1] = {}) =>
    s.entry([rate, cell, pending], {
      decisions,
      comments: [{ span: [at, at + 8], text: '请写明申请办理情况', reviewer: '李' }],
      ...more,
    });
  return { s, entry };
};

describe('the review letter', () => {
  it('is ready to send: head, 文号, 主送, items, corrections, return note, conclusion, signature, one date', async () => {
    const { entry } = await reviewed();
    const e = entry({
      status: 'returned',
      statusNote: '表三数据与正文多处不一致，请全面核对。',
      corrections: [{ path: 'requests/1/total', value: 12, original: 21, originalRaw: '21' }],
    });
    const lines = await letterText(await writeReviewLetter(e, { settings, today }));
    expect(lines.slice(0, 4)).toEqual([
      '某县人民政府办公室',
      '某公开办审〔2025〕7号',
      '政府信息公开工作年度报告审核意见书',
      '孟津区司法局：',
    ]);
    expect(lines[4]).toBe(
      '你单位报送的《孟津区司法局2022年政府信息公开工作年度报告》已收悉。经审核，该报告存在以下3项问题，请逐项核实修改：',
    );
    const items = lines.filter((l) => /^\d+．/.test(l));
    expect(items).toEqual([
      '1．【第一部分「总体情况」】采用率与所列数字不符',
      '2．【第三部分「收到和处理政府信息公开申请情况」，表三「一、本年新收政府信息公开申请数量」总计列】表三数字有误',
      // The undecided 错误 is listed by default, marked.
      expect.stringMatching(/^3．.*表三勾稽不平〔待核实〕$/),
      '1．表三「一、本年新收政府信息公开申请数量」总计列：原为 21，更正为 12。',
      '1．【第一部分「总体情况」】请写明申请办理情况',
    ]);
    expect(lines).toContain('原文：「采用率18%」');
    expect(lines).toContain('修改要求：将「18%」改为「17%」');
    expect(lines).toContain('修改要求：应为 1（现为 0），请核实后修改。');
    expect(lines).toContain('二、审核中更正的数据');
    expect(lines).toContain('三、审核意见');
    expect(lines).toContain('表三数据与正文多处不一致，请全面核对。');
    expect(lines).toContain('四、审核结论');
    expect(lines).toContain('审核结论：退回修改。请按上述意见修改后重新报送。');
    expect(lines.slice(-3)).toEqual(['某县人民政府办公室', '（政务公开科）', '2025年1月20日']);
    const all = lines.join('\n');
    // No internal details, one date.
    expect(all).not.toContain('报送文件');
    expect(all).not.toContain('审核人');
    expect(all).not.toContain('001_f5110ba79a44df9c');
    expect(all.match(/2025年1月20日/g)).toHaveLength(1);
  });

  it('follows the status: 已通过 never reads 退回修改, 审核中 has no conclusion yet', async () => {
    const { entry } = await reviewed();
    const pass = buildLetter(entry({ status: 'approved' }), { settings, today });
    expect(pass.conclusion).toBe('pass');
    const text = pass.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('审核结论：通过。');
    expect(text).not.toContain('退回修改');
    expect(text).toContain('经审核，该报告予以通过。以下问题请在今后的报告中注意改进：');

    const open = buildLetter(entry({ status: 'in_review' }), { settings, today });
    expect(open.conclusion).toBeNull();
    expect(open.notices[0]).toMatch(/尚未标为「已退回」或「已通过」/);
  });

  it('leaves undecided findings out only when asked, and says how many 错误 were left out', async () => {
    const { entry } = await reviewed();
    const listed = buildLetter(entry({ status: 'returned' }), { settings, today });
    const omitted = buildLetter(entry({ status: 'returned' }), {
      settings,
      today,
      unconfirmed: 'omit',
    });
    expect(listed.items).toBe(3);
    expect(listed.notices).toContain('有 1 处未确认的问题以「待核实」列入。');
    expect(omitted.items).toBe(2);
    expect(omitted.omittedErrors).toBe(1);
    expect(omitted.notices).toContain(
      '有 1 处未确认的问题未列入意见书，其中错误 1 处（已选择不列出未确认的问题）。',
    );
    expect(omitted.blocks.map((b) => b.text).join('')).not.toContain('表三勾稽不平');
  });

  it('lists the findings of one rule as one item with all their places', async () => {
    const s = await loadSample('001_f5110ba79a44df9c', 'txt');
    const a = findingAt(s.doc, '采用率18%', { ruleId: 'text.typo', message: '错字一' });
    const b = findingAt(s.doc, '（二）依申请公开', { ruleId: 'text.typo', message: '错字二' });
    const model = buildLetter(s.entry([a, b]), { settings, today });
    const text = model.blocks.map((x) => x.text);
    expect(model.items).toBe(1);
    expect(text.filter((t) => /^\d+．/.test(t))).toEqual([
      expect.stringMatching(/^1．.+（共2处）$/),
    ]);
    expect(text.filter((t) => /^（\d）/.test(t))).toEqual([
      expect.stringMatching(/^（1）【.+】错字一$/),
      expect.stringMatching(/^（2）【.+】错字二$/),
    ]);
    // One shared request is said once.
    expect(text.filter((t) => t.startsWith('修改要求：'))).toEqual(['修改要求：请核实后修改']);
  });

  it('names a place once when the message already names it', async () => {
    const s = await loadSample('001_f5110ba79a44df9c', 'txt');
    const probe = findingAt(s.doc, '采用率18%', { message: '采用率与所列数字不符' });
    const place = describePlace(s.entry([probe]), probe, false);
    expect(place).not.toBe('');
    const named = findingAt(s.doc, '采用率18%', { message: `${place}称采用率18%，与所列数字不符` });
    const letter = buildLetter(s.entry([named]), { settings, today, unconfirmed: 'list' });
    const lines = letter.blocks.map((b) => b.text).filter((t) => t.includes('采用率18%'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]!.split(place).length - 1).toBe(1);
  });

  it('names the report from agency and year and the file 《单位+年度+审核意见书》', async () => {
    const { entry } = await reviewed();
    expect(buildLetter(entry(), { settings }).fileName).toBe('孟津区司法局2022年度审核意见书.docx');
    // A title the parser ran into the first paragraph is not quoted.
    const runOn =
      '某局2023年政府信息公开工作年度报告根据《条例》规定，现将本局情况报告如下，'.repeat(2);
    expect(reportName(runOn, '某局', 2023)).toBe('某局2023年政府信息公开工作年度报告');
    expect(reportName('某局2023年政府信息公开工作年度报告', '某局', 2023)).toBe(
      '某局2023年政府信息公开工作年度报告',
    );
    expect(reportName(runOn, null, null)).toBe('某局2023年政府信息公开工作年度报告');
    expect(letterFileName('某局/办公室:*?', 2023)).toBe('某局办公室2023年度审核意见书.docx');
    expect(letterFileName(null, null)).toBe('未识别单位审核意见书.docx');
    expect(safeFileName(' ..\u0000 ')).toBe('审核意见书');
  });

  it('without a review (headless) lists every finding and draws the conclusion from them', async () => {
    const s = await loadSample('002_73996fd1531b3677', 'txt');
    const entry = s.entry();
    const model = buildLetter(entry, { today });
    const ruleIds = new Set(entry.findings.map((f) => f.ruleId));
    expect(model.items).toBe(ruleIds.size);
    expect(model.blocks.map((b) => b.text).join('')).not.toContain('待核实');
    const clean = await letterText(await writeReviewLetter(s.entry([]), { today }));
    expect(clean).toContain('审核结论：通过。');
    const infoOnly = s.entry([findingAt(s.doc, '一、总体情况', { severity: 'info' })]);
    expect(await letterText(await writeReviewLetter(infoOnly, { today }))).toContain(
      '审核结论：通过。',
    );
    // Without settings: 主送 is the agency, no 文号, a notice asks for the signature.
    expect(buildLetter(entry, { settings: defaultLetterSettings, today }).notices).toContain(
      '尚未设置发文机关和落款，请在「意见书设置」中填写。',
    );
  });

  it('is laid out as an official letter: A4, GB/T 9704 margins, 小标宋/黑体/仿宋 with fallbacks, 三号', async () => {
    const { entry } = await reviewed();
    const bytes = await writeReviewLetter(entry({ status: 'returned' }), { settings, today });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // 37, 35, 28, 26 mm in twips.
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]* w:eastAsia="方正小标宋简体"/);
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(xml).toMatch(/<w:sz w:val="44"\/>/); // 二号 title
    expect(xml.match(/<w:sz w:val="32"\/>/g)!.length).toBeGreaterThan(10); // 三号 body
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html.messages.filter((m) => m.type === 'error')).toEqual([]);
  });
});
