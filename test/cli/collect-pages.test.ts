// A folder given to `nianbao check` or dropped on the window: saved pages and Markdown are
// picked up with the other reports, and checked like them.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { collectInputs } from '../../src/main/check/collect';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');

describe('folders with saved pages and Markdown', () => {
  it('collects .html .htm .mht .mhtml .md and scans beside .docx and .txt, not style sheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
    mkdirSync(join(dir, '网页'));
    for (const name of ['a.html', 'b.HTM', '网页/c.mht', '网页/d.mhtml', 'e.md', 'f.png', 'g.css'])
      writeFileSync(join(dir, name), '<html></html>');
    const files = (await collectInputs([dir])).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual(['a.html', 'b.HTM', 'e.md', 'f.png', '网页/c.mht', '网页/d.mhtml']);
  });

  it('checks a saved page: the report, its cells and a format of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pages-'));
    copyFileSync(join(real, '015.html'), join(dir, '015.html'));
    const checked = await checkFile(join(dir, '015.html'));
    expect(checked.result.error).toBeNull();
    expect(checked.result.format).toBe('html');
    expect(checked.result.report?.agency).toBe('沭阳县发展和改革局');
    expect(checked.result.report?.cells['requests/1/natural']?.value).toBe(26);
    expect(checked.result.report?.cells['requests/1/commercial']?.value).toBeNull();
  });
});
