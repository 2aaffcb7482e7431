import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { writeReviewLetter } from '../../src/main/export/review-letter';
import { findingFingerprint } from '../../src/shared/rules/engine';
import { cellFinding, findingAt, loadSample } from './support/entries';

const date = new Date(2025, 0, 20, 9, 0);

const letterText = async (bytes: Uint8Array): Promise<string[]> => {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').filter((l) => l.trim() !== '');
};

describe('writeReviewLetter', () => {
  it('lists the confirmed findings with place, quoted passage and correction, then remarks and the conclusion', async () => {
    const s = await loadSample('001_f5110ba79a44df9c', 'txt');
    const rate = findingAt(s.doc, '采用率18%', {
      message: '采用率与所列数字不符',
      suggestion: '将「18%」改为「17%」',
    });
    const cell = cellFinding(s.doc, ['requests/1/total'], { message: '表三数字有误' });
    const pending = findingAt(s.doc, '政务信息', { message: '待定的问题' });
    const text = s.doc.report.text;
    const decisions = {
      [findingFingerprint(rate, text)]: { decision: 'confirmed' as const },
      [findingFingerprint(cell, text)]: { decision: 'confirmed' as const },
    };
    const at = text.indexOf('（二）依申请公开');
    const entry = s.entry([rate, cell, pending], {
      decisions,
      comments: [{ span: [at, at + 8], text: '请写明申请办理情况', reviewer: '李' }],
    });
    const lines = await letterText(
      await writeReviewLetter(entry, { reviewer: '张三', date, issuer: '区政务公开办' }),
    );
    expect(lines[0]).toBe('政府信息公开工作年度报告审核意见书');
    expect(lines).toContain('被审核单位：孟津区司法局');
    expect(lines).toContain('报告年度：2022年度');
    expect(lines).toContain('审核人：张三');
    expect(lines).toContain('审核日期：2025年1月20日');
    expect(lines).toContain('经审核，该报告存在以下3处问题，请逐项核实修改：');
    const items = lines.filter((l) => /^\d+．/.test(l));
    expect(items).toEqual([
      '1．【第一部分「总体情况」】采用率与所列数字不符',
      '2．【第三部分「收到和处理政府信息公开申请情况」，表三「一、本年新收政府信息公开申请数量」总计列】表三数字有误',
      '1．【第一部分「总体情况」】请写明申请办理情况',
    ]);
    expect(lines).toContain('原文：「采用率18%」');
    expect(lines).toContain('修改要求：将「18%」改为「17%」');
    expect(lines).toContain('原文：表三「一、本年新收政府信息公开申请数量」总计列：0');
    // No suggestion: the expected value is asked for.
    expect(lines).toContain('修改要求：应为 1（现为 0），请核实后修改。');
    expect(lines).toContain('原文：「（二）依申请公开」');
    expect(lines.join('\n')).not.toContain('待定的问题');
    expect(lines).toContain('审核结论：退回修改。请按上述意见修改后重新报送。');
    expect(lines.slice(-2)).toEqual(['区政务公开办', '2025年1月20日']);
  });

  it('without decisions (headless) lists every finding; a report with nothing to fix passes', async () => {
    const s = await loadSample('002_73996fd1531b3677', 'txt');
    const entry = s.entry();
    const lines = await letterText(await writeReviewLetter(entry, { reviewer: '张三', date }));
    expect(lines.filter((l) => /^\d+．/.test(l))).toHaveLength(entry.findings.length);
    const clean = await letterText(
      await writeReviewLetter(s.entry([]), { reviewer: '张三', date }),
    );
    expect(clean).toContain('经审核，未发现需要修改的问题。');
    expect(clean).toContain('审核结论：通过。');
    const infoOnly = s.entry([findingAt(s.doc, '一、总体情况', { severity: 'info' })]);
    expect(
      await letterText(await writeReviewLetter(infoOnly, { reviewer: '张三', date })),
    ).toContain('审核结论：通过。');
  });

  it('is laid out as an official letter: A4, GB/T 9704 margins, 小标宋/黑体/仿宋 with fallbacks, 三号', async () => {
    const s = await loadSample('001_f5110ba79a44df9c', 'txt');
    const bytes = await writeReviewLetter(s.entry(), { reviewer: '张三', date });
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
