// The 原文 view of a saved page: the report part of the page as sanitized HTML (the same
// sanitiser as Word's), every paragraph and cell segment anchored on the element holding its
// text; scripts, links, images and handlers never reach the renderer. Markdown shows as text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/main/extract';
import { SourceService } from '../../src/main/services/source';
import type { StoredReport } from '../../src/main/services/store';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const squash = (s: string) => s.replace(/\s+/g, '');
const unescape = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const anchorTexts = (html: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<(\w+) data-anchor="([^"]+)"[^>]*>/g)) {
    const from = m.index + m[0].length;
    out.set(m[2]!, squash(unescape(html.slice(from, html.indexOf(`</${m[1]}>`, from)))));
  }
  return out;
};

const storedFrom = async (file: string): Promise<StoredReport> => {
  const r = await extractFile(file);
  if (!r.ok) throw new Error(r.error.message);
  return {
    id: 'r1',
    path: file,
    fileName: file.split('/').pop()!,
    format: r.doc.format,
    error: null,
    agency: null,
    year: null,
    title: null,
    raw: r.doc.text,
    notes: [],
    findings: [],
    decisions: [],
    comments: [],
    corrections: [],
    status: 'pending',
    history: [],
    importedAt: '2025-01-01T00:00:00Z',
  };
};
const serve = (r: StoredReport) => new SourceService({ lookup: async () => r });

describe('the 原文 view of a saved page', () => {
  it('anchors every paragraph and cell of 015.html on the element holding its text', async () => {
    const stored = await storedFrom(join(real, '015.html'));
    const got = await serve(stored).getSource('r1');
    if (got.kind !== 'docx') throw new Error(got.kind);
    expect(got.anchors).toHaveLength(got.segments.length);
    const texts = anchorTexts(got.html);
    let cells = 0;
    got.segments.forEach((s, i) => {
      const want = squash(stored.raw.slice(s.start, s.end));
      expect(got.anchors[i], want).not.toBe('');
      expect(texts.get(got.anchors[i]!), want).toBe(want);
      if (s.loc.kind === 'cell') cells++;
    });
    expect(cells).toBeGreaterThan(100);
    expect(got.html).toContain(
      '<h1 data-anchor="p0">沭阳县发展和改革局2023年政府信息公开年度报告</h1>',
    );
  });

  it('lets nothing active through, from a page full of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-page-'));
    const file = join(dir, '报告.html');
    writeFileSync(
      file,
      '<html><head><script>alert(1)</script><link rel="stylesheet" href="http://x/a.css"></head><body>' +
        '<h1 onclick="x()">某局2024年政府信息公开工作年度报告</h1>' +
        '<p style="background:url(javascript:alert(1))"><a href="javascript:alert(2)">一、总体情况</a><img src="http://x/t.gif" onerror="alert(3)"></p>' +
        '<table onmouseover="alert(4)"><tr><td>规章</td><td><iframe src="http://x"></iframe>1</td></tr></table>' +
        '<p>&lt;script&gt;alert(5)&lt;/script&gt;</p></body></html>',
    );
    const got = await serve(await storedFrom(file)).getSource('r1');
    if (got.kind !== 'docx') throw new Error(got.kind);
    expect(got.html).not.toMatch(
      /<script|<iframe|<img|<a |<link|href|src=|on\w+=|style=|javascript/i,
    );
    expect(got.html).toContain('&lt;script&gt;');
    expect(got.anchors.every((a) => a !== '')).toBe(true);
  });

  it('a Markdown report is shown as its text', async () => {
    const got = await serve(await storedFrom(join(real, '004.txt'))).getSource('r1');
    expect(got).toEqual({ kind: 'text' });
  });

  it('a Word .mht shows the same view as the page it holds', async () => {
    const page = await serve(await storedFrom(join(real, '015.html'))).getSource('r1');
    const mhtFile = join(import.meta.dirname, '..', 'fixtures', 'html', '015-word.mht');
    const mht = await serve(await storedFrom(mhtFile)).getSource('r1');
    expect(mht).toEqual(page);
    expect(readFileSync(mhtFile).length).toBeGreaterThan(0);
  });
});
