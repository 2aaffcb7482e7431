// File names in GBK bytes (a zip made on Chinese Windows, unpacked on Linux): found, read and
// shown as the reviewer sees them, in a folder given to the CLI and as a path given directly.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/main/check/check-file';
import { collectInputs } from '../../src/main/check/collect';
import { extractFile } from '../../src/main/extract';
import { fixture } from './helpers';

/** 年报 and 报告 in GBK bytes (not valid UTF-8). */
const GBK = { 年报: [0xc4, 0xea, 0xb1, 0xa8], 报告: [0xb1, 0xa8, 0xb8, 0xe6] };

const gbkTree = (): { root: string; file: Buffer } => {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-gbk-'));
  const dir = Buffer.concat([Buffer.from(root + '/'), Buffer.from(GBK.年报)]);
  mkdirSync(dir);
  const file = Buffer.concat([dir, Buffer.from('/'), Buffer.from(GBK.报告), Buffer.from('.txt')]);
  writeFileSync(file, readFileSync(fixture('samples/000_a5e6e1e0a8da6139.txt')));
  return { root, file };
};

describe('file names in GBK bytes', () => {
  it('a folder lists them decoded, and the decoded path is read', async () => {
    const { root } = gbkTree();
    const inputs = await collectInputs([root]);
    expect(inputs).toEqual([join(root, '年报', '报告.txt')]);
    const checked = await checkFile(inputs[0]!);
    expect(checked.result.error).toBeNull();
    expect(checked.result.report?.agency).toBe('牧野区司法局');
  });

  it('a path Node read as lossy UTF-8 (U+FFFD) is found and named as the reviewer sees it', async () => {
    const { root, file } = gbkTree();
    const lossy = file.toString('utf8');
    expect(lossy).toContain('\ufffd');
    expect(await collectInputs([lossy])).toEqual([join(root, '年报', '报告.txt')]);
    const r = await extractFile(lossy);
    expect(r.ok).toBe(true);
    // A missing file next to it is named decoded in its message, not with U+FFFD.
    const missing = await extractFile(join(root, '年报', '没有.docx'));
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });
});
