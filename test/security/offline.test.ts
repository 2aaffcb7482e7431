// Offline by construction: the built renderer names no remote host it could load from, no web
// font and no telemetry; main's request filter blocks every such URL; and pdf.js reads its
// CMaps, standard fonts and worker from local files with the network unreachable.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../src/main/electron/policy';

// Records the options the extractor hands pdf.js, then lets the real pdf.js do the work.
const options = vi.hoisted((): Array<Record<string, unknown>> => []);
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const real = await importOriginal<typeof PdfJs>();
  return {
    ...real,
    getDocument: (o: Parameters<typeof real.getDocument>[0]) => {
      options.push(o as Record<string, unknown>);
      return real.getDocument(o);
    },
  };
});

const root = join(import.meta.dirname, '..', '..');
const rendererOut = join(root, 'out', 'renderer');
const TEXT = /\.(?:html|js|mjs|css|json|svg)$/;

/**
 * URLs that are names, not places: XML namespaces, JSON Schema ids, base URLs pdf.js parses
 * relative links against, links inside error messages and comments. None is ever fetched (and
 * the request filter below would block it if it were). Anything else fails the test.
 */
const IDENTIFIERS: Array<[prefix: string, why: string]> = [
  ['http://www.w3.org/', 'XML/SVG/MathML/XHTML namespaces'],
  ['http://schemas.openxmlformats.org/', 'Word (OOXML) namespaces'],
  ['http://schemas.microsoft.com/office/', 'Word (OOXML) namespaces'],
  ['http://purl.oclc.org/ooxml/', 'strict OOXML namespaces'],
  ['http://ns.adobe.com/', 'pdf.js XMP/XFA namespaces'],
  ['http://www.xfa.org/schema/', 'pdf.js XFA namespaces'],
  ['http://json-schema.org/', "zod's JSON Schema $schema ids"],
  ['https://json-schema.org/', "zod's JSON Schema $schema ids"],
  ['https://react.dev/errors/', "React's error-decoder link in its error messages"],
  ['https://foo.bar', 'base URL pdf.js parses relative links with'],
  ['http://example.com', 'base URL pdf.js validates links with'],
  ['http://www.apache.org/licenses/', 'licence comment'],
  ['https://github.com/paralleldrive/cuid', 'comment in zod'],
];
const URL_RE = /https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>\\]*/gi;
/** Beacons and the hosts/SDKs of common analytics and crash reporting services. */
const TELEMETRY =
  /sendBeacon|@sentry\/|sentry\.io|Sentry\.init|google-analytics|googletagmanager|\bgtag\(|mixpanel|segment\.io|umeng|hm\.baidu\.com|crashReporter/g;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
let built: Array<{ name: string; text: string }> = [];

beforeAll(() => {
  if (!existsSync(join(rendererOut, 'index.html')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
  built = files(rendererOut)
    .filter((f) => TEXT.test(f))
    .map((f) => ({ name: relative(rendererOut, f), text: readFileSync(f, 'utf8') }));
}, 120_000);

describe('built renderer (out/renderer)', () => {
  it('names no remote URL other than identifiers that are never fetched', () => {
    expect(built.some((f) => f.name.endsWith('.js'))).toBe(true);
    const remote = built.flatMap((f) =>
      [...f.text.matchAll(URL_RE)]
        .map((m) => m[0])
        .filter((url) => !IDENTIFIERS.some(([prefix]) => url.startsWith(prefix)))
        .map((url) => `${f.name}: ${url}`),
    );
    expect(remote).toEqual([]);
  });

  it('loads its scripts and styles from relative paths, with no web fonts or telemetry', () => {
    const html = built.find((f) => f.name === 'index.html')!.text;
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).toMatch(/^\.\/assets\//);
    const found = (re: RegExp, only = /./) =>
      built
        .filter((f) => only.test(f.name))
        .flatMap((f) => [...f.text.matchAll(re)].map((m) => `${f.name}: ${m[0]}`));
    expect(found(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/g, /\.css$/)).toEqual([]);
    expect(found(/fonts\.(?:googleapis|gstatic)\.com|fonts\.loli\.net/g)).toEqual([]);
    expect(found(TELEMETRY)).toEqual([]);
  });

  it('keeps the strict CSP meta tag (the dev relaxation never reaches the build)', () => {
    const html = built.find((f) => f.name === 'index.html')!.text;
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it("would have every URL it names blocked by main's request filter", () => {
    const urls = new Set(built.flatMap((f) => [...f.text.matchAll(URL_RE)].map((m) => m[0])));
    expect(urls.size).toBeGreaterThan(0);
    for (const url of urls) expect(isAppUrl(url), url).toBe(false);
    expect(isAppUrl('app://nianbao/assets/index.js')).toBe(true);
  });
});

describe('pdf.js assets', () => {
  const pdfjsRoot = join(root, 'node_modules', 'pdfjs-dist');

  it('come from local files: a Chinese PDF extracts with the network unreachable', async () => {
    const fetched: unknown[] = [];
    vi.stubGlobal('fetch', (input: unknown) => {
      fetched.push(input);
      return Promise.reject(new Error('offline'));
    });
    try {
      const { extractFile } = await import('../../src/main/extract');
      const sample = join(root, 'test/fixtures/samples/001_f5110ba79a44df9c.pdf');
      const result = await extractFile(sample);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.doc.text).toContain('政府信息公开工作年度报告');
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetched).toEqual([]);
    const [opts] = options;
    for (const [key, dir] of [
      ['cMapUrl', 'cmaps'],
      ['standardFontDataUrl', 'standard_fonts'],
    ] as const) {
      const value = String(opts?.[key]);
      expect(value, key).not.toMatch(/^[a-z]+:\/\//i);
      expect(value.startsWith(join(pdfjsRoot, dir)), key).toBe(true);
      expect(readdirSync(value).length, key).toBeGreaterThan(10);
    }
    const { GlobalWorkerOptions } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = fileURLToPath(GlobalWorkerOptions.workerSrc);
    expect(worker.startsWith(pdfjsRoot)).toBe(true);
    expect(existsSync(worker)).toBe(true);
  });
});
