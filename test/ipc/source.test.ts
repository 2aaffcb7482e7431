// report:source — the original for the 原文 view: PDF bytes, Word as sanitized HTML whose anchors
// land on the paragraphs and cells the extractor's segments name, and clear refusals otherwise.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { dispatch } from '../../src/main/services/dispatch';
import { createHandlers } from '../../src/main/services/handlers';
import { ExportService } from '../../src/main/services/export-service';
import { ReviewService } from '../../src/main/services/review-service';
import { SourceService } from '../../src/main/services/source';
import { sanitizeWordHtml, wordToHtml } from '../../src/main/services/word-html';
import type { FileError } from '../../src/shared/model/schema';
import { parseReport } from '../../src/shared/parser';
import { tempWorkspace } from '../support/workspace';

const samplesDir = join(import.meta.dirname, '..', 'fixtures', 'samples');
const names = [
  '000_a5e6e1e0a8da6139',
  '001_f5110ba79a44df9c',
  '002_73996fd1531b3677',
  '003_bd471127bf420aa0',
  '004_e6a1a50ddf61be61',
];
const squash = (s: string) => s.replace(/\s+/g, '');
const unescape = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The text of each anchored element (mammoth nests no anchored element in another). */
const anchorTexts = (html: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<(\w+) data-anchor="([^"]+)"[^>]*>/g)) {
    const from = m.index + m[0].length;
    out.set(m[2]!, squash(unescape(html.slice(from, html.indexOf(`</${m[1]}>`, from)))));
  }
  return out;
};

describe('wordToHtml on the sample reports', () => {
  it.each(names)(
    'anchors every paragraph and cell of %s on the element holding its text',
    async (n) => {
      const file = join(samplesDir, `${n}.docx`);
      const extracted = await extractFile(file);
      if (!extracted.ok) throw new Error(extracted.error.message);
      const { text, segments } = extracted.doc;
      const { html, anchors } = await wordToHtml(
        new Uint8Array(readFileSync(file)),
        text,
        segments,
      );
      const texts = anchorTexts(html);
      let cells = 0;
      segments.forEach((s, i) => {
        const want = squash(text.slice(s.start, s.end));
        if (want === '') return;
        expect(anchors[i], `${JSON.stringify(s.loc)} ${want}`).not.toBe('');
        // The extractor prefixes list labels ("1."), which mammoth renders as list items.
        const got = texts.get(anchors[i]!) ?? '';
        expect(got).not.toBe('');
        expect(want.endsWith(got) || got.includes(want), `${want} ≠ ${got}`).toBe(true);
        if (s.loc.kind === 'cell') cells++;
      });
      expect(cells).toBeGreaterThan(100);
    },
  );
});

