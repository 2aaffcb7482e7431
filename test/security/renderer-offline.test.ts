// The renderer works offline and reaches the system only through the bridge: no remote URL in
// its sources or styles, and api.ts is the only module touching window.api.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDir = join(import.meta.dirname, '..', '..', 'src', 'renderer');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const sources = files(rendererDir).map((f) => ({
  name: relative(rendererDir, f),
  text: readFileSync(f, 'utf8'),
}));

describe('renderer sources', () => {
  it('load nothing from the network (no remote fonts, scripts, images)', () => {
    for (const s of sources) {
      expect(s.text, s.name).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      expect(s.text, s.name).not.toMatch(/@import\s+url|@font-face/);
    }
  });

  it('touch window.api only in api.ts', () => {
    const users = sources.filter((s) => /window\.api\b/.test(s.text)).map((s) => s.name);
    expect(users).toEqual(['api.ts']);
  });
});
