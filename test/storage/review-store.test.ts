// The review service over the workspace: a reviewer's session is all still there after the file
// is closed and opened again, and the workspace's refusals reach the page as service errors.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReviewService } from '../../src/main/services/review-service';
import { Workspace } from '../../src/main/storage';
import type { ReportDetail } from '../../src/shared/ipc/review';
import { SAMPLES, tempDir } from './helpers';

const SAMPLE_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

/** One reviewer's session: import the samples, then act on the report with the most findings. */
const session = async (workspace: Workspace): Promise<ReportDetail[]> => {
  const service = new ReviewService({ workspace, reviewer: '张三' });
  const paths = service.grantPaths(SAMPLES.map((s) => join(SAMPLE_DIR, s)));
  const imported = await service.importFiles(paths);
  const target = imported.reduce((a, b) => (b.total > a.total ? b : a));
  const detail = await service.getReport(target.id);
  const first = detail.findings[0];
  if (first) {
    await service.decide({
      reportId: target.id,
      fingerprint: first.fingerprint,
      decision: 'dismissed',
      reason: '表述无误',
    });
  }
  const at = detail.raw.indexOf('总体情况');
  await service.addComment({ reportId: target.id, span: [at, at + 4], text: '请充实内容' });
  await service.correctCell({ reportId: target.id, path: 'requests/1/natural', value: 2 });
  await service.setStatus({ reportId: target.id, status: 'returned', note: '请修改后重新报送' });
  // Importing the same files again must not add reports.
  await service.importFiles(paths);
  const list = await service.listReports();
  return Promise.all(list.map((s) => service.getReport(s.id)));
};

describe('the review service on the workspace', () => {
  it('keeps the session on disk', async () => {
    const file = join(tempDir(), 'app.nianbao');
    const ws = Workspace.open(file);
    const onDisk = await session(ws);
    expect(onDisk).toHaveLength(SAMPLES.length);
    ws.close();

    const reopened = Workspace.open(file);
    const service = new ReviewService({ workspace: reopened, reviewer: '李四' });
    const again = await Promise.all(
      (await service.listReports()).map((s) => service.getReport(s.id)),
    );
    expect(again).toEqual(onDisk);
    const returned = again.find((d) => d.summary.status === 'returned')!;
    expect(returned.corrections.map((c) => [c.path, c.value])).toEqual([['requests/1/natural', 2]]);
    expect(returned.comments[0]!.quote).toBe('总体情况');
    expect(returned.findings[0]!.decision).toMatchObject({
      decision: 'dismissed',
      reviewer: '张三',
    });
    // The first action started the review, once: 审核中 then 已退回.
    expect(returned.history.map((h) => h.status)).toEqual(['in_review', 'returned']);
    await expect(service.getReport('999')).rejects.toMatchObject({
      name: 'ServiceError',
      code: 'NOT_FOUND',
    });
    await expect(
      service.decide({
        reportId: returned.summary.id,
        fingerprint: 'x',
        decision: 'confirmed',
        reason: null,
      }),
    ).rejects.toMatchObject({ name: 'ServiceError', code: 'NOT_FOUND' });
    reopened.close();
  });
});
