// The 原文 view of a saved page: the report part of the page as sanitized HTML (the same
// sanitiser as Word's), every paragraph and cell segment anchored on the element holding its
// text; scripts, links, images and handlers never reach the renderer. Markdown shows as text.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { recordChecked } from '../../src/main/check/record';
import { SourceService } from '../../src/main/services/source';
import type { Workspace } from '../../src/main/storage';
import { tempWorkspace } from '../support/workspace';

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

/** A file imported into a workspace of its own, as the app imports it. */
interface Stored {
  id: string;
  raw: string;
  workspace: Workspace;
}

const storedFrom = async (file: string): Promise<Stored> => {
  const workspace = tempWorkspace();
  const checked = await checkFile(file);
  if (checked.result.error) throw new Error(checked.result.error.message);
  const { imported } = await recordChecked(workspace, checked);
  return { id: imported.id, raw: checked.extracted, workspace };
};

/** The source service of the stored report's workspace, answering for that report. */
const serve = (r: Stored) => ({
  getSource: (_id: 'r1') => new SourceService({ workspace: r.workspace }).getSource(r.id),
});

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
