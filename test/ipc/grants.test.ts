// The path allow-list: main reads only what the reviewer chose in a dialog or dropped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractFile } from '../../src/main/extract';
import type * as Extract from '../../src/main/extract';
import { PathGrants } from '../../src/main/services/grants';
import { ReviewService } from '../../src/main/services/review-service';
import { tempWorkspace } from '../support/workspace';

// Every file the import reads goes through the extractor: count what it is asked to read.
vi.mock('../../src/main/extract', async (original) => {
  const real = await original<typeof Extract>();
  return { ...real, extractFile: vi.fn(real.extractFile) };
});

describe('PathGrants', () => {
  const root = join(tmpdir(), 'grants-root');

  it('allows a granted file and everything under a granted folder, nothing else', () => {
    const g = new PathGrants();
    g.grant([join(root, 'a.txt'), join(root, 'dir')]);
    expect(g.allows(join(root, 'a.txt'))).toBe(true);
    expect(g.allows(join(root, 'dir', 'sub', 'b.docx'))).toBe(true);
    expect(g.allows(join(root, 'b.txt'))).toBe(false);
    expect(g.allows(root)).toBe(false);
    // A sibling whose name starts like the granted folder is not inside it.
    expect(g.allows(join(root, 'dir2', 'x.txt'))).toBe(false);
    expect(g.allows(join(root, 'dirx'))).toBe(false);
  });

  it('does not let .. climb out of a granted folder', () => {
    const g = new PathGrants();
    g.grant([join(root, 'dir')]);
    expect(g.allows(`${join(root, 'dir')}${sep}..${sep}secret.txt`)).toBe(false);
    expect(g.allows(`${join(root, 'dir')}${sep}..${sep}..${sep}etc${sep}passwd`)).toBe(false);
  });

  it('grants no relative, empty or NUL-carrying path', () => {
    const g = new PathGrants();
    expect(g.grant(['a.txt', '', './x', `${root}\0.txt`, join(root, 'ok.txt')])).toEqual([
      join(root, 'ok.txt'),
    ]);
    expect(g.allows('a.txt')).toBe(false);
    expect(g.allows(`${join(root, 'ok.txt')}\0`)).toBe(false);
  });
});

describe('ReviewService and the allow-list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-grants-'));
  const chosen = join(dir, 'chosen.txt');
  const other = join(dir, 'other.txt');
  writeFileSync(chosen, '某县司法局2024年政府信息公开工作年度报告\n');
  writeFileSync(other, '某县公安局2024年政府信息公开工作年度报告\n');
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'inside.txt'), '某县财政局2024年政府信息公开工作年度报告\n');

  const make = () => {
    const extract = vi.mocked(extractFile);
    extract.mockClear();
    return {
      // Read in this thread, where the spy on extractFile sees which files were read.
      service: new ReviewService({
        workspace: tempWorkspace(),
        reviewer: '审核人',
        poolFrom: Number.POSITIVE_INFINITY,
      }),
      extract,
    };
  };

  it('refuses a path never granted, without reading anything', async () => {
    const { service, extract } = make();
    service.grantPaths([chosen]);
    await expect(service.importFiles([chosen, other])).rejects.toMatchObject({
      code: 'PATH_NOT_GRANTED',
      message: expect.stringContaining('other.txt'),
    });
    expect(extract).not.toHaveBeenCalled();
  });

  it('reads a granted file, and the report files of a granted folder', async () => {
    const { service, extract } = make();
    service.grantPaths([chosen, join(dir, 'folder')]);
    const reports = await service.importFiles([chosen, join(dir, 'folder')]);
    expect(reports.map((r) => r.fileName)).toEqual(['chosen.txt', 'inside.txt']);
    expect(extract.mock.calls.map((c) => c[0])).toEqual([
      chosen,
      join(dir, 'folder', 'inside.txt'),
    ]);
  });
});
