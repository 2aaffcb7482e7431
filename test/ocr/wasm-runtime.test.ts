// Where onnxruntime-node cannot load, the OCR runs on onnxruntime-web's WebAssembly build in
// Node and says so once: a page really recognized through WASM reads as through the native
// runtime. (The failing native loader is injected: the binary itself loads on this machine.)
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { imagePlacement } from '../../src/main/extract/ocr';
import { imagePages } from '../../src/main/extract/ocr/images';
import { loadModels, loadRuntime, WASM_NOTICE } from '../../src/main/extract/ocr/models';
import { ocrPage } from '../../src/main/extract/ocr/page';
import { fixture } from '../extract/helpers';

const textOf = (pieces: { text: string }[]): string => pieces.map((p) => p.text).join('');

describe('the WASM fallback of the OCR runtime', () => {
  it('recognizes a page through WASM when the native runtime throws on loading, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = () =>
      Promise.reject(new Error('libonnxruntime.so.1: cannot open shared object file'));
    const wasm = await loadModels(() => loadRuntime(broken));
    expect(wasm.runtime).toBe('wasm');
    await loadModels(() => loadRuntime(broken));
    expect(warn.mock.calls.filter((c) => c[0] === WASM_NOTICE).length).toBe(1);
    warn.mockRestore();

    const native = await loadModels();
    expect(native.runtime).toBe('native');
    const raster = imagePages(
      new Uint8Array(readFileSync(fixture('ocr/two-pages.tif'))),
      'tif',
    ).page(0);
    const place = imagePlacement(raster);
    const viaWasm = await ocrPage(wasm, raster, 1, place, () => {});
    const viaNative = await ocrPage(native, raster, 1, place, () => {});
    const text = textOf(viaWasm.pieces);
    expect(text).toContain('政府信息公开');
    expect(text.length).toBeGreaterThan(300);
    expect(text).toBe(textOf(viaNative.pieces));
  }, 600_000);
});
