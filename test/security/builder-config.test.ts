// The installer configuration: Windows NSIS and Linux deb/AppImage for offline PCs, nothing
// published, only the built app packed, pdf.js assets unpacked, and icons that really exist.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// js-yaml is already installed (electron-builder reads its config with it); no new dependency.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Node = Record<string, unknown>;
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Node;
const section = (key: string): Node => config[key] as Node;
const targets = (platform: string) =>
  section(platform)['target'] as Array<{ target: string; arch: string[] }>;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): [number, number] => {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

describe('electron-builder.yml', () => {
  it('names the app and never publishes or updates itself', () => {
    expect(config['appId']).toBe('cn.gov.nianbao.review');
    expect(config['productName']).toBe('年报审查');
    expect(config['executableName']).toMatch(/^[a-z]+$/);
    expect(config).toHaveProperty('publish', null);
    const deps = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Node;
    const all = { ...(deps['dependencies'] as Node), ...(deps['devDependencies'] as Node) };
    expect(all).not.toHaveProperty('electron-updater');
  });

  it('builds a Chinese NSIS installer for x64 with a per-user or per-machine choice', () => {
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    const nsis = section('nsis');
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
      unicode: true,
      shortcutName: '年报审查',
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds deb and AppImage for x64 and arm64, category Office, with UOS/Kylin depends', () => {
    expect(targets('linux')).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(section('linux')['category']).toBe('Office');
    expect(section('linux')['maintainer']).toMatch(/<.+@.+>/);
    const depends = section('deb')['depends'] as string[];
    for (const lib of ['libgtk-3-0', 'libnss3', 'libgbm1', 'xdg-utils'])
      expect(depends).toContain(lib);
    expect(depends.some((d) => d.includes('libasound2t64'))).toBe(true);
  });

  it('opens .docx, .ofd and .pdf with 年报审查', () => {
    const assoc = config['fileAssociations'] as Node[];
    expect(assoc.map((a) => a['ext']).sort()).toEqual(['docx', 'ofd', 'pdf']);
    for (const a of assoc) expect(a['description']).toBe('用年报审查打开');
  });

  it('packs only the built app into an asar, with pdf.js assets as real files', () => {
    const files = config['files'] as string[];
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['out/**/*', 'package.json']);
    expect(files).toContain('!**/*.map');
    expect(config['asar']).toBe(true);
    const unpack = config['asarUnpack'] as string[];
    for (const dir of ['cmaps', 'standard_fonts']) {
      expect(unpack).toContain(`node_modules/pdfjs-dist/${dir}/**`);
      expect(existsSync(join(root, 'node_modules', 'pdfjs-dist', dir))).toBe(true);
    }
    // The worker the extractor imports by path is unpacked too, and exists where it resolves.
    const worker = unpack.find((u) => u.endsWith('pdf.worker.mjs'))!;
    expect(existsSync(join(root, worker))).toBe(true);
    const extractor = readFileSync(join(root, 'src/main/extract/pdf/index.ts'), 'utf8');
    expect(extractor).toContain(`'${worker.replace('node_modules/', '')}'`);
  });
});

describe('icons', () => {
  it('has a PNG per Linux size, each really that size', () => {
    const dir = join(root, 'assets', section('linux')['icon'] as string);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(dir, `${size}x${size}.png`));
      expect(pngSize(png), `${size}`).toEqual([size, size]);
    }
    expect(pngSize(readFileSync(join(root, 'assets', 'icon.png')))).toEqual([1024, 1024]);
  });

  it('has a multi-size icon.ico for Windows, up to 256 px, with PNG entries', () => {
    const name = section('win')['icon'] as string;
    const ico = readFileSync(join(root, 'assets', name));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + i * 16;
      const declared = ico.readUInt8(at) || 256;
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + length).toBeLessThanOrEqual(statSync(join(root, 'assets', name)).size);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([declared, declared]);
      sizes.push(declared);
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(section('nsis')['installerIcon']).toBe(name);
  });
});