describe('sanitizeWordHtml', () => {
  it('keeps text and table structure, drops scripts, links, images and attributes', () => {
    const html = sanitizeWordHtml(
      '<p onclick="x()">甲<a href="http://evil">乙</a><img src="data:x" /></p><script>alert(1)</script>' +
        '<table><tr><td rowspan="2" style="x">a</td><td>b</td></tr><tr><td colspan="2">c</td></tr></table><p>丙 &lt; 1</p>',
    );
    expect(html).toBe(
      '<p data-anchor="p0">甲乙</p>' +
        '<table><tr><td data-anchor="t0r0g0" rowspan="2">a</td><td data-anchor="t0r0g1">b</td></tr>' +
        '<tr><td data-anchor="t0r1g1" colspan="2">c</td></tr></table><p data-anchor="p1">丙 &lt; 1</p>',
    );
  });

  it('counts paragraphs of nested tables as cell text, not body paragraphs', () => {
    const html = sanitizeWordHtml(
      '<table><tr><td><table><tr><td><p>内</p></td></tr></table></td></tr></table><p>外</p>',
    );
    expect(html).toContain('<p data-anchor="p0">外</p>');
    expect(html.match(/data-anchor="t/g)).toHaveLength(1);
  });
});

/**
 * A report stored from a real extraction of `file` as a workspace written without the original's
 * bytes holds it (identified by a hash): the 原文 must then be read from `path` again.
 */
const storedFrom = async (
  file: string,
  over: { path?: string; error?: FileError } = {},
): Promise<SourceService> => {
  const r = await extractFile(file);
  if (!r.ok) throw new Error(r.error.message);
  const workspace = tempWorkspace();
  const { id } = workspace.importReport({
    name: file.split('/').pop()!,
    format: r.doc.format,
    path: over.path ?? file,
    hash: 'a'.repeat(64),
    extracted: over.error ? null : r.doc,
    parsed: over.error ? null : parseReport(r.doc.text).report,
    error: over.error ?? null,
  });
  expect(id).toBe('1');
  return new SourceService({ workspace });
};

describe('SourceService', () => {
  it('gives a PDF its bytes and page boxes', async () => {
    const file = join(samplesDir, `${names[1]}.pdf`);
    const got = await (await storedFrom(file)).getSource('1');
    if (got.kind !== 'pdf') throw new Error(got.kind);
    expect(got.bytes).toEqual(new Uint8Array(readFileSync(file)));
    expect(got.segments.length).toBeGreaterThan(100);
    expect(got.segments.every((s) => s.loc.kind === 'pdf')).toBe(true);
  });

  it('gives a Word document its HTML and anchors, a text file the text view', async () => {
    const docx = await (await storedFrom(join(samplesDir, `${names[0]}.docx`))).getSource('1');
    expect(docx.kind).toBe('docx');
    if (docx.kind === 'docx') expect(docx.anchors).toHaveLength(docx.segments.length);
    const txt = await (await storedFrom(join(samplesDir, `${names[0]}.txt`))).getSource('1');
    expect(txt).toEqual({ kind: 'text' });
  });

  it('refuses a file changed or gone since the import, and a report that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-source-'));
    const file = join(dir, '报告.pdf');
    copyFileSync(join(samplesDir, `${names[1]}.pdf`), file);
    const stored = await storedFrom(file);
    copyFileSync(join(samplesDir, `${names[2]}.pdf`), file);
    const changed = await stored.getSource('1');
    expect(changed).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('已被修改'),
    });
    const gone = await (await storedFrom(file, { path: join(dir, '不存在.pdf') })).getSource('1');
    expect(gone).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('找不到原文件'),
    });
    const failed = await (
      await storedFrom(file, { error: { code: 'CORRUPT_FILE', message: '坏' } })
    ).getSource('1');
    expect(failed.kind).toBe('unavailable');
    expect(await stored.getSource('2')).toMatchObject({ kind: 'unavailable' });
  });
});

describe('report:source over dispatch', () => {
  it('answers for an imported PDF with bytes the response schema accepts', async () => {
    const workspace = tempWorkspace();
    const service = new ReviewService({ workspace, reviewer: '审核人' });
    const sources = new SourceService({ workspace });
    const handlers = createHandlers(service, { chooseFiles: async () => [] }, sources);
    const file = join(samplesDir, `${names[3]}.pdf`);
    service.grantPaths([file]);
    const [summary] = await service.importFiles([file]);
    const result = await dispatch(
      handlers,
      'report:source',
      { id: summary!.id },
      { emit: () => {} },
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.value as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
    const bad = await dispatch(
      handlers,
      'report:source',
      { id: '', path: '/etc' },
      { emit: () => {} },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});

describe('the original kept at import', () => {
  it('serves the 原文 and the annotated export after the file was moved away', async () => {
    {
      const workspace = tempWorkspace();
      const dir = mkdtempSync(join(tmpdir(), 'nianbao-src-'));
      const file = join(dir, 'report.pdf');
      copyFileSync(join(samplesDir, `${names[2]}.pdf`), file);
      const service = new ReviewService({ workspace, reviewer: '审核人' });
      service.grantPaths([file]);
      const [summary] = await service.importFiles([file]);
      rmSync(file);
      const sources = new SourceService({ workspace });
      const source = await sources.getSource(summary!.id);
      expect(source.kind).toBe('pdf');
      const exporter = new ExportService({ workspace, reviewer: '审核人' });
      const annotated = await exporter.annotated({ reportId: summary!.id });
      expect(annotated.bytes.length).toBeGreaterThan(1000);
    }
  });
});
