// The hostile corpus (files that once crashed, hung or exhausted the checker): each one is read
// within its byte and nesting budgets and ends as a report or a coded Chinese error whose
// message holds no engine or JavaScript text.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile, type ExtractResult } from '../../src/main/extract';
import { checkPdfBudget, qNesting } from '../../src/main/extract/pdf/budget';
import { fixture } from './helpers';

/** English words of an engine or a JavaScript error that must never reach the reviewer. */
const ENGINE_TEXT = /[A-Za-z]{4,} [a-z]{3,}|Error|Exception|undefined|stack|reading '/;

const expectCoded = (r: ExtractResult, code: string, words: RegExp): void => {
  expect(r.ok ? 'ok' : r.error.code).toBe(code);
  if (r.ok) return;
  expect(r.error.message).toMatch(words);
  // The file's own name may hold any word: only the rest of the message is ours.
  expect(r.error.message.replace(/「[^」]*」/g, '「」')).not.toMatch(ENGINE_TEXT);
};

const hostile = (name: string): string => fixture(`hostile/${name}`);

describe('hostile PDFs', () => {
  it('a 2 MB flate bomb is stopped by the per-stream budget before pdf.js inflates it', async () => {
    const before = process.memoryUsage().rss;
    const r = await extractFile(hostile('pdf_flate_bomb_2GB.pdf'));
    expectCoded(r, 'STREAM_TOO_LARGE', /「pdf_flate_bomb_2GB\.pdf」中有一段内容解压后超过 32 MB/);
    // zlib stops at the limit: the process grew by far less than the 2 GB the stream holds.
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('a bomb spread over streams each under the limit is stopped by the total budget', async () => {
    const stream = deflateSync(Buffer.alloc(3 * 1024 * 1024, 0x20));
    const parts = [0, 1, 2].map(
      (i) =>
        `${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n` +
        stream.toString('latin1') +
        '\nendstream\nendobj\n',
    );
    const bytes = Buffer.from(`%PDF-1.4\n${parts.join('')}%%EOF\n`, 'latin1');
    const budget = { maxStreamBytes: 4 * 1024 * 1024, maxNesting: 256 };
    expect(checkPdfBudget(bytes, { ...budget, maxTotalBytes: 8 * 1024 * 1024 })).toEqual({
      limit: 'total',
      max: 8 * 1024 * 1024,
    });
    expect(checkPdfBudget(bytes, { ...budget, maxTotalBytes: 16 * 1024 * 1024 })).toBeNull();
    const r = await extractBytes(bytes, '合订本.pdf', { maxInflatedBytes: 8 * 1024 * 1024 });
    expectCoded(r, 'ARCHIVE_TOO_LARGE', /「合订本\.pdf」的内容解压后合计超过 8\.0 MB/);
  });

  it('200,000 nested q are refused at once (NESTING_TOO_DEEP), not left to run for minutes', async () => {
    const started = Date.now();
    const r = await extractFile(hostile('pdf_deep_q_nesting_200k.pdf'));
    expectCoded(r, 'NESTING_TOO_DEEP', /嵌套超过 256 层/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('counts q nesting outside strings only', () => {
    const ops = (s: string) => Buffer.from(s, 'latin1');
    expect(qNesting(ops('q q 1 0 0 1 0 0 cm Q q Q Q'))).toBe(2);
    expect(qNesting(ops('q (q q q \\) q) Tj <71 71> Tj Q'))).toBe(1);
    expect(qNesting(ops('/q q'))).toBe(1);
    expect(qNesting(ops('qq Qq'))).toBe(0);
  });

  it('a page tree that contains itself: a Chinese detail, not pdf.js English', async () => {
    const r = await extractFile(hostile('pdf_kids_self_english_detail.pdf'));
    expectCoded(r, 'CORRUPT_FILE', /已损坏或不完整（页面目录循环引用自身）/);
  });

  it('a PDF whose fonts were removed is read (no TypeError of our own from continued tables)', async () => {
    const r = await extractFile(hostile('pdf_continued_table_typeerror.pdf'));
    expect(r.ok ? 'ok' : `${r.error.code} ${r.error.message}`).toBe('ok');
  });

  it('/Count 0 is a broken PDF (CORRUPT_FILE), not a scan', async () => {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
      'trailer << /Root 1 0 R /Size 3 >>',
      '%%EOF',
    ].join('\n');
    const r = await extractBytes(Buffer.from(pdf, 'latin1'), '空目录.pdf');
    expectCoded(r, 'CORRUPT_FILE', /「空目录\.pdf」没有任何页面/);
  });
});

describe('hostile Word files', () => {
  it('tables nested 20,000 deep: NESTING_TOO_DEEP, never a stack overflow', async () => {
    const r = await extractFile(hostile('docx_deep_tables_20000_stack.docx'));
    expectCoded(
      r,
      'NESTING_TOO_DEEP',
      /「docx_deep_tables_20000_stack\.docx」的内容嵌套超过 256 层/,
    );
  });

  it('1.9 million empty paragraphs in 28 KB: stopped by the element limit', async () => {
    const r = await extractFile(hostile('docx_1.9M_empty_paragraphs.docx'));
    expectCoded(r, 'TOO_MANY_ELEMENTS', /超过 100 万个元素/);
  });
});
